import { useEffect, useState } from 'react'
import { Button, Col, Empty, Row, Segmented, Space, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { campaignsSelectors, useActions, useWorkbench } from '../../stores'
import { CampaignCard } from './CampaignCard'
import { NewCampaignModal } from './NewCampaignModal'
import { CAMPAIGNS_STRINGS as S } from './strings'

/** 首页: one card per campaign, newest first. */
export function CampaignListPage() {
  const cards = useWorkbench(campaignsSelectors.cards)
  const loaded = useWorkbench(campaignsSelectors.cardsLoaded)
  const { openCampaign, loadCampaigns, archiveCampaign, restoreCampaign } = useActions()
  const [creating, setCreating] = useState(false)
  // archived campaigns leave the list; the 已归档 view shows them with 恢复
  const [view, setView] = useState<'active' | 'archived'>('active')
  const shown = cards.filter((c) => !!c.archived === (view === 'archived'))
  useEffect(() => {
    void loadCampaigns().catch(() => undefined)
  }, [loadCampaigns])

  return (
    <div data-testid="campaign-list">
      <div className="page-title-row">
        <Space align="baseline" size={16}>
          <Typography.Title level={4}>{S.title}</Typography.Title>
          <Segmented<'active' | 'archived'>
            data-testid="campaign-view"
            value={view}
            onChange={setView}
            options={[
              { value: 'active', label: S.active },
              { value: 'archived', label: `${S.archived}（${cards.filter((c) => c.archived).length}）` },
            ]}
          />
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-campaign">
          {S.newCampaign}
        </Button>
      </div>
      {loaded && shown.length === 0 ? (
        <Empty description={view === 'archived' ? S.emptyArchived : S.empty} />
      ) : (
        <Row gutter={[16, 16]}>
          {shown.map((c) => (
            <Col key={c.id} xs={24} md={12} xl={8} xxl={6}>
              <CampaignCard card={c} onOpen={openCampaign} onArchive={archiveCampaign} onRestore={restoreCampaign} />
            </Col>
          ))}
        </Row>
      )}
      <NewCampaignModal open={creating} onClose={() => setCreating(false)} />
    </div>
  )
}
