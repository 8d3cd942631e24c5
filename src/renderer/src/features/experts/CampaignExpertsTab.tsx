import { useState } from 'react'
import { Badge, Button, Space, Tabs, Typography } from 'antd'
import { UserAddOutlined } from '@ant-design/icons'
import { campaignExperts, campaignsSelectors, expertsSelectors, panelSelectors, useWorkbench } from '../../stores'
import { ConflictsSection } from '../panel/ConflictsSection'
import { AssignTab } from '../panel/AssignTab'
import { AssignmentLog } from '../panel/AssignmentLog'
import { usePanelData } from '../panel/usePanelData'
import { PANEL_STRINGS as P } from '../panel/strings'
import { AddFromPool } from './AddFromPool'
import { ExpertsTable } from './ExpertsTable'
import { NewExpertModal } from './NewExpertModal'
import { ReturnsSection } from '../packages/ReturnsSection'
import { PKG_STRINGS } from '../packages/strings'
import { EXPERTS_STRINGS as S } from './strings'
import '../panel/panel.css'

/** 专家与分配: the campaign's experts, 回避, the panels and their draw, and the log of changes. */
export function CampaignExpertsTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pool = useWorkbench(expertsSelectors.pool)
  const pending = useWorkbench(panelSelectors.undecidedCount)
  const [adding, setAdding] = useState(false)
  usePanelData()
  if (!campaign) return null
  const inCampaign = campaignExperts(pool, campaign.expertIds)
  const candidates = pool.filter((e) => !campaign.expertIds.includes(e.id))
  const experts = (
    <>
      <div className="page-title-row">
        <Space size={16}>
          <Typography.Text type="secondary">{S.campaignCount(inCampaign.length)}</Typography.Text>
          <AddFromPool candidates={candidates} />
        </Space>
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="new-expert">
          {S.addExpert}
        </Button>
      </div>
      <ExpertsTable experts={inCampaign} emptyText={S.empty} testId="campaign-experts-table" />
      <NewExpertModal open={adding} onClose={() => setAdding(false)} intoCampaign />
    </>
  )
  return (
    <div data-testid="campaign-experts">
      <Tabs
        className="panel-tabs"
        size="small"
        type="card"
        items={[
          { key: 'experts', label: <span data-testid="panel-tab-experts">{P.tabs.experts}</span>, children: experts },
          {
            key: 'conflicts',
            label: (
              <span data-testid="panel-tab-conflicts">
                {P.tabs.conflicts} <Badge count={pending} size="small" />
              </span>
            ),
            children: <ConflictsSection />,
          },
          { key: 'assign', label: <span data-testid="panel-tab-assign">{P.tabs.assign}</span>, children: <AssignTab /> },
          { key: 'log', label: <span data-testid="panel-tab-log">{P.tabs.log}</span>, children: <AssignmentLog /> },
          // issue 11: expert packages out, score packages back
          { key: 'packages', label: <span data-testid="panel-tab-packages">{PKG_STRINGS.tab}</span>, children: <ReturnsSection /> },
        ]}
      />
    </div>
  )
}
