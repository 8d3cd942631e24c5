import { describe, expect, it } from 'vitest'
import type { ExpertId } from '../../../src/core/domain/ids'
import type { ConflictDecision, Expert, Submission } from '../../../src/core/domain/workspace'
import { autoAssign } from '../../../src/core/panel/assign'
import { conflictMatrix, pairKey } from '../../../src/core/panel/conflicts'
import { defaultSettings, expert, generateInstance, GROUP_NAMES, schoolNames, submission } from './generate'

const YEAR = 2025
const units = schoolNames(150).slice(100) // schools nobody below submits from

/** `n` experts of `group`, each from another unit. */
const pool = (prefix: string, n: number, group: string, from = 0): Expert[] =>
  Array.from({ length: n }, (_v, i) => expert(`${prefix}${i}`, units[from + i]!, [group]))

function run(submissions: Submission[], experts: Expert[], over: Parameters<typeof defaultSettings>[0] = {}, decisions: Record<string, ConflictDecision> = {}) {
  const settings = defaultSettings(over)
  const matrix = conflictMatrix(experts, submissions, settings, YEAR, decisions)
  return autoAssign({ submissions, experts, settings, matrix, seed: 'problems', groupNames: GROUP_NAMES })
}

function problems(r: ReturnType<typeof run>) {
  if (r.ok) throw new Error('expected the draw to fail')
  return r.problems
}

const robot = submission('r1', '湖南省机械工业技师学院', 'g2', { program: '工业机器人应用与维护' })

describe('autoAssign explains why no valid assignment exists', () => {
  it('too few clear field experts in the submission’s group', () => {
    const experts = [...pool('r', 3, 'g2'), expert('same', '湖南机械工业技师学院', ['g2']), ...pool('o', 6, 'g1', 10)]
    expect(problems(run([robot], experts))).toEqual([
      {
        kind: 'fewField',
        submissionId: 'r1',
        message: '湖南省机械工业技师学院「工业机器人应用与维护」：机器人技术应用 组只有 3 名无回避专家，需要 4 名（5 人专家组的三分之二）',
      },
    ])
  })

  it('too few experts overall, said once rather than per submission', () => {
    const subs = [robot, submission('r2', '长沙市汽车技师学院', 'g2')]
    const ps = problems(run(subs, pool('r', 4, 'g2')))
    expect(ps.map((p) => p.message)).toEqual(['可用专家只有 4 名，不足 5 人'])
  })

  it('a cap too low for the seats needed', () => {
    const { submissions, experts } = generateInstance(63, 30)
    expect(problems(run(submissions, experts, { expertCap: 10 }))).toContainEqual({
      kind: 'capacity',
      message: '专家负荷上限 10 份，现有专家总容量 300 份，少于需要的 315 份',
    })
  })

  it('a cap too low for one group’s field seats', () => {
    const subs = ['长沙', '株洲', '武汉', '南京'].map((c, i) => submission(`r${i}`, `${c}市汽车技师学院`, 'g2'))
    const experts = [...pool('r', 4, 'g2'), ...pool('o', 10, 'g1', 10)]
    expect(problems(run(subs, experts, { expertCap: 3 }))).toEqual([
      { kind: 'groupCapacity', message: '机器人技术应用 组 4 名专家负荷上限各 3 份，共 12 份，少于该组 4 份申报所需的 16 份' },
    ])
  })

  it('an undecided suspected conflict, until the secretariat decides it', () => {
    const experts = [...pool('r', 6, 'g2'), expert('sim', '湖南机工', ['g2'], { name: '赵强' })]
    const ps = problems(run([robot], experts))
    expect(ps).toHaveLength(1)
    expect(ps[0]).toMatchObject({ kind: 'undecidedConflict', expertId: 'sim', submissionId: 'r1' })
    expect(ps[0]!.message).toBe(
      '专家「赵强」（湖南机工）与湖南省机械工业技师学院「工业机器人应用与维护」存在疑似回避，尚未确认：' +
        '专家工作单位「湖南机工」与申报单位「湖南省机械工业技师学院」名称相近，疑似同一单位。请秘书处先确认是否回避',
    )

    const decided = { [pairKey('sim', 'r1')]: { decision: 'noConflict', reason: '不同单位', at: '2025-03-02' } satisfies ConflictDecision }
    expect(run([robot], experts, {}, decided).ok).toBe(true)
  })

  it('an even panel size', () => {
    expect(problems(run([robot], pool('r', 8, 'g2'), { size: 4 }))).toEqual([{ kind: 'evenSize', message: '专家组人数应为奇数，当前设置为 4 人' }])
  })

  it('enough experts but from too few units', () => {
    const experts = [0, 1, 2, 3, 4, 5].map((i) => expert(`u${i}`, i < 3 ? '徐州市工程技师学院' : '徐州工程技师学院（徐州工程高级技工学校）', ['g2']))
    experts.push(expert('u6', units[0]!, ['g2']))
    // two clusters (the second name is the same unit as the first) of 6, plus one more unit: at most 2 + 1 = 3
    expect(problems(run([robot], experts)).map((p) => p.kind)).toEqual(['unitLimited', 'fieldUnitLimited'])
    expect(problems(run([robot], experts))[0]!.message).toBe(
      '湖南省机械工业技师学院「工业机器人应用与维护」：无回避专家集中在少数单位，每个单位至多 2 人，最多只能组成 3 人的专家组，不足 5 人',
    )
  })

  it('a kept member who is blocked', () => {
    const experts = [...pool('r', 6, 'g2'), expert('same', '湖南机械工业技师学院', ['g2'], { name: '钱伟' })]
    const settings = defaultSettings()
    const matrix = conflictMatrix(experts, [robot], settings, YEAR)
    const r = autoAssign({ submissions: [robot], experts, settings, matrix, seed: 'x', existing: { r1: { expertIds: ['same' as ExpertId] } } })
    expect(problems(r)).toEqual([
      {
        kind: 'existingBlocked',
        submissionId: 'r1',
        expertId: 'same',
        message:
          '湖南省机械工业技师学院「工业机器人应用与维护」：已选专家「钱伟」需回避（专家工作单位「湖南机械工业技师学院」与申报单位「湖南省机械工业技师学院」相同），请先将其移出专家组',
      },
    ])
  })

  it('a panel the draw cannot complete although every necessary condition holds', () => {
    // both submissions come from b's school, so only a can judge either, and a may judge only one
    const subs = [submission('s1', '无锡市数控技师学院', 'g2'), submission('s2', '无锡数控技师学院', 'g2')]
    const experts = [expert('a', units[0]!, ['g2']), expert('b', '无锡市数控技师学院', ['g2'])]
    const r = run(subs, experts, { size: 1, fieldShare: 1, expertCap: 1 })
    const ps = problems(r)
    expect(ps).toHaveLength(1)
    expect(ps[0]!.kind).toBe('unsolved')
    expect(ps[0]!.message).toMatch(
      /^无锡市?数控技师学院「专业s\d」：在负荷上限和同单位人数限制下无法组成专家组（已尝试与其他专家组调换成员）；机器人技术应用 组专家只凑到 0 名，需要 1 名$/,
    )
  })
})
