import type { ExpertId } from '../domain/ids'
import type { ScoreSheet } from '../domain/workspace'

/**
 * What of a sheet counts as work that must never leave the results (issue 9 item 1): a submitted sheet,
 * or a draft with anything saved in it — a score, an eligibility answer, a veto, a bonus or a comment.
 * A sheet saved and then cleared again holds nothing and does not count.
 */
export function hasSavedWork(sheet: Pick<ScoreSheet, 'status' | 'entries' | 'eligibility' | 'vetoFlags' | 'bonus' | 'comment'> | undefined): boolean {
  if (!sheet) return false
  if (sheet.status === 'submitted') return true
  return (
    Object.keys(sheet.entries).length > 0 ||
    Object.keys(sheet.eligibility ?? {}).length > 0 ||
    Object.keys(sheet.vetoFlags ?? {}).length > 0 ||
    Object.keys(sheet.bonus ?? {}).length > 0 ||
    (sheet.comment ?? '').trim() !== ''
  )
}

export interface WorkHolder {
  expertId: ExpertId
  submitted: boolean
}

/** Per submission id, the experts whose sheet for it holds saved work, in the order of `sheetsByExpert`. */
export function workHolders(sheetsByExpert: ReadonlyMap<string, Readonly<Record<string, ScoreSheet>>>): Map<string, WorkHolder[]> {
  const out = new Map<string, WorkHolder[]>()
  for (const [expertId, sheets] of sheetsByExpert) {
    for (const [submissionId, sheet] of Object.entries(sheets)) {
      if (!hasSavedWork(sheet)) continue
      const list = out.get(submissionId) ?? []
      list.push({ expertId: expertId as ExpertId, submitted: sheet.status === 'submitted' })
      out.set(submissionId, list)
    }
  }
  return out
}
