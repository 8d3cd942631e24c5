import { Space } from 'antd'
import { PanelSettingsCard } from './PanelSettingsCard'
import { AutoAssignCard } from './AutoAssignCard'
import { AssignmentMatrix } from './AssignmentMatrix'

/** 专家组与分配: the rules, the seeded draw, and the result with manual changes. */
export function AssignTab() {
  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="assign">
      <div className="assign-top">
        <PanelSettingsCard />
        <AutoAssignCard />
      </div>
      <AssignmentMatrix />
    </Space>
  )
}
