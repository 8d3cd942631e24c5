import type { BallotChoice, Decisions, Motion } from '../domain/decisions'
import { chineseDate } from '../util/chineseDate'
import { chineseDay } from './dates'
import type { BoardLevel, BoardRow } from './board'
import { latestVote, tallyVote } from './votes'

/**
 * Smaller rules of the 评定 stage, each with its Chinese refusal; a handler calls them before it writes.
 * Each returns null when allowed, else the message (the handler adds the error code).
 */

/**
 * Locked once published (issue 12): after the list went out for 公示, every new decision states why.
 */
export function lockedWithoutReason(decisions: Decisions, reason: string | undefined): string | null {
  if (!decisions.publications.length || (reason && reason.trim())) return null
  return '拟表彰名单已公示，评定结果已锁定；公示后变更须填写理由。'
}

/**
 * A committee override of an entry's level: only a ranked entry; a level its result reaches; a level
 * that needs a vote only after the vote passed. null (no award) is always allowed.
 */
export function overrideRefusal(row: BoardRow | undefined, levelCode: string | null, levels: readonly BoardLevel[], decisions: Decisions, reachedLevel: string | null): string | null {
  if (!row || row.status !== 'ranked') return `该申报${row?.excludedReason ? `${row.excludedReason}，` : ''}不参加评定。`
  if (levelCode === null) return null
  const sorted = [...levels].sort((a, b) => b.min - a.min)
  const level = sorted.find((l) => l.code === levelCode)
  if (!level) return `指标体系中没有奖项等级 ${levelCode}。`
  const reached = sorted.findIndex((l) => l.code === reachedLevel)
  if (reached < 0 || sorted.indexOf(level) < reached) {
    return `该申报结果 ${row.result!.toFixed(2)} 分，未达到${level.label}分数线 ${level.min} 分。`
  }
  if (level.requiresVote && !tallyVote(latestVote(decisions.votes, row.id, { kind: 'award', levelCode })?.ballots ?? []).passed) {
    return `${level.label}须经委员会票决通过（赞成不少于出席人数的三分之二）后才能评定。`
  }
  return null
}

function parseDay(d: string): Date {
  return new Date(`${d}T00:00:00Z`)
}

function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10)
}

/**
 * The last day of a 公示 of `days` working days starting on `from` (docs/domain/review-kinds.md: commonly
 * 5 working days). Saturdays and Sundays are skipped; public holidays are not known offline, so the
 * secretary adjusts the end date where one falls in the period. A weekend start counts from Monday.
 */
export function addWorkingDays(from: string, days: number): string {
  const d = parseDay(from)
  let left = days
  for (;;) {
    const wd = d.getUTCDay()
    if (wd !== 0 && wd !== 6) left--
    if (left <= 0) return formatDay(d)
    d.setUTCDate(d.getUTCDate() + 1)
  }
}

export function periodRefusal(from: string, to: string): string | null {
  if (Number.isNaN(parseDay(from).getTime()) || Number.isNaN(parseDay(to).getTime())) return '公示期日期无效。'
  return from > to ? `公示期结束日期（${to}）早于开始日期（${from}）。` : null
}

/**
 * Entries whose rank or decided level differ from the list as published (or that joined or left it):
 * after a change made during 公示 the committee sees what a new publication would change.
 */
export function changedSincePublication(
  published: ReadonlyArray<{ submissionId: string; rank: number | null; levelCode: string | null }>,
  current: ReadonlyArray<{ id: string; status: string; rank: number | null; decidedLevel: string | null }>,
): string[] {
  const now = current.filter((r) => r.status === 'ranked')
  const changed = now.filter((r) => {
    const p = published.find((x) => x.submissionId === r.id)
    return !p || p.rank !== r.rank || p.levelCode !== r.decidedLevel
  })
  const left = published.filter((p) => !now.some((r) => r.id === p.submissionId))
  return [...changed.map((r) => r.id), ...left.map((p) => p.submissionId)]
}

/** YYYY-MM-DD strings compare in calendar order. */
export function withinPeriod(day: string, period: { from: string; to: string }): boolean {
  return day >= period.from && day <= period.to
}

/**
 * Repeats (a double click, a second window): a call that would record again exactly what was just
 * recorded is refused, so the record and the audit log hold it once. A different ballot on the same
 * motion is a new vote (it replaces the earlier one); the same ballots again are not.
 */
export function repeatedVote(decisions: Decisions, submissionId: string, motion: Motion, ballots: readonly Ballot[]): string | null {
  const last = latestVote(decisions.votes, submissionId, motion)
  if (!last || !sameBallots(last.ballots, ballots)) return null
  return `这项表决已于${timeOf(last.at)}记录，表决票与本次完全相同，未重复记录。如委员会重新表决，请按新的表决票记录。`
}

function sameBallots(a: readonly Ballot[], b: readonly Ballot[]): boolean {
  const key = (x: readonly Ballot[]) => JSON.stringify([...x].map((v) => [v.expertId, v.choice]).sort())
  return a.length === b.length && key(a) === key(b)
}

/** The same objection (entry, who, received on, text) recorded again. */
export function repeatedObjection(decisions: Decisions, o: { submissionId: string; by: string; receivedOn: string; content: string }): string | null {
  const same = decisions.objections.find((x) => x.submissionId === o.submissionId && x.by.trim() === o.by.trim() && x.receivedOn === o.receivedOn && x.content.trim() === o.content.trim())
  return same ? `${o.by}于${chineseDay(o.receivedOn)}提出的这项异议已于${timeOf(same.recordedAt)}记录，未重复记录。` : null
}

/** A new 公示 of a list that has not changed since the last one, for the same period. */
export function repeatedPublication(decisions: Decisions, changedSince: readonly string[], from: string, to: string): string | null {
  const last = decisions.publications.at(-1)
  if (!last || changedSince.length || last.from !== from || last.to !== to) return null
  return `拟表彰名单已于${timeOf(last.publishedAt)}公示（第 ${last.version} 版，公示期${chineseDay(from)}至${chineseDay(to)}），此后名单没有变化，无需再次公示。`
}

/** When something was recorded, as the user's calendar shows it. */
function timeOf(iso: string): string {
  return chineseDate(new Date(iso))
}

type Ballot = { expertId: string; choice: BallotChoice }

/** The same order of the same tie, with the same note, recorded again. */
export function repeatedTieOrder(decisions: Decisions, order: readonly string[], note: string): string | null {
  const last = decisions.tieOrders.at(-1)
  if (!last || last.note.trim() !== note.trim() || last.order.join('\u0000') !== order.join('\u0000')) return null
  return `这组并列的排序已于${timeOf(last.at)}记录，未重复记录。`
}

/** The committee's level for an entry set again to what it already is (`label`: the level's name, or 不授奖). */
export function repeatedOverride(decisions: Decisions, submissionId: string, levelCode: string | null, label: string): string | null {
  const o = decisions.overrides[submissionId]
  if (!o || o.levelCode !== levelCode) return null
  return `委员会已于${timeOf(o.at)}将该申报评定为${label}，未重复记录。`
}
