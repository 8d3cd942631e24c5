import { WorkbenchError } from '../domain/errors'
import type { Level, Rubric } from '../domain/rubric'
import type { Entry, ScoreSheet } from '../domain/workspace'
import type { SheetRevision } from '../domain/calibration'
import { findIndicator } from '../rubric/indicators'
import { sheetResult } from '../scoring/sheetResult'
import { nextSubmittedVersion, reopenSheet, submittedVersionOf } from '../scoring/submittedVersions'

/** One indicator's new score in a revision: a level or free points (a submitted sheet keeps every item scored). */
export interface RevisionChange {
  indicatorCode: string
  level?: Level | null
  points?: number | null
}

const same = (a: Entry | undefined, b: Entry | undefined) => (a?.level ?? null) === (b?.level ?? null) && (a?.points ?? null) === (b?.points ?? null)

/**
 * 复议: an expert revises a SUBMITTED sheet with a reason that cannot be empty (issue 12). Pure. It is
 * the reopen mechanism of issue 11 (submittedVersions.reopenSheet: 第 N 版 kept with its signature and
 * the reason) followed at once by the changes and a new submission, 第 N+1 版, which the caller signs
 * (`signAs` is that version number). Returns the sheet and the revision record with the changed
 * indicators before and after. Refuses a draft, an empty reason, an unknown indicator, a level on a
 * points indicator (and the reverse), points over the maximum, and a "revision" that changes nothing.
 */
export function reviseSheet(rubric: Rubric, sheet: ScoreSheet, changes: readonly RevisionChange[], reason: string, at: string): { sheet: ScoreSheet; signAs: number; revision: SheetRevision } {
  const why = reason.trim()
  if (!why) throw new WorkbenchError('INVALID_INPUT', '修改已提交的评分必须写明理由。')
  if (sheet.status !== 'submitted') throw new WorkbenchError('CONFLICT', '这份评分表尚未提交，直接修改即可，无需复议。')
  const entries: Record<string, Entry> = { ...sheet.entries }
  for (const c of changes) {
    const ind = findIndicator(rubric, c.indicatorCode)
    if (!ind) throw new WorkbenchError('NOT_FOUND', `指标体系中没有指标 ${c.indicatorCode}。`)
    const level = c.level ?? null
    const points = c.points ?? null
    if (level === null && points === null) throw new WorkbenchError('INVALID_INPUT', `复议时请为指标 ${c.indicatorCode} 给出新的等级或分数（已提交的评分表不能留空项）。`)
    if (level !== null && points !== null) throw new WorkbenchError('INVALID_INPUT', `指标 ${c.indicatorCode} 只能给等级或分数中的一种。`)
    if (level !== null && ind.scale !== 'levels') throw new WorkbenchError('INVALID_INPUT', `指标「${ind.name}」按分数评分，不能选等级。`)
    if (points !== null) {
      if (ind.scale !== 'points') throw new WorkbenchError('INVALID_INPUT', `指标「${ind.name}」按等级评分，请选择 A/B/C/D。`)
      if (points > ind.points) throw new WorkbenchError('INVALID_INPUT', `指标「${ind.name}」满分 ${ind.points} 分，不能给 ${points} 分。`)
    }
    entries[c.indicatorCode] = level !== null ? { level } : { points: points! }
  }
  const changed = [...new Set(changes.map((c) => c.indicatorCode))].filter((code) => !same(sheet.entries[code], entries[code]))
  if (changed.length === 0) throw new WorkbenchError('INVALID_INPUT', '修改后的评分与原评分相同，没有需要复议的改动。')
  const reopened = reopenSheet(sheet, { at: new Date(at), by: '校准会', reason: why })
  const next: ScoreSheet = { ...reopened, entries, status: 'submitted', version: reopened.version + 1, updatedAt: at, submittedAt: at }
  return {
    sheet: next,
    signAs: nextSubmittedVersion(reopened),
    revision: {
      at,
      expertId: sheet.expertId,
      submissionId: sheet.submissionId,
      reason: why,
      fromVersion: submittedVersionOf(sheet)!,
      toVersion: nextSubmittedVersion(reopened),
      beforeTotal: sheetResult(rubric, sheet).total,
      afterTotal: sheetResult(rubric, next).total,
      changes: changed.map((code) => ({ code, before: sheet.entries[code] ?? null, after: entries[code] ?? null })),
    },
  }
}
