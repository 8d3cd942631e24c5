import type { ResultRow } from '../../../../core/api/outputs'
import { subjectName } from '../../../../core/domain/submissionLabel'

/** What the committee has set on 结果与评定: kept per campaign for the browser tab's session (survives a reload). */
export interface ResultsView {
  /** 协作组 name, or null for all */
  group: string | null
  /** 等次 label, NOT_RATED for 不予评定, or null for all */
  grade: string | null
  /** only rows that need attention */
  attention: boolean
  /** school, program (or the kind's subject) or 申报人 contains this */
  search: string
  /** a sortable column's key (resultColumns.tsx) and the order */
  sort: { key: string; order: 'ascend' | 'descend' } | null
}

export const NOT_RATED = '__not_rated__'
export const EMPTY_VIEW: ResultsView = { group: null, grade: null, attention: false, search: '', sort: null }

/**
 * Needs attention in a 会评: sheets still missing (the result is 暂定 or absent), an expert's total
 * deviating more than 15 points, or a raised 一票否决 that does not (yet) stand.
 */
export function needsAttention(r: ResultRow): boolean {
  return r.submittedCount < r.experts.length || r.experts.some((e) => e.flagged) || r.vetoes.some((v) => !v.confirmed)
}

export function filterRows(rows: readonly ResultRow[], v: ResultsView): readonly ResultRow[] {
  const q = v.search.trim().toLowerCase()
  if (!v.group && !v.grade && !v.attention && !q) return rows
  return rows.filter((r) => {
    if (v.group && r.groupName !== v.group) return false
    if (v.grade && (v.grade === NOT_RATED ? !r.notRated : r.notRated || r.gradeLabel !== v.grade)) return false
    if (v.attention && !needsAttention(r)) return false
    if (q) {
      const s = r.submission
      if (![s.school, s.program, subjectName(s), s.applicant ?? ''].some((t) => t.toLowerCase().includes(q))) return false
    }
    return true
  })
}

/**
 * The rows in the view's order: by the sorting column's `sorter`, descending as its negation (antd's
 * rule), stable (ties keep the summary's order); the rows themselves when unsorted or the key names
 * no sortable column (a view kept from an older version).
 */
export function sortRows(
  rows: readonly ResultRow[],
  sort: ResultsView['sort'],
  sorterOf: (key: string) => ((a: ResultRow, b: ResultRow) => number) | undefined,
): readonly ResultRow[] {
  const sorter = sort ? sorterOf(sort.key) : undefined
  if (!sort || !sorter) return rows
  const sign = sort.order === 'descend' ? -1 : 1
  return [...rows].sort((a, b) => sign * sorter(a, b))
}

const key = (campaignId: string) => `workbench.results-view.${campaignId}`

export function loadView(campaignId: string): ResultsView {
  try {
    const raw = window.sessionStorage.getItem(key(campaignId))
    if (!raw) return EMPTY_VIEW
    const v = JSON.parse(raw) as Partial<ResultsView>
    return {
      group: typeof v.group === 'string' ? v.group : null,
      grade: typeof v.grade === 'string' ? v.grade : null,
      attention: v.attention === true,
      search: typeof v.search === 'string' ? v.search : '',
      // a key no column sorts by any more is simply ignored by the table
      sort: v.sort && typeof v.sort.key === 'string' && ['ascend', 'descend'].includes(v.sort.order) ? { key: v.sort.key, order: v.sort.order } : null,
    }
  } catch {
    return EMPTY_VIEW
  }
}

export function saveView(campaignId: string, v: ResultsView): void {
  try {
    window.sessionStorage.setItem(key(campaignId), JSON.stringify(v))
  } catch {
    // storage full or disabled: the view simply starts fresh next time
  }
}
