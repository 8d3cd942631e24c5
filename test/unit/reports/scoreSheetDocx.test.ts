import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { renderScoreSheetDocx } from '../../../src/core/reports/docx/scoreSheetDocx'
import { DEFAULT_REPORT_FONTS, type ScoreSheetReportModel } from '../../../src/core/reports/scoreSheetModel'
import { chineseDate } from '../../../src/core/util/chineseDate'

function row(
  dimensionName: string,
  dimensionPoints: number,
  indicatorCode: string,
  indicatorName: string,
  key: boolean,
  points: number,
  level: string,
  levelLabel: string,
  score: number | null,
): ScoreSheetReportModel['rows'][number] {
  return { dimensionName, dimensionPoints, indicatorCode, indicatorName, key, points, level, levelLabel, score }
}

function model(overrides: Partial<ScoreSheetReportModel> = {}): ScoreSheetReportModel {
  return {
    title: '专家评分表',
    campaignName: '2026年度联盟院校专业建设诊断',
    reviewKindLabel: '专业建设诊断',
    rubricName: '专业建设诊断指标体系（2026版）',
    rubricVersion: 2,
    submission: {
      id: 'SUB-2026-017',
      school: '江苏省常州技师学院',
      program: '工业机器人应用与维护',
      groupName: '智能制造协作组',
      applicant: '王建国',
    },
    expert: { name: '李明华', unit: '湖南工业职业技术学院', title: '正高级讲师' },
    rows: [
      row('专业定位与产业对接', 10, '1.1', '产业需求调研与专业定位', true, 6, 'B', '良', 4.8),
      row('专业定位与产业对接', 10, '1.2', '专业规划与动态调整', false, 4, 'A', '优', 4),
      row('人才培养方案与工学一体化', 14, '2.1', '人才培养方案', true, 8, 'C', '中', 4.8),
      row('人才培养方案与工学一体化', 14, '2.2', '工学一体化实施', false, 6, 'B', '良', 4.8),
      row('师资队伍', 16, '3.1', '专业带头人', false, 6, 'A', '优', 6),
      row('师资队伍', 16, '3.2', '队伍结构', true, 10, 'D', '差', 3),
    ],
    dimensionSubtotals: [
      { name: '专业定位与产业对接', max: 10, score: 8.8 },
      { name: '人才培养方案与工学一体化', max: 14, score: 9.6 },
      { name: '师资队伍', max: 16, score: 9 },
    ],
    total: 27.4,
    max: 40,
    gradeText: 'C 合格',
    gradeCapReason: '关键指标“队伍结构”评为D，总评等次最高为C',
    comment: '该专业产业调研扎实，人才培养方案较完整。\n一体化教师比例偏低，建议加强企业实践。',
    declaration: '本人承诺与申报单位不存在回避情形，独立、客观、公正评审，对评审材料保密。',
    submittedDate: '2026年11月28日',
    issuedAt: '2026-11-28T02:00:00.000Z',
    sheetVersion: 3,
    submittedVersion: 3,
    verificationCode: '7K3Q-9XPD-2MRA',
    fonts: DEFAULT_REPORT_FONTS,
    ...overrides,
  }
}

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (path: string) => {
    const f = zip.file(path)
    if (!f) throw new Error(`missing ${path}`)
    return f.async('string')
  }
  const footerPaths = Object.keys(zip.files).filter((p) => /^word\/footer\d+\.xml$/.test(p))
  return {
    document: await read('word/document.xml'),
    settings: await read('word/settings.xml'),
    footers: await Promise.all(footerPaths.map(read)),
  }
}

/** The text of each paragraph: its w:t contents joined, XML entities decoded. */
function paragraphTexts(xml: string): string[] {
  const decode = (s: string) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
  return [...xml.matchAll(/<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''),
  )
}

describe('renderScoreSheetDocx', () => {
  it('lays the page out as GB/T 9704 A4 with the body font for Chinese text', async () => {
    const { document } = await open(await renderScoreSheetDocx(model()))
    expect(document).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/)
    const margins = document.match(/<w:pgMar [^>]*\/>/)?.[0] ?? ''
    expect(margins).toContain('w:top="2098"')
    expect(margins).toContain('w:left="1588"')
    expect(margins).toContain('w:right="1474"')
    expect(margins).toContain('w:bottom="1984"')
    // body runs: 仿宋_GB2312 for East Asian text, 3号, fixed 28.9 pt lines, 2-character first-line indent
    expect(document).toMatch(/<w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/)
    expect(document).toMatch(/<w:spacing [^>]*w:line="578"[^>]*w:lineRule="exact"/)
    expect(document).toContain('w:firstLineChars="200"')
    expect(document).toContain('<w:sz w:val="32"/>')
    // title 2号 in the title font, headings in 黑体
    expect(document).toMatch(/<w:rFonts [^>]*w:eastAsia="方正小标宋简体"[^>]*\/>(?:<[^>]+>)*<w:sz w:val="44"\/>/)
    expect(document).toMatch(/<w:rFonts [^>]*w:eastAsia="黑体"/)
    // everything black
    expect(document).not.toMatch(/<w:color w:val="(?!000000)[0-9A-Fa-f]{6}"/)
  })

  it('writes the header, every indicator, levels, scores, total, grade, comment and sign-off', async () => {
    const m = model()
    const { document } = await open(await renderScoreSheetDocx(m))
    const texts = paragraphTexts(document)
    const all = texts.join('\n')

    expect(texts).toContain('专家评分表')
    expect(texts).toContain('2026年度联盟院校专业建设诊断')
    for (const s of ['江苏省常州技师学院', '工业机器人应用与维护', '智能制造协作组', '王建国']) {
      expect(texts).toContain(s)
    }
    // named by school and program as the user knows it; the internal id is only a small reference in the footer
    expect(all).not.toContain('SUB-2026-017')
    expect(all).not.toContain('申报编号')
    for (const s of ['李明华', '湖南工业职业技术学院', '正高级讲师', '专业建设诊断', '专业建设诊断指标体系（2026版）（第2版）']) {
      expect(texts).toContain(s)
    }
    for (const h of ['一、基本信息', '二、评分明细', '三、评审意见', '四、回避与诚信声明']) expect(texts).toContain(h)
    for (const h of ['一级指标', '二级指标', '分值', '等级', '得分']) expect(texts).toContain(h)

    // every indicator, ★ before the key ones only
    expect(texts).toContain('★1.1 产业需求调研与专业定位')
    expect(texts).toContain('1.2 专业规划与动态调整')
    expect(texts).toContain('★2.1 人才培养方案')
    expect(texts).toContain('2.2 工学一体化实施')
    expect(texts).toContain('3.1 专业带头人')
    expect(texts).toContain('★3.2 队伍结构')
    // 一级指标 with points and subtotal, shown once each
    for (const [name, pts, sub] of [
      ['专业定位与产业对接', '（10分）', '小计 8.80'],
      ['人才培养方案与工学一体化', '（14分）', '小计 9.60'],
      ['师资队伍', '（16分）', '小计 9.00'],
    ] as const) {
      expect(texts.filter((t) => t === name)).toHaveLength(1)
      expect(texts).toContain(pts)
      expect(texts).toContain(sub)
    }
    // levels and their labels
    for (const l of ['A', 'B', 'C', 'D', '优', '良', '中', '差']) expect(texts).toContain(l)
    // scores with two decimals, in row order
    const scores = texts.filter((t) => /^\d+\.\d\d$/.test(t))
    expect(scores).toEqual(['4.80', '4.00', '4.80', '4.80', '6.00', '3.00', '27.40'])
    // total row and max
    const totalAt = texts.indexOf('合计')
    expect(totalAt).toBeGreaterThan(-1)
    expect(texts.slice(totalAt, totalAt + 4)).toEqual(['合计', '40', '', '27.40'])
    expect(texts).toContain('评定等次')
    expect(texts).toContain('C 合格')
    expect(texts).toContain('（关键指标“队伍结构”评为D，总评等次最高为C）')
    expect(texts).toContain('注：标★者为关键指标。')

    // comment one paragraph per line, declaration, sign-off
    expect(texts).toContain('该专业产业调研扎实，人才培养方案较完整。')
    expect(texts).toContain('一体化教师比例偏低，建议加强企业实践。')
    expect(texts).toContain(m.declaration)
    expect(all).toMatch(/专家签名：_{8,}/)
    expect(texts).toContain('日期：2026年11月28日')
    expect(texts).toContain('验证码：7K3Q-9XPD-2MRA')
    // the sign-off comes after the declaration
    expect(texts.indexOf('日期：2026年11月28日')).toBeGreaterThan(texts.indexOf(m.declaration))
  })

  it('merges each 一级指标 cell over its rows and repeats the header row', async () => {
    const { document } = await open(await renderScoreSheetDocx(model()))
    expect(document.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(3)
    expect(document.match(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/g)).toHaveLength(3)
    expect(document).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/)
    // a 一级指标's rows stay together: all but its last row are kept with the next
    const paragraphWith = (text: string) =>
      [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => p[0]).find((p) => p.includes(`>${text}<`)) ?? ''
    expect(paragraphWith('★1.1 产业需求调研与专业定位')).toContain('<w:keepNext/>')
    expect(paragraphWith('1.2 专业规划与动态调整')).not.toContain('<w:keepNext/>')
    // black borders on the tables
    expect(document).toMatch(/<w:tblBorders>[\s\S]*?w:color="000000"/)
  })

  it('puts "— page —" in both footers, on opposite sides, with even/odd footers switched on', async () => {
    const { footers, settings } = await open(await renderScoreSheetDocx(model()))
    expect(footers).toHaveLength(2)
    for (const f of footers) {
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
      expect(f).toContain('— ')
      expect(f).toContain(' —')
      expect(f).toMatch(/<w:rFonts [^>]*w:eastAsia="宋体"/)
      expect(f).toContain('<w:sz w:val="28"/>')
      expect(f).toContain('评分表第3版 · 编号 SUB-2026-017')
    }
    expect(settings).toContain('<w:evenAndOddHeaders')
  })

  it('says so when there is no comment and no verification code yet', async () => {
    const { document } = await open(
      await renderScoreSheetDocx(
        model({ comment: '  ', verificationCode: null, gradeCapReason: undefined, rows: model().rows.map((r) => ({ ...r, key: false })) }),
      ),
    )
    const texts = paragraphTexts(document)
    expect(texts).toContain('（无）')
    expect(texts).toContain('验证码：（签署后生成）')
    expect(texts.some((t) => t.startsWith('★'))).toBe(false)
    expect(texts).not.toContain('注：标★者为关键指标。')
    expect(texts.some((t) => t.startsWith('（关键指标'))).toBe(false)
  })

  it('honours the fonts the user picked', async () => {
    const fonts = { body: '仿宋', title: '宋体', heading: '黑体', subheading: '楷体', pageNumber: '宋体' }
    const { document } = await open(await renderScoreSheetDocx(model({ fonts })))
    expect(document).toMatch(/<w:rFonts [^>]*w:eastAsia="仿宋"/)
    expect(document).not.toContain('仿宋_GB2312')
  })
})

describe('chineseDate', () => {
  it('writes full year, month and day without zero padding', () => {
    expect(chineseDate(new Date(2026, 10, 28))).toBe('2026年11月28日')
    expect(chineseDate(new Date(2026, 10, 5))).toBe('2026年11月5日')
    expect(chineseDate(new Date(2027, 0, 1))).toBe('2027年1月1日')
    expect(() => chineseDate(new Date('not a date'))).toThrow(RangeError)
  })
})
