import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildDecisionListModel, type DecisionListSource } from '../../../src/core/reports/decisionListModel'
import { buildDecisionListDocx } from '../../../src/core/reports/decisionListFiles'
import { docxParagraphs } from '../../helpers/docxText'
import { expectGbtLayout } from '../../helpers/gbtLayout'
import { REPORT_FONT_PRESETS } from '../../../src/core/domain/reportFonts'

const rules = { aggregation: '取平均', tie: '总分相同者以★小计高者列前', quota: '向下取整', vote: '三分之二', keySubtotal: '★小计：平均' }
const r = (id: string, rank: number | null, result: number | null, decidedLevel: string | null, decidedLabel: string, more: Partial<DecisionListSource['rows'][number]> = {}) => ({
  id, rank, school: `${id}学校`, subject: `成果${id}`, applicant: `人${id}`, result, keySubtotal: result === null ? null : 30,
  status: 'ranked' as const, excludedReason: null, decidedLevel, decidedLabel, ...more,
})

function source(more: Partial<DecisionListSource> = {}): DecisionListSource {
  return {
    campaignName: '2026年度教科研成果评选',
    kindLabel: '教科研成果评选',
    entryCount: 4,
    rules,
    levels: [
      { code: 'special', label: '特等奖', limitText: '不超过 1 项' },
      { code: 'first', label: '一等奖', limitText: '不超过申报总数 4 项的 10%（向下取整），即 0 项' },
    ],
    rows: [
      r('A', 1, 95, 'special', '特等奖'),
      r('B', 2, 90.5, null, '—'),
      r('C', null, 70, null, '不予评定', { status: 'notRated', excludedReason: '一票否决经委员会票决确认：材料造假' }),
      r('D', null, null, null, '—', { status: 'noResult', excludedReason: '尚无评分结果' }),
    ],
    votes: [
      { submissionId: 'A', motionText: '授予特等奖', tally: { text: '出席 5 人，赞成 4 票', short: '赞成 4', passed: true }, superseded: false },
      { submissionId: 'A', motionText: '授予特等奖', tally: { text: '出席 5 人，赞成 1 票', short: '赞成 1', passed: false }, superseded: true },
    ],
    publication: { from: '2026-12-01', to: '2026-12-07', version: 1 },
    ...more,
  }
}

const opts = { issuer: '联盟专家委员会', date: new Date(2026, 11, 8) }

describe('拟表彰名单 / 评审结果汇总表 model', () => {
  it('the 名单 lists decided levels only, grouped per level, with the 公示 period', () => {
    const m = buildDecisionListModel(source(), 'awardList', opts)
    expect(m.title).toBe('2026年度教科研成果评选拟表彰名单')
    expect(m.groups).toEqual([{ heading: '特等奖（1项）', rows: [['1', '成果A', 'A学校', '人A', '95.00']] }])
    expect(m.intro).toContain('公示期为2026年12月1日至2026年12月7日。')
    expect(m.signOff).toEqual({ issuer: '联盟专家委员会', date: '2026年12月8日' })
    expect(m.notes[2]).toBe('名额：特等奖不超过 1 项；一等奖不超过申报总数 4 项的 10%（向下取整），即 0 项。向下取整。')
  })

  it('the 汇总表 lists every entry with votes in force and reasons', () => {
    const m = buildDecisionListModel(source(), 'resultSummary', opts)
    expect(m.groups[0]!.rows).toEqual([
      ['1', '成果A', 'A学校', '95.00', '30.00', '特等奖', '授予特等奖：赞成 4'],
      ['2', '成果B', 'B学校', '90.50', '30.00', '—', '—'],
      ['—', '成果C', 'C学校', '70.00', '30.00', '不予评定', '一票否决经委员会票决确认：材料造假'],
      ['—', '成果D', 'D学校', '—', '—', '—', '尚无评分结果'],
    ])
  })

  it('not yet published, and nobody awarded', () => {
    const m = buildDecisionListModel(source({ publication: null, rows: [r('B', 1, 80, null, '—')] }), 'awardList', opts)
    expect(m.intro).toContain('（尚未公示）')
    expect(m.groups).toEqual([])
  })
})

describe('拟表彰名单 .docx (GB/T 9704 layout)', () => {
  it('A4, GB margins, 3号 仿宋 body, 2号 小标宋 title, page numbers, and the text read back', async () => {
    const bytes = await buildDecisionListDocx(source(), 'awardList', opts)
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/)
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>/)
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"')
    const paras = await docxParagraphs(bytes)
    expect(paras.slice(0, 3)).toEqual(['2026年度教科研成果评选拟表彰名单', '（公示稿）', expect.stringContaining('共受理申报 4 项')])
    expect(paras).toEqual(expect.arrayContaining(['特等奖（1项）', '成果A', '95.00', '联盟专家委员会', '2026年12月8日']))
    const footer = await (await JSZip.loadAsync(bytes)).file(/word\/footer\d\.xml/)[0]!.async('string')
    expect(footer).toContain('PAGE')
    expect(footer).toContain('— ')
  })

  it('the 汇总表 with an empty 名单 still opens with its table', async () => {
    const paras = await docxParagraphs(await buildDecisionListDocx(source(), 'resultSummary', opts))
    expect(paras).toEqual(expect.arrayContaining(['名次', '票决及备注', '授予特等奖：赞成 4']))
    const none = await docxParagraphs(await buildDecisionListDocx(source({ rows: [] }), 'awardList', opts))
    expect(none).toContain('本次评审无拟表彰对象。')
  })

  it('both kinds pass the GB/T 9704 checks in either font set, and the same data gives the same bytes', async () => {
    for (const fonts of [REPORT_FONT_PRESETS.gb, REPORT_FONT_PRESETS.windows]) {
      for (const kind of ['awardList', 'resultSummary'] as const) {
        const bytes = await buildDecisionListDocx(source(), kind, { ...opts, fonts })
        const title = kind === 'awardList' ? '2026年度教科研成果评选拟表彰名单' : '2026年度教科研成果评选评审结果汇总表'
        await expectGbtLayout(bytes, { fonts, title, date: '2026年12月8日' })
      }
    }
    const a = await buildDecisionListDocx(source(), 'awardList', opts)
    const b = await buildDecisionListDocx(source(), 'awardList', opts)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })
})
