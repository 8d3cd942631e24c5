/**
 * 排名 of panel results (issue 9 item 3): only complete results are ranked.
 *
 * A result is complete when every member of the submission's panel has submitted (submitted ≥ panel,
 * panel > 0); otherwise it is 暂定 (provisional, shown with n/m) and takes no rank, because one more
 * sheet can move it anywhere. A row with no result (不予评定, nothing submitted) takes no rank either.
 * Ranking: highest result first; equal results share a rank and the next rank skips (1, 1, 3), the
 * "standard competition" ranking; ties are broken in the decision stage (votes), not here.
 *
 * This is the one home of ranking: a kind that is never ranked (专业建设诊断, docs/domain/review-kinds.md) passes
 * `ranked: false` and every rank stays null.
 */
export interface RankInput {
  /** the aggregated result, or null when there is none (不予评定, nothing submitted) */
  result: number | null
  submittedCount: number
  /** members of the submission's panel (expected sheets) */
  panelSize: number
}

/** Whether a result is 暂定: fewer sheets submitted than the panel has members. */
export function isProvisional(row: Pick<RankInput, 'submittedCount' | 'panelSize'>): boolean {
  return row.panelSize === 0 || row.submittedCount < row.panelSize
}

/** Ranks per row (same order as `rows`): a number for complete results, null for the rest. */
export function rankResults(rows: readonly RankInput[], opts: { ranked?: boolean } = {}): Array<number | null> {
  const ranks: Array<number | null> = rows.map(() => null)
  if (opts.ranked === false) return ranks
  const order = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.result !== null && !isProvisional(r))
    .sort((a, b) => b.r.result! - a.r.result!)
  order.forEach(({ r, i }, k) => {
    const prev = order[k - 1]
    ranks[i] = prev && prev.r.result === r.result ? ranks[prev.i]! : k + 1
  })
  return ranks
}
