import type { Rubric } from '../domain/rubric'
import type { ScoreSheet } from '../domain/workspace'
import { findIndicator } from '../rubric/indicators'
import { sheetResult } from './sheetResult'

/** Why a sheet may not be submitted: `code` for programs, `message` for the expert. */
export interface SubmitBlocker {
  code: 'SHEET_SUBMITTED' | 'SHEET_INCOMPLETE'
  message: string
  details?: { eligibilityPending?: string[]; missing?: string[] }
}

type SheetForSubmit = Pick<ScoreSheet, 'entries' | 'status' | 'rubricVersion'> &
  Partial<Pick<ScoreSheet, 'eligibility' | 'vetoFlags' | 'bonus'>>

/**
 * The submit rule, in its one home: null when `sheet` may be submitted, else why not.
 * `rubric` is the rubric the sheet was scored under; `currentRubricVersion` the campaign's current one
 * (a sheet scored under an earlier version must be checked again first). A failed eligibility check
 * ends the review of the submission (不予评定), so such a sheet may be submitted incomplete.
 */
export function submitBlocker(rubric: Rubric, sheet: SheetForSubmit, currentRubricVersion: number): SubmitBlocker | null {
  if (sheet.status === 'submitted') return { code: 'SHEET_SUBMITTED', message: '该评分表已经提交过了。' }
  if (sheet.rubricVersion < currentRubricVersion) {
    return { code: 'SHEET_INCOMPLETE', message: `指标体系已更新到第 ${currentRubricVersion} 版，请先按新版核对评分后再提交。` }
  }
  const r = sheetResult(rubric, sheet)
  if (r.eligibilityPending.length && !r.eligibilityFailed.length) {
    return {
      code: 'SHEET_INCOMPLETE',
      message: `请先核查资格条件（还有 ${r.eligibilityPending.length} 项未核查）。`,
      details: { eligibilityPending: r.eligibilityPending },
    }
  }
  if (!r.complete && !r.notRated) {
    const missing = r.indicators.filter((i) => i.points === null).map((i) => findIndicator(rubric, i.code)?.name ?? i.code)
    return {
      code: 'SHEET_INCOMPLETE',
      message: `还有 ${missing.length} 项指标未评分：${missing.slice(0, 5).join('、')}${missing.length > 5 ? ' 等' : ''}。全部评完才能提交。`,
      details: { missing },
    }
  }
  return null
}
