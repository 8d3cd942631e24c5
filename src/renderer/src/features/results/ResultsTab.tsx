import { useEffect, useMemo } from 'react'
import { Alert, Button, Space } from 'antd'
import { ReloadOutlined } from '@ant-design/icons'
import { campaignsSelectors, resultsSelectors, useActions, useWorkbench } from '../../stores'
import { RESULTS_STRINGS as S } from './strings'
import { ResultsEmptyNote } from './ResultsEmptyNote'
import { ResultsFilters } from './ResultsFilters'
import { filterRows, sortRows } from './resultsView'
import { useResultsView } from './useResultsView'
import { columnsFor } from './resultColumns'
import { ResultsGrid } from './ResultsGrid'

/**
 * 结果与评定: each expert's total, the rule applied, the result, grade and rank (columns:
 * resultColumns.tsx). One long list of every submission with its rank, which pages would cut apart:
 * a 会评 scrolls, sorts and filters it, so the grid renders only the rows in view (ResultsGrid.tsx).
 */
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
  const filtered = useMemo(() => filterRows(all ?? [], view), [all, view])
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
  const columns = useMemo(() => columnsFor({ profile, awards, vetoes }), [vetoes, awards, profile])
  const rows = useMemo(() => sortRows(filtered, view.sort, (key) => columns.find((c) => c.key === key)?.sorter), [filtered, view.sort, columns])

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
      <ResultsGrid
        rows={rows}
        columns={columns}
        sort={view.sort}
        onSort={(sort) => setView({ sort })}
        vetoes={vetoes}
        loading={loading && !summary}
        emptyText={all?.length ? S.noMatch : S.empty}
      />
    </Space>
  )
}
