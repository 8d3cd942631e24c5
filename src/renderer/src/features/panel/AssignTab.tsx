import { Card, Space } from 'antd'
import { PanelSettingsCard } from './PanelSettingsCard'
import { AggregationRuleCard } from './AggregationRuleCard'
import { AutoAssignCard } from './AutoAssignCard'
import { AssignmentMatrix } from './AssignmentMatrix'
import { DrawPreviewPanel } from './DrawPreviewPanel'
import { useDrawFlow } from './useDrawFlow'
import { PANEL_STRINGS as S } from './strings'

/** 专家组与分配: the rules, the seeded draw (with its preview), and the result with manual changes. */
export function AssignTab() {
  const flow = useDrawFlow()
  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="assign">
      <div className="assign-top">
        <PanelSettingsCard />
        <AutoAssignCard flow={flow} />
      </div>
      <AggregationRuleCard />
      {flow.preview && (
        <Card size="small" title={S.previewCardTitle}>
          <DrawPreviewPanel preview={flow.preview} busy={flow.busy} onConfirm={(partial) => void flow.confirm(flow.preview!, partial)} onCancel={flow.cancel} />
        </Card>
      )}
      <AssignmentMatrix />
    </Space>
  )
}
