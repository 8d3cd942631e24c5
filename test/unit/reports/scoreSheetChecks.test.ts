import { describe, expect, it } from 'vitest'
import { buildScoreSheetModel } from '../../../src/core/reports/buildScoreSheetModel'
import { renderScoreSheetDocx } from '../../../src/core/reports/docx/scoreSheetDocx'
import { masterTeacherTemplate } from '../../../src/core/rubric/templates/masterTeacher'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'
import { DEFAULT_REPORT_FONTS } from '../../../src/core/domain/reportFonts'
import { docxParagraphs } from '../../helpers/docxText'
import { expectGbtLayout } from '../../helpers/gbtLayout'
import { campaignOf, sheetOf } from '../../helpers/reportFixtures'

// Issue 13: the 专家评分表 prints the eligibility answers, the raised vetoes with their evidence and the 加分项.

const expert = { name: '李明华', unit: '湖南工业职业技术学院', title: '正高级讲师' } as never

describe('专家评分表: 资格条件, 否决事项, 加分项', () => {
  const campaign = campaignOf(masterTeacherTemplate, [{ id: 's1', school: '江苏省常州技师学院', program: '数控加工', applicant: '王建国' }])
  const sheet = sheetOf(masterTeacherTemplate, 's1', 'e1', 'B', {
    eligibility: { E1: 'pass', E2: 'pass', E3: 'fail' },
    vetoFlags: { V3: { evidence: '论文查重报告显示与他人成果重复 62%' } },
    bonus: { B2: 2 },
  })

  it('builds the answers into the model: 符合/不符合/未作答, every veto item, points per bonus item', () => {
    const m = buildScoreSheetModel({ campaign, sheet, expert, groups: DEFAULT_GROUPS })
    expect(m.checks!.eligibility.map((e) => e.answer)).toEqual(['符合', '符合', '不符合', '未作答', '未作答'])
    expect(m.checks!.vetoHeading).toBe('一票否决事项')
    expect(m.checks!.vetoes.filter((v) => v.raised)).toEqual([{ text: '申报材料弄虚作假', raised: true, evidence: '论文查重报告显示与他人成果重复 62%' }])
    expect(m.checks!.vetoes).toHaveLength(4)
    expect(m.checks!.bonus.map((b) => b.points)).toEqual([0, 2, 0])
  })

  it('prints them under 二、评分明细 as numbered sub-sections, keeping 四、回避与诚信声明 where it was', async () => {
    const bytes = await renderScoreSheetDocx(buildScoreSheetModel({ campaign, sheet, expert, groups: DEFAULT_GROUPS }))
    const texts = await docxParagraphs(bytes)
    const order = ['二、评分明细', '（一）资格条件', '（二）指标评分', '（三）一票否决事项', '（四）加分项', '三、评审意见', '四、回避与诚信声明']
    const at = order.map((h) => texts.indexOf(h))
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    const all = texts.join('\n')
    expect(all).toContain('近3年每年完成规定教学工作量')
    expect(texts.filter((t) => t === '不符合')).toHaveLength(1)
    expect(texts.filter((t) => t === '未作答')).toHaveLength(2)
    expect(texts).toContain('论文查重报告显示与他人成果重复 62%')
    expect(texts.filter((t) => t === '提出')).toHaveLength(1)
    expect(texts.filter((t) => t === '未提出')).toHaveLength(3)
    expect(texts).toContain('2/2')
    expect(texts).toContain('项目立项文件、结题或验收证明')
    await expectGbtLayout(bytes, { fonts: DEFAULT_REPORT_FONTS, title: '专家评分表', date: '2026年11月5日' })
  })

  it('calls them 红线事项 on a diagnosis, which has no 资格条件', async () => {
    const c = campaignOf(diagnosticTemplate, [{ id: 's1', school: '江苏省常州技师学院', program: '工业机器人应用与维护' }])
    const s = sheetOf(diagnosticTemplate, 's1', 'e1', 'C', { vetoFlags: { V2: { evidence: '2025年3月实训室触电事故通报' } } })
    const texts = await docxParagraphs(await renderScoreSheetDocx(buildScoreSheetModel({ campaign: c, sheet: s, expert, groups: DEFAULT_GROUPS })))
    expect(texts).toContain('（一）指标评分')
    expect(texts).toContain('（二）红线事项')
    expect(texts).not.toContain('资格条件')
    expect(texts).toContain('2025年3月实训室触电事故通报')
  })
})
