import { Card, List, Tag } from 'antd'
import type { DecisionsView } from '../../../../core/api/outputs'
import { cnDate } from '../../lib/format'
import { DECISIONS_STRINGS as S } from './strings'

/** Every recorded vote, the latest per motion in force; each member's ballot named. */
export function VotesList({ view }: { view: DecisionsView }) {
  if (!view.votes.length) return null
  return (
    <Card size="small" title={S.votesTitle}>
      <List
        size="small"
        data-testid="votes"
        dataSource={[...view.votes].reverse()}
        renderItem={(v) => (
          <List.Item data-testid={`vote-record-${v.id}`} className={v.superseded ? 'excluded' : ''}>
            <List.Item.Meta
              title={
                <span>
                  {v.entryLabel} · {v.motionText}{' '}
                  <Tag color={v.tally.passed ? 'green' : 'red'}>{v.tally.passed ? '通过' : '未通过'}</Tag>
                  {v.superseded && <Tag>{S.superseded}</Tag>}
                </span>
              }
              description={
                <>
                  <div data-testid="vote-tally">{v.tally.text}</div>
                  <div>
                    {v.voters.map((b) => `${b.name}：${S.ballot[b.choice]}`).join('；')} · {cnDate(v.at)}
                    {v.reason ? ` · ${v.reason}` : ''}
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  )
}
