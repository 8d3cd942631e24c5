import { useEffect, useState } from 'react'
import { Button, Col, Empty, Row, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { campaignsSelectors, useActions, useWorkbench } from '../../stores'
import { CampaignCard } from './CampaignCard'
import { NewCampaignModal } from './NewCampaignModal'
import { CAMPAIGNS_STRINGS as S } from './strings'

/** 首页: one card per campaign, newest first. */
export function CampaignListPage() {
  const cards = useWorkbench(campaignsSelectors.cards)
  const loaded = useWorkbench(campaignsSelectors.cardsLoaded)
  const { openCampaign, loadCampaigns } = useActions()
  const [creating, setCreating] = useState(false)
  useEffect(() => {
    void loadCampaigns().catch(() => undefined)
  }, [loadCampaigns])

  return (
    <div data-testid="campaign-list">
      <div className="page-title-row">
        <Typography.Title level={4}>{S.title}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-campaign">
          {S.newCampaign}
        </Button>
      </div>
      {loaded && cards.length === 0 ? (
        <Empty description={S.empty} />
      ) : (
        <Row gutter={[16, 16]}>
          {cards.map((c) => (
            <Col key={c.id} xs={24} md={12} xl={8} xxl={6}>
              <CampaignCard card={c} onOpen={openCampaign} />
            </Col>
          ))}
        </Row>
      )}
      <NewCampaignModal open={creating} onClose={() => setCreating(false)} />
    </div>
  )
}
