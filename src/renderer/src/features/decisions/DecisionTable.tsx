import { Button, Card, Space, Table, Tag, Tooltip } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { DecisionEntryView, DecisionsView } from '../../../../core/api/outputs'
import { points2 } from '../../lib/format'
import { DECISIONS_STRINGS as S } from './strings'

function Rank({ row }: { row: DecisionEntryView }) {
  if (row.rank === null) return <Tooltip title={row.excludedReason}><Tag data-testid={`status-${row.id}`}>{S.status[row.status]}</Tag></Tooltip>
  return (
    <Tooltip title={row.basis ? S.basis[row.basis] : undefined}>
      <span data-testid={`rank-${row.id}`}>{row.rank}</span>
      {row.basis === 'tied' && <Tag color="orange" className="tie-tag">{S.tied}</Tag>}
    </Tooltip>
  )
}

function Decided({ row, view }: { row: DecisionEntryView; view: DecisionsView }) {
  const levelLabel = (code: string | null) => view.levels.find((l) => l.code === code)?.label
  return (
    <Space size={4} wrap>
      <span data-testid={`decided-${row.id}`}>{row.decidedLabel}</span>
      {row.override && (
        <Tooltip title={row.override.reason}>
          <Tag color="purple">{S.override}</Tag>
        </Tooltip>
      )}
      {row.awaitingVote && <Tag color="gold" data-testid={`awaiting-${row.id}`}>{S.awaiting(levelLabel(row.awaitingVote) ?? row.awaitingVote)}</Tag>}
    </Space>
  )
}

/** The proposed and the decided list, in rank order; excluded entries last with their reason. */
export function DecisionTable({ view, onVote, onAdjust }: { view: DecisionsView; onVote: (id: string) => void; onAdjust: (id: string) => void }) {
  const columns: ColumnsType<DecisionEntryView> = [
    { title: S.columns.rank, key: 'rank', width: 110, render: (_, r) => <Rank row={r} /> },
    { title: S.columns.entry, key: 'entry', render: (_, r) => (
        <span className={r.status === 'ranked' ? '' : 'excluded'}>
          {r.label}
          {r.objectionCount > 0 && <Tag color="red" style={{ marginLeft: 6 }} data-testid={`objection-tag-${r.id}`}>{S.objectionTag(r.objectionCount)}</Tag>}
        </span>
      ) },
    { title: S.columns.result, key: 'result', width: 90, align: 'right', render: (_, r) => points2(r.result) },
    { title: S.columns.key, key: 'key', width: 90, align: 'right', render: (_, r) => <span data-testid={`key-${r.id}`}>{points2(r.keySubtotal)}</span> },
    ...(view.rows.some((r) => r.grade) ? [{ title: S.columns.grade, key: 'grade', width: 90, render: (_: unknown, r: DecisionEntryView) => r.grade ?? '—' }] : []),
    { title: S.columns.proposed, key: 'proposed', width: 110, render: (_, r) => <span data-testid={`proposed-${r.id}`}>{r.status === 'ranked' ? r.proposedLabel : '—'}</span> },
    { title: S.columns.decided, key: 'decided', width: 220, render: (_, r) => <Decided row={r} view={view} /> },
    {
      title: S.columns.actions,
      key: 'actions',
      width: 140,
      render: (_, r) => (
        <Space size={4}>
          <Button size="small" data-testid={`vote-${r.id}`} disabled={!r.awaitingVote && !r.vetoes.length && !view.votes.some((v) => v.submissionId === r.id)} onClick={() => onVote(r.id)}>
            {S.vote}
          </Button>
          <Button size="small" data-testid={`adjust-${r.id}`} disabled={r.status !== 'ranked'} onClick={() => onAdjust(r.id)}>
            {S.adjust}
          </Button>
        </Space>
      ),
    },
  ]
  return (
    <Card size="small" styles={{ body: { padding: 0 } }} data-testid="decision-table">
      <Table<DecisionEntryView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={view.rows}
        pagination={false}
        onRow={(r) => ({ 'data-testid': `decision-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
      />
    </Card>
  )
}
