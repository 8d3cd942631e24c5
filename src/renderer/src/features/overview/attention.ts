import type { ConflictRow, ResultsSummary } from '../../../../core/api/outputs'
import type { Campaign, Expert } from '../../../../core/domain/workspace'
import { signed2 } from '../../lib/format'
import { OVERVIEW_STRINGS as S } from './strings'

/** 需要关注 (docs/design/screens.md 概览): what blocks or should worry the secretariat, most urgent first. */
export function attentionItems(
  campaign: Campaign,
  summary: ResultsSummary | null,
  conflicts: ConflictRow[] | null,
  pool: readonly Expert[],
  expected: number,
  done: number,
): string[] {
  const items: string[] = []
  if (!campaign.expertIds.length) items.push(S.noExperts)
  if (!campaign.submissions.length) items.push(S.noSubmissions)
  const unpledged = campaign.expertIds.filter((id) => !campaign.pledges[id]).map((id) => pool.find((e) => e.id === id)?.name ?? id)
  if (unpledged.length) items.push(S.pledgesMissing(unpledged.join('、')))
  const undecided = (conflicts ?? []).filter((c) => c.status === 'suspected').length
  if (undecided) items.push(S.conflictsUndecided(undecided))
  // the experts' own 回避 declarations (承诺书), each by name until decided
  for (const c of conflicts ?? []) if (c.declared && c.status === 'suspected') items.push(S.conflictDeclared(c.expertName, c.submissionLabel))
  if (Object.keys(campaign.assignments).length) {
    const without = campaign.submissions.filter((s) => !campaign.assignments[s.id]?.expertIds.length).length
    if (without) items.push(S.noPanel(without))
  }
  if (expected > done) items.push(S.missing(expected - done))
  for (const row of summary?.rows ?? []) {
    const { school, program } = row.submission
    if (row.notRated) items.push(S.notRated(school, program, row.notRated))
    for (const v of row.vetoes) if (!v.confirmed) items.push(S.vetoPending(school, program, v.text, v.count, v.needed))
    for (const c of row.experts) {
      if (c.flagged && c.deviation !== null) items.push(S.flagged(c.expertName, school, program, signed2(c.deviation)))
    }
  }
  return items
}
