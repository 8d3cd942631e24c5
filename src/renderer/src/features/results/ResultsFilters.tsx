import { useMemo } from 'react'
import { Button, Checkbox, Input, Select, Space, Typography } from 'antd'
import type { ResultRow } from '../../../../core/api/outputs'
import { EMPTY_VIEW, NOT_RATED, type ResultsView } from './resultsView'
import { RESULTS_STRINGS as S } from './strings'

interface Props {
  rows: readonly ResultRow[]
  view: ResultsView
  shown: number
  onChange: (patch: Partial<ResultsView>) => void
}

/** 会评 filters over 结果与评定: 协作组, 等次, 需关注, and a search over school / program / 申报人. */
export function ResultsFilters({ rows, view, shown, onChange }: Props) {
  const groups = useMemo(() => [...new Set(rows.map((r) => r.groupName))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [rows])
  const grades = useMemo(() => {
    const labels = [...new Set(rows.flatMap((r) => (r.gradeLabel && !r.notRated ? [r.gradeLabel] : [])))]
    const opts = labels.map((l) => ({ value: l, label: l }))
    return rows.some((r) => r.notRated) ? [...opts, { value: NOT_RATED, label: S.notRated }] : opts
  }, [rows])
  const filtered = view.group !== null || view.grade !== null || view.attention || view.search.trim() !== ''
  return (
    <Space wrap size={[12, 8]} data-testid="results-filters">
      <Input.Search
        allowClear
        placeholder={S.searchPlaceholder}
        value={view.search}
        onChange={(e) => onChange({ search: e.target.value })}
        style={{ width: 260 }}
        data-testid="results-search"
      />
      <Select
        allowClear
        placeholder={S.allGroups}
        value={view.group ?? undefined}
        onChange={(v?: string) => onChange({ group: v ?? null })}
        options={groups.map((g) => ({ value: g, label: g }))}
        style={{ width: 170 }}
        data-testid="results-filter-group"
      />
      <Select
        allowClear
        placeholder={S.allGrades}
        value={view.grade ?? undefined}
        onChange={(v?: string) => onChange({ grade: v ?? null })}
        options={grades}
        style={{ width: 130 }}
        data-testid="results-filter-grade"
      />
      <Checkbox checked={view.attention} onChange={(e) => onChange({ attention: e.target.checked })} data-testid="results-filter-attention">
        {S.attentionOnly}
      </Checkbox>
      <Typography.Text type="secondary" data-testid="results-shown">
        {filtered ? S.shownOf(shown, rows.length) : S.shownAll(rows.length)}
      </Typography.Text>
      {filtered && (
        <Button size="small" type="link" onClick={() => onChange({ ...EMPTY_VIEW, sort: view.sort })} data-testid="results-filter-clear">
          {S.clearFilters}
        </Button>
      )}
    </Space>
  )
}
