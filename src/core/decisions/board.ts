import type { Decisions, LevelOverride, Quota } from '../domain/decisions'
import { checkQuotas, quotaLimit, type QuotaStatus } from './quotas'
import { rankWithTies, type RankBasis, type Tie } from './ranking'
import { latestVote, tallyVote } from './votes'

/**
 * The 评定 board (issue 12 "Decisions"): one pure function from the panel results and the committee's
 * recorded decisions to the proposed and the decided list. The API returns it, the 评定 view and the
 * documents only show it.
 *
 * Proposed level: entries are taken in rank order (ranking.ts); each gets the highest 奖项等级 it can
 * hold — its result reaches the level's minimum (the reached level and every lower one), a level that
 * needs a vote (特等奖) only after a passed vote (votes.ts), and the level still has room in its quota
 * (quotas.ts); otherwise it falls to the next level ("顺延"). A tie not yet decided moves as one: when
 * the room left at a level is smaller than the tie, all of it stays at that level, the quota shows the
 * excess, and the tie is `blocking` until the committee votes on its order.
 * Decided level: the committee's override (with its reason) where there is one, else the proposed one.
 */
export interface BoardLevel {
  code: string
  label: string
  min: number
  requiresVote: boolean
  quota?: Quota
}

export interface BoardEntry {
  id: string
  result: number | null
  keySubtotal: number | null
  /** the highest 奖项等级 the result reaches (thresholds as results.summary applies them), or null */
  reachedLevel: string | null
  /** 暂定: not every panel member has submitted */
  provisional: boolean
  /** the panel's 不予评定 and why (veto confirmed by the panel, eligibility), or null */
  notRated: string | null
}

export type RowStatus = 'ranked' | 'provisional' | 'notRated' | 'noResult'

export interface BoardRow {
  id: string
  result: number | null
  keySubtotal: number | null
  status: RowStatus
  /** why the entry is not ranked (不予评定 by the panel or by the committee's veto vote, 暂定, no result) */
  excludedReason: string | null
  rank: number | null
  basis: RankBasis | null
  proposedLevel: string | null
  decidedLevel: string | null
  override: LevelOverride | null
  /** a level needing a vote that the result reaches but no vote has granted yet */
  awaitingVote: string | null
  /** member of an undecided tie that straddles a quota */
  tieBlocked: boolean
}

export interface BoardTie extends Tie {
  /** the level whose quota the undecided tie straddles, or null */
  blockingLevel: string | null
  message: string | null
}

export interface Board {
  rows: BoardRow[]
  ties: BoardTie[]
  /** the proposed list against the quotas */
  proposedQuotas: QuotaStatus[]
  /** the decided list against the quotas */
  quotas: QuotaStatus[]
}

/** The veto code a passed (latest) committee vote confirmed for this entry, or null. */
function vetoedByVote(decisions: Decisions, id: string): string | null {
  const codes = new Set(decisions.votes.flatMap((v) => (v.submissionId === id && v.motion.kind === 'veto' ? [v.motion.vetoCode] : [])))
  for (const vetoCode of codes) {
    if (tallyVote(latestVote(decisions.votes, id, { kind: 'veto', vetoCode })!.ballots).passed) return vetoCode
  }
  return null
}

/** Levels an entry may hold, highest first. */
function eligibleLevels(levels: readonly BoardLevel[], e: BoardEntry, decisions: Decisions): string[] {
  const from = levels.findIndex((l) => l.code === e.reachedLevel)
  if (from < 0) return []
  return levels
    .slice(from)
    .filter((l) => !l.requiresVote || tallyVote(latestVote(decisions.votes, e.id, { kind: 'award', levelCode: l.code })?.ballots ?? []).passed)
    .map((l) => l.code)
}

export function buildBoard(input: {
  entries: readonly BoardEntry[]
  levels: readonly BoardLevel[]
  /** 参评申报总数, the base of a quota share */
  entryCount: number
  decisions: Decisions
  vetoText?: (code: string) => string
}): Board {
  const { decisions, entryCount } = input
  const levels = [...input.levels].sort((a, b) => b.min - a.min)
  const rows = new Map<string, BoardRow>()
  const rankable = []
  for (const e of input.entries) {
    const vetoCode = vetoedByVote(decisions, e.id)
    const excludedReason = e.notRated
      ? e.notRated
      : vetoCode
        ? `一票否决经委员会票决确认：${input.vetoText?.(vetoCode) ?? vetoCode}`
        : e.result === null
          ? '尚无评分结果'
          : e.provisional
            ? '评分未完成（暂定结果）'
            : null
    const status: RowStatus = e.notRated || vetoCode ? 'notRated' : e.result === null ? 'noResult' : e.provisional ? 'provisional' : 'ranked'
    rows.set(e.id, {
      id: e.id, result: e.result, keySubtotal: e.keySubtotal, status, excludedReason, rank: null, basis: null,
      proposedLevel: null, decidedLevel: null, override: null, awaitingVote: null, tieBlocked: false,
    })
    if (status === 'ranked') rankable.push({ id: e.id, result: e.result!, keySubtotal: e.keySubtotal ?? 0 })
  }
  const { ranked, ties } = rankWithTies(rankable, decisions.tieOrders)
  const entryOf = new Map(input.entries.map((e) => [e.id, e]))
  const counts = new Map<string, number>()
  const boardTies: BoardTie[] = ties.map((t) => ({ ...t, blockingLevel: null, message: null }))

  // groups in rank order: an undecided tie is one group, every other entry its own
  const groups: string[][] = []
  for (const r of ranked) {
    const row = rows.get(r.id)!
    row.rank = r.rank
    row.basis = r.basis
    const last = groups.at(-1)
    if (r.basis === 'tied' && last && rows.get(last[0]!)!.basis === 'tied' && rows.get(last[0]!)!.rank === r.rank) last.push(r.id)
    else groups.push([r.id])
  }
  for (const group of groups) {
    let remaining = group.map((id) => ({ id, eligible: eligibleLevels(levels, entryOf.get(id)!, decisions) }))
    for (const l of levels) {
      const take = remaining.filter((m) => m.eligible.includes(l.code))
      if (!take.length) continue
      const limit = quotaLimit(l.quota, entryCount)
      const room = limit === null ? Infinity : limit - (counts.get(l.code) ?? 0)
      const straddles = group.length > 1 && room > 0 && take.length > room
      if (take.length > room && !straddles) continue
      for (const m of take) rows.get(m.id)!.proposedLevel = l.code
      counts.set(l.code, (counts.get(l.code) ?? 0) + take.length)
      remaining = remaining.filter((m) => !take.includes(m))
      if (straddles) {
        const tie = boardTies.find((t) => !t.resolved && t.ids.includes(group[0]!))!
        tie.blockingLevel = l.code
        tie.message = `第 ${tie.rank} 名起 ${group.length} 项并列（结果 ${tie.result.toFixed(2)} 分，★小计 ${tie.keySubtotal.toFixed(2)} 分），${l.label}仅余 ${room} 个名额，须由委员会票决排序。`
        for (const id of group) rows.get(id)!.tieBlocked = true
      }
    }
  }
  for (const r of ranked) {
    const row = rows.get(r.id)!
    const e = entryOf.get(r.id)!
    const from = levels.findIndex((l) => l.code === e.reachedLevel)
    const granted = eligibleLevels(levels, e, decisions)
    row.awaitingVote = (from < 0 ? undefined : levels.slice(from).find((l) => l.requiresVote && !granted.includes(l.code)))?.code ?? null
    row.override = decisions.overrides[r.id] ?? null
    row.decidedLevel = row.override ? row.override.levelCode : row.proposedLevel
  }
  const order = [...ranked.map((r) => r.id), ...input.entries.map((e) => e.id).filter((id) => rows.get(id)!.status !== 'ranked')]
  const all = order.map((id) => rows.get(id)!)
  return {
    rows: all,
    ties: boardTies,
    proposedQuotas: checkQuotas(levels, all.map((r) => r.proposedLevel), entryCount),
    quotas: checkQuotas(levels, all.map((r) => r.decidedLevel), entryCount),
  }
}

/**
 * Why the decided list cannot be published for 公示 yet, in words; empty when it can. Undecided ties
 * that straddle a quota, quotas the decided list breaks, 暂定 results, and an empty list block it.
 */
export function publishBlockers(board: Board): string[] {
  const out: string[] = []
  const provisional = board.rows.filter((r) => r.status === 'provisional').length
  if (provisional) out.push(`${provisional} 项申报评分未完成（暂定结果），完成评分后才能公示。`)
  for (const t of board.ties) if (t.message) out.push(t.message)
  for (const q of board.quotas) if (q.message) out.push(q.message)
  if (!board.rows.some((r) => r.status === 'ranked')) out.push('没有可评定的申报（需有完成评分的申报）。')
  return out
}
