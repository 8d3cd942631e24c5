import { describe, expect, it } from 'vitest'
import { buildBoard, publishBlockers, type BoardEntry, type BoardLevel } from '../../../src/core/decisions/board'
import { changedSincePublication, overrideRefusal, lockedWithoutReason } from '../../../src/core/decisions/rules'
import { EMPTY_DECISIONS, type Decisions, type Vote } from '../../../src/core/domain/decisions'
import type { ExpertId, SubmissionId } from '../../../src/core/domain/ids'

const sids = (...ids: string[]) => ids as SubmissionId[]

// the 教科研成果 levels of docs/domain/review-kinds.md
const LEVELS: BoardLevel[] = [
  { code: 'special', label: '特等奖', min: 92, requiresVote: true, quota: { maxCount: 1 } },
  { code: 'first', label: '一等奖', min: 85, requiresVote: false, quota: { maxShare: 0.1 } },
  { code: 'second', label: '二等奖', min: 75, requiresVote: false, quota: { maxShare: 0.2 } },
]

function reached(result: number): string | null {
  return LEVELS.find((l) => result >= l.min)?.code ?? null
}
function entry(id: string, result: number | null, keySubtotal: number | null = 0, more: Partial<BoardEntry> = {}): BoardEntry {
  return { id, result, keySubtotal, reachedLevel: result === null ? null : reached(result), provisional: false, notRated: null, ...more }
}
const decisions = (d: Partial<Decisions> = {}): Decisions => ({ ...structuredClone(EMPTY_DECISIONS), ...d })
const vote = (submissionId: string, yes: number, no: number, motion: Vote['motion'] = { kind: 'award', levelCode: 'special' }): Vote => ({
  id: `v-${submissionId}`, submissionId: submissionId as SubmissionId, motion, at: '',
  ballots: [...Array(yes).fill('for'), ...Array(no).fill('against')].map((choice, i) => ({ expertId: `e${i}` as ExpertId, choice })),
})

// 20 entries: 一等 ≤ 2, 二等 ≤ 4
const field = (): BoardEntry[] => [
  entry('a', 95, 40), entry('b', 93, 40), entry('c', 88, 40), entry('d', 87, 40), entry('e', 86, 40),
  entry('f', 80, 30), entry('g', 79, 30), entry('h', 60, 20),
  ...Array.from({ length: 12 }, (_, i) => entry(`z${i}`, 50 - i, 10)),
]

describe('the 评定 board (issue 12)', () => {
  it('without a vote 特等 stays empty; quotas push entries down a level in rank order', () => {
    const board = buildBoard({ entries: field(), levels: LEVELS, entryCount: 20, decisions: decisions() })
    const level = (id: string) => board.rows.find((r) => r.id === id)!.proposedLevel
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(level)).toEqual(['first', 'first', 'second', 'second', 'second', 'second', null, null])
    expect(board.rows.find((r) => r.id === 'a')!.awaitingVote).toBe('special')
    expect(board.rows.find((r) => r.id === 'c')!.awaitingVote).toBeNull()
    expect(board.proposedQuotas.every((q) => q.ok)).toBe(true)
    expect(publishBlockers(board)).toEqual([])
  })

  it('a passed ⌈2/3⌉ vote grants 特等 to the first; a failed one does not', () => {
    const passed = buildBoard({ entries: field(), levels: LEVELS, entryCount: 20, decisions: decisions({ votes: [vote('a', 4, 1), vote('b', 3, 2)] }) })
    const level = (id: string) => passed.rows.find((r) => r.id === id)!.proposedLevel
    expect(['a', 'b', 'c', 'd'].map(level)).toEqual(['special', 'first', 'first', 'second'])
    expect(passed.rows[0]!.awaitingVote).toBeNull()
    expect(passed.rows[1]!.awaitingVote).toBe('special')
  })

  it('a tie straddling a quota is kept together, breaks the quota and blocks publication until ordered', () => {
    const entries = [entry('a', 90, 40), entry('b', 86, 35), entry('c', 86, 35), ...Array.from({ length: 17 }, (_, i) => entry(`z${i}`, 40, 0))]
    const open = buildBoard({ entries, levels: LEVELS, entryCount: 20, decisions: decisions() })
    expect(open.rows.slice(0, 3).map((r) => [r.id, r.rank, r.proposedLevel, r.tieBlocked])).toEqual([
      ['a', 1, 'first', false], ['b', 2, 'first', true], ['c', 2, 'first', true],
    ])
    expect(open.ties[0]!.message).toBe('第 2 名起 2 项并列（结果 86.00 分，★小计 35.00 分），一等奖仅余 1 个名额，须由委员会票决排序。')
    expect(open.quotas[1]!.message).toContain('一等奖名额为 2 项')
    // the z… tie gets no level and blocks nothing
    expect(publishBlockers(open)).toEqual([open.ties[0]!.message, open.quotas[1]!.message])
    const decided = buildBoard({ entries, levels: LEVELS, entryCount: 20, decisions: decisions({ tieOrders: [{ order: sids('c', 'b'), note: '票决 4:1', at: '' }] }) })
    expect(decided.rows.slice(0, 3).map((r) => [r.id, r.rank, r.proposedLevel])).toEqual([['a', 1, 'first'], ['c', 2, 'first'], ['b', 3, 'second']])
    expect(publishBlockers(decided)).toEqual([])
  })

  it('a ★-subtotal tie-break decides without a vote', () => {
    const entries = [entry('a', 90, 40), entry('b', 86, 30), entry('c', 86, 35), ...Array.from({ length: 17 }, (_, i) => entry(`z${i}`, 40 - i, 0))]
    const board = buildBoard({ entries, levels: LEVELS, entryCount: 20, decisions: decisions() })
    expect(board.rows.slice(0, 3).map((r) => [r.id, r.rank, r.basis, r.proposedLevel])).toEqual([
      ['a', 1, 'result', 'first'], ['c', 2, 'keySubtotal', 'first'], ['b', 3, 'keySubtotal', 'second'],
    ])
  })

  it('a tiny campaign: 10 % of 3 is no 一等 place, everyone reaching it falls to 二等 (also 0 places) then none', () => {
    const board = buildBoard({ entries: [entry('a', 90), entry('b', 80), entry('c', 70)], levels: LEVELS, entryCount: 3, decisions: decisions() })
    expect(board.rows.map((r) => r.proposedLevel)).toEqual([null, null, null])
    expect(board.quotas.map((q) => q.limit)).toEqual([1, 0, 0])
  })

  it('all tied with room for none: the tie falls through together and blocks nothing', () => {
    const entries = ['a', 'b', 'c', 'd'].map((id) => entry(id, 88, 30))
    const board = buildBoard({ entries, levels: LEVELS, entryCount: 4, decisions: decisions() })
    expect(board.rows.map((r) => [r.rank, r.proposedLevel, r.tieBlocked])).toEqual(Array(4).fill([1, null, false]))
    expect(board.ties).toHaveLength(1)
    expect(publishBlockers(board)).toEqual([])
  })

  it('not rated, vetoed by a committee vote, 暂定 and empty entries take no rank and no level', () => {
    const entries = [
      entry('ok', 90), entry('veto', 95, 40), entry('prov', 99, 0, { provisional: true }),
      entry('nr', 91, 0, { notRated: '一票否决：材料造假（3/5 名专家确认）' }), entry('none', null, null),
    ]
    const d = decisions({ votes: [vote('veto', 4, 2, { kind: 'veto', vetoCode: 'V3' })] })
    const board = buildBoard({ entries, levels: LEVELS.map((l) => ({ ...l, quota: undefined })), entryCount: 5, decisions: d, vetoText: () => '材料造假' })
    const row = (id: string) => board.rows.find((r) => r.id === id)!
    expect(row('ok')).toMatchObject({ rank: 1, proposedLevel: 'first' })
    expect(row('veto')).toMatchObject({ rank: null, status: 'notRated', excludedReason: '一票否决经委员会票决确认：材料造假', decidedLevel: null })
    expect(row('prov')).toMatchObject({ rank: null, status: 'provisional' })
    expect(row('nr')).toMatchObject({ status: 'notRated', excludedReason: '一票否决：材料造假（3/5 名专家确认）' })
    expect(row('none')).toMatchObject({ status: 'noResult' })
    expect(publishBlockers(board)).toEqual(['1 项申报评分未完成（暂定结果），完成评分后才能公示。'])
    // a later vote that fails replaces the confirming one
    const undone = buildBoard({ entries, levels: LEVELS, entryCount: 5, decisions: { ...d, votes: [...d.votes, { ...vote('veto', 2, 4, { kind: 'veto', vetoCode: 'V3' }), id: 'v2' }] } })
    expect(undone.rows.find((r) => r.id === 'veto')!.status).toBe('ranked')
  })

  it('overrides: the decided list may break a quota (the message says so); the rules of an override', () => {
    const d = decisions({ overrides: { c: { levelCode: 'first', reason: '委员会合议', at: '' } } })
    const board = buildBoard({ entries: field(), levels: LEVELS, entryCount: 20, decisions: d })
    expect(board.rows.find((r) => r.id === 'c')!.decidedLevel).toBe('first')
    expect(board.quotas[1]!.message).toBe('一等奖名额为 2 项（不超过申报总数 20 项的 10%（向下取整），即 2 项），名单中有 3 项，超出 1 项。')
    expect(publishBlockers(board)).toEqual([board.quotas[1]!.message])

    const row = (id: string) => board.rows.find((r) => r.id === id)!
    expect(overrideRefusal(row('f'), 'first', LEVELS, d, 'second')).toBe('该申报结果 80.00 分，未达到一等奖分数线 85 分。')
    expect(overrideRefusal(row('a'), 'special', LEVELS, d, 'special')).toBe('特等奖须经委员会票决通过（赞成不少于出席人数的三分之二）后才能评定。')
    expect(overrideRefusal(row('a'), 'second', LEVELS, d, 'special')).toBeNull()
    expect(overrideRefusal(row('a'), null, LEVELS, d, 'special')).toBeNull()
    expect(overrideRefusal(row('a'), 'gold', LEVELS, d, 'special')).toBe('指标体系中没有奖项等级 gold。')
  })

  it('after publication a decision needs a reason', () => {
    const published = decisions({ publications: [{ version: 1, publishedAt: '', from: '2026-12-01', to: '2026-12-07', entries: [] }] })
    expect(lockedWithoutReason(decisions(), undefined)).toBeNull()
    expect(lockedWithoutReason(published, '  ')).toBe('拟表彰名单已公示，评定结果已锁定；公示后变更须填写理由。')
    expect(lockedWithoutReason(published, '异议复核后调整')).toBeNull()
  })

  it('names what changed since the list was published: rank, level, an entry that left or joined', () => {
    const published = [
      { submissionId: 'a', rank: 1, levelCode: 'first' },
      { submissionId: 'b', rank: 2, levelCode: 'second' },
      { submissionId: 'c', rank: 3, levelCode: null },
    ]
    const row = (id: string, rank: number | null, decidedLevel: string | null, status = 'ranked') => ({ id, rank, decidedLevel, status })
    expect(changedSincePublication(published, [row('a', 1, 'first'), row('b', 2, 'second'), row('c', 3, null)])).toEqual([])
    expect(changedSincePublication(published, [row('a', 1, 'first'), row('b', 2, 'first'), row('c', null, null, 'notRated'), row('d', 3, null)])).toEqual(['b', 'd', 'c'])
  })
})
