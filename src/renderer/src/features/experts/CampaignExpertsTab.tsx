import { useState } from 'react'
import { Button, Space, Typography } from 'antd'
import { UserAddOutlined } from '@ant-design/icons'
import { campaignExperts, campaignsSelectors, expertsSelectors, useWorkbench } from '../../stores'
import { AddFromPool } from './AddFromPool'
import { ExpertsTable } from './ExpertsTable'
import { NewExpertModal } from './NewExpertModal'
import { EXPERTS_STRINGS as S } from './strings'

/** 专家与分配: the campaign's experts; add from the pool or enter a new one. */
export function CampaignExpertsTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pool = useWorkbench(expertsSelectors.pool)
  const [adding, setAdding] = useState(false)
  if (!campaign) return null
  const inCampaign = campaignExperts(pool, campaign.expertIds)
  const candidates = pool.filter((e) => !campaign.expertIds.includes(e.id))
  return (
    <div data-testid="campaign-experts">
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
    </div>
  )
}
