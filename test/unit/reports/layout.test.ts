import { describe, expect, it } from 'vitest'
import { buildScoreSheetModel } from '../../../src/core/reports/buildScoreSheetModel'
import { renderScoreSheetDocx } from '../../../src/core/reports/docx/scoreSheetDocx'
import { dosDateTime, stampZipEntries } from '../../../src/core/reports/docx/stablePackage'
import { gbtSection, imageParagraph, packReport } from '../../../src/core/reports/docx/gbt9704'
import { verificationQrPng } from '../../../src/core/reports/docx/signatureBlock'
import JSZip from 'jszip'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import { allIndicators } from '../../../src/core/rubric/indicators'
import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'
import { REPORT_FONT_PRESETS, presetOf } from '../../../src/core/domain/reportFonts'
import type { Campaign, ScoreSheet } from '../../../src/core/domain/workspace'
import type { ReportFonts } from '../../../src/core/domain/reportFonts'
import { docxParts, expectGbtLayout } from '../../helpers/gbtLayout'
import { ok, tempWorkbench } from '../../helpers/tempWorkspace'

// Issue 13 "Layout": one font setting, GB/T 9704 on every document, the same data → the same bytes.

function sheetDocx(fonts: ReportFonts, submittedAt = '2026-11-05T02:00:00.000Z') {
  const rubric = structuredClone(diagnosticTemplate)
  const campaign = {
    id: 'cmp-l',
    name: '2026年度专业建设诊断',
    kind: 'diagnostic',
    rubric,
    submissions: [{ id: 'sub-l', school: '江苏省常州技师学院', program: '工业机器人应用与维护', groupId: DEFAULT_GROUPS[0]!.id, applicant: '', subject: { kind: 'program' }, createdAt: '', materials: [], extra: {} }],
  } as unknown as Campaign
  const sheet = {
    submissionId: 'sub-l',
    expertId: 'exp-l',
    rubricVersion: rubric.version,
    entries: Object.fromEntries(allIndicators(rubric).map((i) => [i.code, { level: 'B' as const }])),
    eligibility: {},
    vetoFlags: {},
    bonus: {},
    comment: '实训基地建设需进一步加强。',
    dimensionNotes: {},
    highlights: '',
    status: 'submitted',
    version: 2,
    updatedAt: submittedAt,
    submittedAt,
  } as unknown as ScoreSheet
  const model = buildScoreSheetModel({ campaign, sheet, expert: { name: '李明华', unit: '湖南工业职业技术学院', title: '正高级讲师' } as never, groups: DEFAULT_GROUPS, fonts })
  return renderScoreSheetDocx(model)
}

describe('GB/T 9704 layout and packing', () => {
  it('lays out the 专家评分表 as GB/T 9704 with the GB font names, a 22 × 28 grid and an unpadded date', async () => {
    const bytes = await sheetDocx(REPORT_FONT_PRESETS.gb)
    await expectGbtLayout(bytes, { fonts: REPORT_FONT_PRESETS.gb, title: '专家评分表', date: '2026年11月5日' })
  })

  it('uses the Windows names when the workspace setting says so, and none of the GB names', async () => {
    const bytes = await sheetDocx(REPORT_FONT_PRESETS.windows)
    await expectGbtLayout(bytes, { fonts: REPORT_FONT_PRESETS.windows, title: '专家评分表' })
    const p = await docxParts(bytes)
    for (const gb of ['仿宋_GB2312', '方正小标宋简体', '楷体_GB2312']) {
      expect(p.document + p.styles + p.footers.join('')).not.toContain(gb)
    }
  })

  it('gives the same bytes for the same data, dated by the data, not the clock', async () => {
    const a = await sheetDocx(REPORT_FONT_PRESETS.gb)
    await new Promise((r) => setTimeout(r, 2100)) // past the zip format's 2-second clock
    const b = await sheetDocx(REPORT_FONT_PRESETS.gb)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    const core = (await docxParts(a)).core
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-05T02:00:00Z</dcterms:created>')
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-05T02:00:00Z</dcterms:modified>')
    // another date → other bytes
    const c = await sheetDocx(REPORT_FONT_PRESETS.gb, '2026-11-06T02:00:00.000Z')
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false)
  }, 20_000)

  it('gives the same bytes for a document with pictures exported twice in one process (drawing ids per document, not per process)', async () => {
    const png = await verificationQrPng('ABCD-EFGH-JKLM-NPQR')
    const pictures = () =>
      packReport({
        title: '图片文书',
        fonts: REPORT_FONT_PRESETS.gb,
        sections: [gbtSection(REPORT_FONT_PRESETS.gb, [imageParagraph(png, 120, 120), imageParagraph(png, 60, 60)])],
        date: new Date('2026-11-05T02:00:00Z'),
      })
    const a = await pictures()
    const b = await pictures()
    const ids = async (bytes: Uint8Array) => [...(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])
    expect(await ids(a)).toEqual(['1', '2'])
    expect(await ids(b)).toEqual(['1', '2'])
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  it('stamps every zip entry with the document date (local header and central directory)', async () => {
    const bytes = await sheetDocx(REPORT_FONT_PRESETS.gb)
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const { time, date } = dosDateTime(new Date('2026-11-05T02:00:00Z'))
    let entries = 0
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const sig = v.getUint32(i, true)
      if (sig === 0x04034b50) {
        expect([v.getUint16(i + 10, true), v.getUint16(i + 12, true)]).toEqual([time, date])
        entries++
      }
    }
    expect(entries).toBeGreaterThan(10)
    expect(() => stampZipEntries(new Uint8Array(30), new Date())).toThrow(/end of central directory/)
  })

  it('keeps the font setting in the workspace: presets, own names, and refusals', async () => {
    const wb = await tempWorkbench()
    try {
      const first = ok(await wb.call('reports.fonts', {}))
      expect(first.preset).toBe('gb')
      expect(first.fonts.body).toBe('仿宋_GB2312')
      const win = ok(await wb.call('reports.setFonts', { preset: 'windows' }))
      expect(win.fonts).toEqual(REPORT_FONT_PRESETS.windows)
      expect(ok(await wb.call('reports.fonts', {})).preset).toBe('windows')
      const own = { ...REPORT_FONT_PRESETS.windows, body: 'FangSong' }
      const custom = ok(await wb.call('reports.setFonts', { fonts: own }))
      expect(custom.preset).toBe('custom')
      const bad = await wb.call('reports.setFonts', { fonts: { ...own, title: '' } })
      expect(bad.ok).toBe(false)
      if (!bad.ok) expect(bad.error.message).toContain('字体名称不能为空')
      expect(ok(await wb.call('reports.fonts', {})).fonts.body).toBe('FangSong')
      expect(presetOf(REPORT_FONT_PRESETS.gb)).toBe('gb')
    } finally {
      await wb.cleanup()
    }
  })
})
