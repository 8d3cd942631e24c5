import { Alert, Button, Card, Progress, Space, Statistic, Tag, Typography } from 'antd'
import { ReasonConfirm } from '../removal/ReasonConfirm'
import type { CampaignCard as Card_ } from '../../../../core/api/outputs'
import { cnDate } from '../../lib/format'
import { CAMPAIGNS_STRINGS as S } from './strings'

/** 归档 on an active card; an archived card shows when and why, with 恢复. */
function ArchiveAction({ card, onArchive, onRestore }: { card: Card_; onArchive: (id: string, reason: string) => Promise<void>; onRestore: (id: string) => Promise<void> }) {
  if (card.archived) {
    return (
      <Button size="small" type="link" data-testid={`restore-${card.id}`} onClick={(e) => { e.stopPropagation(); void onRestore(card.id).catch(() => undefined) }}>
        {S.restore}
      </Button>
    )
  }
  return (
    <ReasonConfirm title={S.archiveTitle} okText={S.archive} testId={`archive-${card.id}`} onConfirm={(reason) => onArchive(card.id, reason)}>
      <Button size="small" type="link" data-testid={`archive-${card.id}`} onClick={(e) => e.stopPropagation()}>
        {S.archive}
      </Button>
    </ReasonConfirm>
  )
}

export function CampaignCard({ card, onOpen, onArchive, onRestore }: {
  card: Card_
  onOpen: (id: string) => void
  onArchive: (id: string, reason: string) => Promise<void>
  onRestore: (id: string) => Promise<void>
}) {
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
      extra={
        <Space size={4}>
          <Tag color={card.archived ? 'default' : 'blue'}>{card.kindLabel}</Tag>
          {/* clicks inside the popup bubble through the portal: they must not open the campaign */}
          <span onClick={(e) => e.stopPropagation()}>
            <ArchiveAction card={card} onArchive={onArchive} onRestore={onRestore} />
          </span>
        </Space>
      }
    >
      {card.archived && (
        <Typography.Paragraph type="secondary" data-testid="archived-note">
          {S.archivedOn(cnDate(card.archived.at), card.archived.reason)}
        </Typography.Paragraph>
      )}
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
