import type { BallotChoice, Motion, Vote } from '../domain/decisions'
import { twoThirds } from '../scoring/panelRules'

export const BALLOT_LABELS: Record<BallotChoice, string> = { for: '赞成', against: '反对', abstain: '弃权' }

export interface VoteTally {
  for: number
  against: number
  abstain: number
  /** committee members present: every member who cast a ballot, 弃权 included */
  present: number
  /** ⌈2/3 × present⌉ 赞成 needed */
  needed: number
  passed: boolean
  text: string
  /** the same in a table cell: "赞成 4、反对 1、弃权 0（需 4 票），通过" */
  short: string
}

/**
 * 票决 (issue 12; docs/domain/review-kinds.md: 特等奖 "≥ 2/3 vote", a veto "stands if ≥ 2/3 confirm"):
 * a motion passes when 赞成 ≥ ⌈2/3 × members present⌉ (twoThirds: integer arithmetic, 2/3 of 6 is 4).
 * 弃权 counts as present and not in favour. No ballots: nothing passes.
 */
export function tallyVote(ballots: ReadonlyArray<{ choice: BallotChoice }>): VoteTally {
  const count = (c: BallotChoice) => ballots.filter((b) => b.choice === c).length
  const present = ballots.length
  const needed = twoThirds(present)
  const yes = count('for')
  const passed = present > 0 && yes >= needed
  return {
    for: yes,
    against: count('against'),
    abstain: count('abstain'),
    present,
    needed,
    passed,
    short: `赞成 ${yes}、反对 ${count('against')}、弃权 ${count('abstain')}（需 ${needed} 票），${passed ? '通过' : '未通过'}`,
    text: `出席 ${present} 人，赞成 ${yes} 票、反对 ${count('against')} 票、弃权 ${count('abstain')} 票；需赞成不少于 ${needed} 票（出席人数的三分之二，向上取整），${passed ? '通过' : '未通过'}`,
  }
}

function sameMotion(a: Motion, b: Motion): boolean {
  return a.kind === 'award' ? b.kind === 'award' && a.levelCode === b.levelCode : b.kind === 'veto' && a.vetoCode === b.vetoCode
}

/** The latest vote on this motion for this entry: a later vote replaces an earlier one. */
export function latestVote(votes: readonly Vote[], submissionId: string, motion: Motion): Vote | undefined {
  return [...votes].reverse().find((v) => v.submissionId === submissionId && sameMotion(v.motion, motion))
}

/** Ballots must come from distinct members; returns the ids cast more than once. */
export function duplicateVoters(ballots: ReadonlyArray<{ expertId: string }>): string[] {
  const seen = new Set<string>()
  const dup = new Set<string>()
  for (const b of ballots) (seen.has(b.expertId) ? dup : seen).add(b.expertId)
  return [...dup]
}
