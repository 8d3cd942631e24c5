import { Alert, Card, Progress, Space, Statistic, Tag, Typography } from 'antd'
import type { CampaignCard as Card_ } from '../../../../core/api/outputs'
import { cnDate } from '../../lib/format'
import { CAMPAIGNS_STRINGS as S } from './strings'

export function CampaignCard({ card, onOpen }: { card: Card_; onOpen: (id: string) => void }) {
  if (card.damaged) {
    return (
      <Card size="small" title={card.name} data-testid="campaign-card" data-campaign-id={card.id} className="campaign-card">
        <Alert type="error" showIcon title={S.damaged} description={card.damaged} />
      </Card>
    )
  }
  const percent = card.sheetsExpected ? Math.round((card.sheetsSubmitted / card.sheetsExpected) * 100) : 0
  return (
    <Card
      size="small"
      hoverable
      className="campaign-card"
      data-testid="campaign-card"
      data-campaign-id={card.id}
      onClick={() => onOpen(card.id)}
      title={
        <Typography.Text strong ellipsis={{ tooltip: card.name }}>
          {card.name}
        </Typography.Text>
      }
      extra={<Tag color="blue">{card.kindLabel}</Tag>}
    >
      <Typography.Text type="secondary" className="campaign-card-date">
        {S.createdOn(cnDate(card.createdAt))}
      </Typography.Text>
      <Space size={28} className="campaign-card-stats">
        <Statistic title={S.submissions} value={card.submissionCount} />
        <Statistic title={S.experts} value={card.expertCount} />
        <Statistic title={S.sheets} value={card.sheetsSubmitted} suffix={`/ ${card.sheetsExpected}`} />
      </Space>
      <Progress percent={percent} size="small" format={() => S.progress(card.sheetsSubmitted, card.sheetsExpected)} />
    </Card>
  )
}
