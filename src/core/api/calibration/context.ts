import { WorkbenchError } from '../../domain/errors'
import type { CalibrationSession } from '../../domain/calibration'
import { placeholderExpert, type Campaign, type ScoreSheet } from '../../domain/workspace'
import { subjectName } from '../../domain/submissionLabel'
import { allIndicators } from '../../rubric/indicators'
import { rubricFor } from '../../rubric/versions'
import { sheetResult } from '../../scoring/sheetResult'
import type { ScoredSheet } from '../../calibration/campaignStats'
import { calibrationSnapshot } from '../../calibration/sessionSnapshot'
import type { WorkspaceStore } from '../../storage/workspaceStore'
import type { CalibrationView } from './outputs'

/** The campaign's session, or NOT_FOUND in words the chair understands. */
export function requireSession(c: Campaign): CalibrationSession {
  if (!c.calibration) throw new WorkbenchError('NOT_FOUND', `评审活动「${c.name}」还没有召开校准会，请先选择样卷开始校准会。`)
  return c.calibration
}

export function requireOpen(c: Campaign): CalibrationSession {
  const s = requireSession(c)
  if (s.closedAt) throw new WorkbenchError('CONFLICT', `校准会「${s.title}」已结束，不能再修改。`)
  return s
}

export function requireRevealed(s: CalibrationSession): void {
  if (!s.revealedAt) throw new WorkbenchError('NOT_REVEALED', '主持人揭晓之前，不能查看其他专家的样卷评分。')
}

/** Display names: anchors (学校·专业), participants, indicators. */
export async function namesOf(store: WorkspaceStore, c: Campaign): Promise<Record<string, string>> {
  const pool = (await store.workspaceShard()).data.experts
  const names: Record<string, string> = {}
  for (const s of c.submissions) names[s.id] = `${s.school} · ${subjectName(s)}`
  for (const id of c.expertIds) names[id] = (pool.find((e) => e.id === id) ?? placeholderExpert(id)).name
  for (const i of allIndicators(c.rubric)) names[i.code] = `${i.code} ${i.name}`
  return names
}

/** Each participant's anchor sheets as stored (drafts included). */
export async function anchorSheets(store: WorkspaceStore, c: Campaign, s: CalibrationSession): Promise<ScoreSheet[]> {
  const out: ScoreSheet[] = []
  for (const e of s.participants) {
    const sheets = (await store.sheetsShard(c.id, e)).data.sheets
    for (const a of s.anchors) if (sheets[a]) out.push(sheets[a] as ScoreSheet)
  }
  return out
}

/** The submitted anchor sheets as the statistics read them: total and points per indicator. */
export function scored(c: Campaign, sheets: readonly ScoreSheet[]): ScoredSheet[] {
  return sheets
    .filter((s) => s.status === 'submitted')
    .map((s) => {
      const r = sheetResult(rubricFor(c, s.rubricVersion), s)
      return { submissionId: s.submissionId, expertId: s.expertId, total: r.total, points: Object.fromEntries(r.indicators.map((i) => [i.code, i.points])) }
    })
}

export async function snapshotNow(store: WorkspaceStore, c: Campaign, s: CalibrationSession, at: string) {
  const sheets = scored(c, await anchorSheets(store, c, s))
  return calibrationSnapshot({ anchors: s.anchors, participants: s.participants, indicators: allIndicators(c.rubric).map((i) => ({ code: i.code, points: i.points })), sheets, at })
}

/** The statistics "after" as the minutes print them: those taken at the close, or now while the session is open. */
export async function minutesAfter(store: WorkspaceStore, c: Campaign, s: CalibrationSession, at: string) {
  return s.after ?? (await snapshotNow(store, c, s, at))
}

export async function viewOf(store: WorkspaceStore, c: Campaign): Promise<CalibrationView> {
  const names = await namesOf(store, c)
  const s = c.calibration ?? null
  const progress = s
    ? await Promise.all(
        s.participants.map(async (e) => {
          const sheets = (await store.sheetsShard(c.id, e)).data.sheets
          return { expertId: e, name: names[e] ?? e, submitted: s.anchors.filter((a) => sheets[a]?.status === 'submitted').length, expected: s.anchors.length }
        }),
      )
    : []
  // before the reveal the session carries no scores (before/after are taken at the reveal and the close)
  return { campaignId: c.id, session: s, revealed: !!s?.revealedAt, progress, names }
}
