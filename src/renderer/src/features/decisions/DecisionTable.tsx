import { memo, useMemo, useState } from 'react'
import { Button, Card, Table, Tag } from 'antd'
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table'
import type { DecisionEntryView, DecisionsView } from '../../../../core/api/outputs'
import { points2 } from '../../lib/format'
import { HoverTip } from '../../lib/HoverTip'
import { DECISIONS_STRINGS as S } from './strings'

// a row is plain elements where it can be: the hints are HoverTips and the cells' spacing is CSS (decision-cell),
// not an antd Tooltip and Space per cell, each with its own hooks and style registration (issue 14)
function Rank({ row }: { row: DecisionEntryView }) {
  if (row.rank === null) return <HoverTip title={row.excludedReason}><Tag data-testid={`status-${row.id}`}>{S.status[row.status]}</Tag></HoverTip>
  return (
    <HoverTip title={row.basis ? S.basis[row.basis] : undefined}>
      <span>
        <span data-testid={`rank-${row.id}`}>{row.rank}</span>
        {row.basis === 'tied' && <Tag color="orange" className="tie-tag">{S.tied}</Tag>}
      </span>
    </HoverTip>
  )
}

function Decided({ row, view }: { row: DecisionEntryView; view: DecisionsView }) {
  const levelLabel = (code: string | null) => view.levels.find((l) => l.code === code)?.label
  return (
    <span className="decision-cell">
      <span data-testid={`decided-${row.id}`}>{row.decidedLabel}</span>
      {row.override && (
        <HoverTip title={row.override.reason}>
          <Tag color="purple">{S.override}</Tag>
        </HoverTip>
      )}
      {row.awaitingVote && <Tag color="gold" data-testid={`awaiting-${row.id}`}>{S.awaiting(levelLabel(row.awaitingVote) ?? row.awaitingVote)}</Tag>}
    </span>
  )
}

/**
 * Paged, not scrolled (issue 14: a campaign of 1,000 entries took 3 s of rendering to show and 1.5 s
 * to leave): the committee works on this list entry by entry — a vote, an adjustment — and refers to
 * entries by rank, which a page of 50 in rank order keeps at fixed places (第 51–100 名 is page 2);
 * the quota lines and ties that decide where to look are listed above the table. The whole list is
 * read in the exported 拟定名单 / 公示名单, not here.
 */
const PAGE_SIZES = [50, 100, 200]

function useColumns(view: DecisionsView, onVote: (id: string) => void, onAdjust: (id: string) => void): ColumnsType<DecisionEntryView> {
  return useMemo<ColumnsType<DecisionEntryView>>(() => [
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
        <span className="decision-cell">
          <Button size="small" data-testid={`vote-${r.id}`} disabled={!r.awaitingVote && !r.vetoes.length && !view.votes.some((v) => v.submissionId === r.id)} onClick={() => onVote(r.id)}>
            {S.vote}
          </Button>
          <Button size="small" data-testid={`adjust-${r.id}`} disabled={r.status !== 'ranked'} onClick={() => onAdjust(r.id)}>
            {S.adjust}
          </Button>
        </span>
      ),
    },
  ], [view, onVote, onAdjust])
}

/** The proposed and the decided list, in rank order; excluded entries last with their reason. Memoised: opening a vote or an adjustment re-renders the tab, not the list. */
export const DecisionTable = memo(function DecisionTable({ view, onVote, onAdjust }: { view: DecisionsView; onVote: (id: string) => void; onAdjust: (id: string) => void }) {
  const columns = useColumns(view, onVote, onAdjust)
  // the page survives a reload of the view (every decision answers with the whole new view)
  const [page, setPage] = useState({ current: 1, pageSize: PAGE_SIZES[0]! })
  const pagination: TablePaginationConfig = {
    ...page,
    pageSizeOptions: PAGE_SIZES,
    showSizeChanger: true,
    hideOnSinglePage: view.rows.length <= PAGE_SIZES[0]!,
    showTotal: (total, [from, to]) => S.pageTotal(from, to, total),
    onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
  }
  return (
    <Card size="small" styles={{ body: { padding: '0 0 1px' } }} data-testid="decision-table">
      <Table<DecisionEntryView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={view.rows}
        pagination={pagination}
        onRow={(r) => ({ 'data-testid': `decision-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
      />
    </Card>
  )
})
