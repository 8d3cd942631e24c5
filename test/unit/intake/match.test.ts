import { describe, expect, it } from 'vitest'
import { matchByNamingRule } from '../../../src/core/intake/materials/match'
import type { PlannedFile } from '../../../src/core/intake/materials/types'
import type { SubmissionId } from '../../../src/core/domain/ids'

const file = (path: string): PlannedFile => ({ path, name: path.split('/').at(-1)!, sha256: 'a'.repeat(64), size: 1, mime: 'application/pdf' })
const subs = [
  { id: 'S001' as SubmissionId, school: '第一技师学院', program: '工业机器人技术应用' },
  { id: 'S002' as SubmissionId, school: '第二技工学校', program: '数控加工' },
  { id: 'S003' as SubmissionId, school: '第二技工学校', program: '数控加工（智能制造方向）' },
]

describe('matchByNamingRule', () => {
  it('by submission id: top-level folder or file-name prefix; unmatched files reported', () => {
    const r = matchByNamingRule([file('S001/申报书.pdf'), file('S002_视频.mp4'), file('S002.pdf'), file('其他/说明.pdf'), file('S0019.pdf')], subs, 'submissionId')
    expect(r.files.map((f) => f.submissionId)).toEqual(['S001', 'S002', 'S002', undefined, undefined])
    expect(r.unmatched.map((f) => f.path)).toEqual(['其他/说明.pdf', 'S0019.pdf'])
  })

  it('by 学校_专业, NFC and trimmed, longest key first, through a common wrapper folder', () => {
    const r = matchByNamingRule(
      [
        file('2024材料/第一技师学院_工业机器人技术应用/申报书.pdf'),
        file('2024材料/ 第二技工学校_数控加工 /a.pdf'),
        file('2024材料/第二技工学校_数控加工（智能制造方向）_申报书.pdf'),
        file('2024材料/第二技工学校_数控加工_视频.mp4'),
      ],
      subs,
      'schoolProgram',
    )
    expect(r.files.map((f) => f.submissionId)).toEqual(['S001', 'S002', 'S003', 'S002'])
    expect(r.unmatched).toEqual([])
  })

  it('decomposed (NFD) names still match', () => {
    const r = matchByNamingRule([file('École_Design/a.pdf'.normalize('NFD'))], [{ id: 'S9' as SubmissionId, school: 'École', program: 'Design' }], 'schoolProgram')
    expect(r.files[0]!.submissionId).toBe('S9')
  })

  it('a key shared by two submissions matches nothing and is reported', () => {
    const twins = [
      { id: 'A' as SubmissionId, school: '甲校', program: '乙专业' },
      { id: 'B' as SubmissionId, school: '甲校', program: '乙专业' },
    ]
    const r = matchByNamingRule([file('甲校_乙专业/a.pdf')], twins, 'schoolProgram')
    expect(r.unmatched).toHaveLength(1)
    expect(r.ambiguous).toEqual(['甲校_乙专业'])
  })
})
