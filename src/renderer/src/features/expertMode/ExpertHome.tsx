import { useEffect, useState } from 'react'
import { Button, Card, Skeleton, Space, Tooltip, Typography } from 'antd'
import { ExportOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import type { ExpertWorkspaceInfo } from '../../../../core/domain/expertWorkspace'
import { campaignExperts, campaignsSelectors, expertsSelectors, panelSelectors, scoringSelectors, useActions, useWorkbench } from '../../stores'
import { cnDate } from '../../lib/format'
import { ExpertSheetList } from '../scoring/ExpertSheetList'
import { PledgeGate } from '../scoring/PledgeGate'
import { SheetWithMaterials } from '../scoring/SheetWithMaterials'
import { PLEDGE_STRINGS as P } from '../scoring/strings'
import { ExpertProgress } from './ExpertProgress'
import { ExportScoresModal } from './ExportScoresModal'
import { EXPERT_STRINGS as S } from './strings'

/**
 * 我的评审任务 (docs/design/screens.md, Expert): the 承诺书 first (the existing pledge flow), then the
 * expert's list with progress and 导出评分包; a sheet opens beside its materials (the existing scoring screen).
 */
export function ExpertHome({ info }: { info: ExpertWorkspaceInfo }) {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const actingExpertId = useWorkbench(scoringSelectors.actingExpertId)
  const openKey = useWorkbench(scoringSelectors.openKey)
  const rows = useWorkbench(scoringSelectors.sheetRows)
  const pool = useWorkbench(expertsSelectors.pool)
  const pledge = useWorkbench(panelSelectors.pledgeOf(info.expertId))
  const { loadSheetRows } = useActions()
  const [exporting, setExporting] = useState(false)
  const ready = !!campaign && campaign.id === info.campaignId && actingExpertId === info.expertId
  useEffect(() => {
    if (ready) void loadSheetRows().catch(() => undefined)
  }, [ready, loadSheetRows])

  if (!ready) return <Skeleton active paragraph={{ rows: 8 }} />
  if (openKey) return <SheetWithMaterials />
  if (!pledge) return <PledgeGate expertId={info.expertId} />
  const expert = campaignExperts(pool, [info.expertId])[0]
  const submitted = rows.filter((r) => r.status === 'submitted').length
  return (
    <div data-testid="expert-home">
      <Card
        className="expert-tasks"
        title={S.title}
        extra={
          <Tooltip title={submitted ? S.exportHint : S.exportNone}>
            <Button type="primary" icon={<ExportOutlined />} disabled={!submitted} onClick={() => setExporting(true)} data-testid="export-scores">
              {S.exportScores}
            </Button>
          </Tooltip>
        }
      >
        <Space direction="vertical" size={12} className="expert-tasks-body">
          <Typography.Text type="secondary">{S.intro(expert?.name ?? '')}</Typography.Text>
          <Space size={16} wrap>
            <ExpertProgress rows={rows} />
            <Typography.Text type="success" data-testid="pledge-signed" title={P.declared(pledge.declaration)}>
              <SafetyCertificateOutlined /> {P.signedOn(cnDate(pledge.acceptedAt))}
            </Typography.Text>
          </Space>
          <ExpertSheetList />
        </Space>
      </Card>
      <ExportScoresModal open={exporting} onClose={() => setExporting(false)} />
    </div>
  )
}
