import { describe, expect, it } from 'vitest'
import { rankWithTies } from '../../../src/core/decisions/ranking'
import { checkQuotas, quotaLimit, quotaText } from '../../../src/core/decisions/quotas'
import { duplicateVoters, latestVote, tallyVote } from '../../../src/core/decisions/votes'
import { addWorkingDays, periodRefusal, withinPeriod } from '../../../src/core/decisions/rules'
import type { BallotChoice, Vote } from '../../../src/core/domain/decisions'
import type { ExpertId, SubmissionId } from '../../../src/core/domain/ids'

const sids = (...ids: string[]) => ids as SubmissionId[]

const ballots = (...choices: BallotChoice[]) => choices.map((choice, i) => ({ expertId: `e${i}` as ExpertId, choice }))

describe('ranking with tie rules (issue 12)', () => {
  it('orders by result, then by the ★ subtotal, and says which separated them', () => {
    const { ranked, ties } = rankWithTies([
      { id: 'a', result: 88, keySubtotal: 30 },
      { id: 'b', result: 91.5, keySubtotal: 20 },
      { id: 'c', result: 88, keySubtotal: 35.5 },
    ])
    expect(ranked.map((r) => [r.id, r.rank, r.basis])).toEqual([['b', 1, 'result'], ['c', 2, 'keySubtotal'], ['a', 3, 'keySubtotal']])
    expect(ties).toEqual([])
  })

  it('a tie on both keys shares a rank (1, 1, 3) until the committee records its order', () => {
    const entries = [
      { id: 'x', result: 90, keySubtotal: 40 },
      { id: 'y', result: 90, keySubtotal: 40 },
      { id: 'z', result: 80, keySubtotal: 40 },
    ]
    const open = rankWithTies(entries)
    expect(open.ranked.map((r) => r.rank)).toEqual([1, 1, 3])
    expect(open.ties).toEqual([{ ids: ['x', 'y'], result: 90, keySubtotal: 40, rank: 1, resolved: false }])

    const decided = rankWithTies(entries, [{ order: sids('y', 'x'), note: '会评票决 5:2', at: '' }])
    expect(decided.ranked.map((r) => [r.id, r.rank, r.basis])).toEqual([['y', 1, 'vote'], ['x', 2, 'vote'], ['z', 3, 'result']])
    expect(decided.ties[0]).toMatchObject({ ids: ['y', 'x'], resolved: true, note: '会评票决 5:2' })
  })

  it('an order recorded for another set of entries does not decide a tie (a third entry joined it)', () => {
    const entries = ['p', 'q', 'r'].map((id) => ({ id, result: 85.25, keySubtotal: 33.33 }))
    const { ties, ranked } = rankWithTies(entries, [{ order: sids('p', 'q'), note: '旧票决', at: '' }])
    expect(ties[0]!.resolved).toBe(false)
    expect(ranked.every((r) => r.rank === 1 && r.basis === 'tied')).toBe(true)
  })

  it('compares in hundredths: binary noise is no difference, 0.01 is', () => {
    const { ties, ranked } = rankWithTies([
      { id: 'a', result: 0.1 + 0.2, keySubtotal: 1 },
      { id: 'b', result: 0.3, keySubtotal: 1 },
      { id: 'c', result: 0.31, keySubtotal: 1 },
    ])
    expect(ranked[0]!.id).toBe('c')
    expect(ties).toHaveLength(1)
  })

  it('all tied, one entry, none', () => {
    const all = rankWithTies(['a', 'b', 'c', 'd'].map((id) => ({ id, result: 70, keySubtotal: 10 })))
    expect(all.ranked.map((r) => r.rank)).toEqual([1, 1, 1, 1])
    expect(all.ties).toHaveLength(1)
    expect(rankWithTies([{ id: 'solo', result: 50, keySubtotal: 0 }]).ranked).toEqual([{ id: 'solo', result: 50, keySubtotal: 0, rank: 1, basis: 'result' }])
    expect(rankWithTies([])).toEqual({ ranked: [], ties: [] })
  })
})

describe('quotas (名额)', () => {
  it('a share is of all entries and rounded down; with a count too, the smaller applies', () => {
    expect(quotaLimit({ maxShare: 0.1 }, 30)).toBe(3)
    expect(quotaLimit({ maxShare: 0.1 }, 25)).toBe(2)
    expect(quotaLimit({ maxShare: 0.1 }, 6)).toBe(0)
    expect(quotaLimit({ maxShare: 0.2 }, 15)).toBe(3)
    expect(quotaLimit({ maxShare: 0.07 }, 100)).toBe(7) // 0.07 × 100 is 7.000000000000001 in floats
    expect(quotaLimit({ maxCount: 1, maxShare: 0.1 }, 30)).toBe(1)
    expect(quotaLimit({ maxCount: 5, maxShare: 0.1 }, 30)).toBe(3)
    expect(quotaLimit({ maxCount: 0 }, 30)).toBe(0)
    expect(quotaLimit(undefined, 30)).toBeNull()
    expect(quotaLimit({}, 30)).toBeNull()
    expect(quotaLimit({ maxShare: 0.1 }, 0)).toBe(0)
  })

  it('states the rule in words', () => {
    expect(quotaText({ maxCount: 1 }, 30)).toBe('不超过 1 项')
    expect(quotaText({ maxShare: 0.1 }, 25)).toBe('不超过申报总数 25 项的 10%（向下取整），即 2 项')
    expect(quotaText(undefined, 25)).toBe('不限名额')
  })

  it('names the level, the quota and the count when the list breaks one', () => {
    const levels = [
      { code: 'special', label: '特等奖', quota: { maxCount: 1 } },
      { code: 'first', label: '一等奖', quota: { maxShare: 0.1 } },
      { code: 'second', label: '二等奖' },
    ]
    const status = checkQuotas(levels, ['special', 'first', 'first', 'second', 'second', 'second', null], 12)
    expect(status.map((s) => [s.levelCode, s.limit, s.count, s.ok])).toEqual([['special', 1, 1, true], ['first', 1, 2, false], ['second', null, 3, true]])
    expect(status[1]!.message).toBe('一等奖名额为 1 项（不超过申报总数 12 项的 10%（向下取整），即 1 项），名单中有 2 项，超出 1 项。')
    // quota 0: any entry breaks it
    expect(checkQuotas([{ code: 's', label: '特等奖', quota: { maxCount: 0 } }], ['s'], 3)[0]!.message).toBe('特等奖名额为 0 项（不超过 0 项），名单中有 1 项，超出 1 项。')
  })
})

describe('votes (票决, ⌈2/3⌉ of members present)', () => {
  it('passes at exactly ⌈2n/3⌉ 赞成; 弃权 counts as present', () => {
    expect(tallyVote(ballots('for', 'for', 'for', 'for', 'against', 'against'))).toMatchObject({ present: 6, needed: 4, passed: true })
    expect(tallyVote(ballots('for', 'for', 'for', 'against', 'against', 'abstain'))).toMatchObject({ present: 6, needed: 4, passed: false })
    expect(tallyVote(ballots('for', 'for', 'for', 'for', 'abstain'))).toMatchObject({ present: 5, needed: 4, for: 4, abstain: 1, passed: true })
    expect(tallyVote(ballots('for', 'for', 'against', 'abstain', 'abstain'))).toMatchObject({ needed: 4, passed: false })
    expect(tallyVote(ballots('for', 'for', 'against'))).toMatchObject({ needed: 2, passed: true })
    expect(tallyVote(ballots('for'))).toMatchObject({ needed: 1, passed: true })
    expect(tallyVote([])).toMatchObject({ present: 0, passed: false })
  })

  it('states the count and the result', () => {
    expect(tallyVote(ballots('for', 'for', 'for', 'against', 'abstain')).text).toBe(
      '出席 5 人，赞成 3 票、反对 1 票、弃权 1 票；需赞成不少于 4 票（出席人数的三分之二，向上取整），未通过',
    )
  })

  it('a later vote on the same motion replaces the earlier; duplicates are found', () => {
    const v = (id: string, levelCode: string): Vote => ({ id, submissionId: 's1' as SubmissionId, motion: { kind: 'award', levelCode }, ballots: ballots('for'), at: '' })
    const votes = [v('1', 'special'), v('2', 'first'), v('3', 'special')]
    expect(latestVote(votes, 's1', { kind: 'award', levelCode: 'special' })!.id).toBe('3')
    expect(latestVote(votes, 's1', { kind: 'veto', vetoCode: 'special' })).toBeUndefined()
    expect(duplicateVoters([{ expertId: 'a' }, { expertId: 'b' }, { expertId: 'a' }])).toEqual(['a'])
  })
})

describe('公示 period', () => {
  it('5 working days skip the weekend', () => {
    expect(addWorkingDays('2026-12-01', 5)).toBe('2026-12-07') // Tue → next Mon
    expect(addWorkingDays('2026-12-05', 5)).toBe('2026-12-11') // Sat start counts from Mon
    expect(addWorkingDays('2026-12-07', 1)).toBe('2026-12-07')
  })
  it('checks the order of the dates and membership', () => {
    expect(periodRefusal('2026-12-07', '2026-12-01')).toBe('公示期结束日期（2026-12-01）早于开始日期（2026-12-07）。')
    expect(periodRefusal('2026-12-01', '2026-12-01')).toBeNull()
    expect(withinPeriod('2026-12-07', { from: '2026-12-01', to: '2026-12-07' })).toBe(true)
    expect(withinPeriod('2026-12-08', { from: '2026-12-01', to: '2026-12-07' })).toBe(false)
  })
})
