import { useEffect, useMemo } from 'react'
import { Alert, Button, Space, Table } from 'antd'
import { ReloadOutlined } from '@ant-design/icons'
import type { ColumnsType } from 'antd/es/table'
import type { ResultRow } from '../../../../core/api/outputs'
import { campaignsSelectors, resultsSelectors, useActions, useWorkbench } from '../../stores'
import { RESULTS_STRINGS as S } from './strings'
import { ResultsEmptyNote } from './ResultsEmptyNote'
import { ResultsFilters } from './ResultsFilters'
import { filterRows } from './resultsView'
import { useResultsView } from './useResultsView'
import { columnsFor } from './resultColumns'

/**
 * From this many rows the table is virtualised (only the rows in view are rendered): a 会评 scrolls,
 * sorts and filters one long list of every submission with its rank, which pages would cut apart.
 * Below it the plain table keeps every row on the page (and its E2E tests as they are).
 */
const VIRTUAL_FROM = 60

const rowKey = (r: ResultRow) => r.submission.id
const onRow = (r: ResultRow) => ({ 'data-testid': `result-row-${r.submission.id}` }) as React.HTMLAttributes<HTMLElement>

/** 结果与评定: each expert's total, the rule applied, the result, grade and rank (columns: resultColumns.tsx). */
export function ResultsTab() {
  const summary = useWorkbench(resultsSelectors.summary)
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const loading = useWorkbench(resultsSelectors.loading)
  const { loadSummary } = useActions()
  useEffect(() => {
    void loadSummary().catch(() => undefined)
  }, [loadSummary])

  const [view, setView] = useResultsView(campaign?.id)
  const all = summary?.rows
  const rows = useMemo(() => filterRows(all ?? [], view), [all, view])
  const counts = useMemo(
    () => ({
      flagged: all?.reduce((n, r) => n + r.experts.filter((e) => e.flagged).length, 0) ?? 0,
      notRated: all?.filter((r) => r.notRated).length ?? 0,
      vetoes: !!all?.some((r) => r.vetoes.length),
    }),
    [all],
  )
  // what a result is comes from the core (outcome.ts): a diagnosis has neither rank nor award
  const profile = summary?.rows[0]?.outcome === 'profile' || campaign?.kind === 'diagnostic'
  // award kinds name an 奖项等级; kinds with vetoes show their tallies
  const awards = !profile && !!campaign?.rubric.awardLevels.length
  const vetoes = !!campaign?.rubric.vetoes.length || counts.vetoes
  const sort = view.sort
  // memoised: a filter or a refresh does not rebuild the columns
  const columns = useMemo<ColumnsType<ResultRow>>(
    () =>
      columnsFor({ profile, awards, vetoes }).map((c) => ({
        key: c.key,
        title: c.title,
        width: c.width,
        align: c.align,
        fixed: c.fixed,
        className: c.className,
        render: (_: unknown, r: ResultRow) => c.render(r),
        ...(c.sorter ? { sorter: c.sorter, sortOrder: sort?.key === c.key ? sort.order : null } : {}),
      })),
    [vetoes, awards, profile, sort],
  )
  const width = useMemo(() => columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0), [columns])
  const virtual = (all?.length ?? 0) >= VIRTUAL_FROM

  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="results">
      <div className="page-title-row">
        <Alert type="info" showIcon title={`${S.rule}：${summary?.ruleText ?? ''}`} data-testid="rule-text" className="grow" />
        <Button icon={<ReloadOutlined />} onClick={() => void loadSummary()} loading={loading}>
          {S.refresh}
        </Button>
      </div>
      <ResultsEmptyNote summary={summary} expertCount={campaign?.expertIds.length ?? 0} />
      {profile && <Alert type="info" showIcon title={S.notRanked} data-testid="not-ranked" />}
      {counts.flagged > 0 && <Alert type="error" showIcon title={S.flaggedCount(counts.flagged)} />}
      {!!summary?.provisionalCount && <Alert type="info" showIcon title={S.provisionalCount(summary.provisionalCount)} data-testid="provisional-count" />}
      {counts.notRated > 0 && <Alert type="warning" showIcon title={S.notRatedCount(counts.notRated)} data-testid="not-rated-count" />}
      <ResultsFilters rows={all ?? []} view={view} shown={rows.length} onChange={setView} />
      <Table<ResultRow>
        data-testid="results-table"
        size="small"
        bordered
        sticky={!virtual}
        virtual={virtual}
        rowKey={rowKey}
        loading={loading && !summary}
        dataSource={rows as ResultRow[]}
        columns={columns}
        // the sum of the column widths: the table stretches to the page and scrolls only when wider;
        // a virtual table needs a fixed body height: the window's height less the page's header and filters
        scroll={virtual ? { x: width, y: Math.max(320, window.innerHeight - 330) } : { x: width }}
        pagination={false}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter
          const key = s?.columnKey
          setView({ sort: s?.order && typeof key === 'string' ? { key, order: s.order } : null })
        }}
        locale={{ emptyText: all?.length ? S.noMatch : S.empty }}
        onRow={onRow}
      />
    </Space>
  )
}
