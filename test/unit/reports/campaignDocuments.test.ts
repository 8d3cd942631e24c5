import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenedWorkbench } from '../../../src/core/api/openApi'
import { openDemoWorkbench } from '../../helpers/demoWorkbench'
import { DEFAULT_REPORT_FONTS } from '../../../src/core/domain/reportFonts'
import type { TaskView } from '../../../src/core/api/taskView'
import { docxParagraphs } from '../../helpers/docxText'
import { expectGbtLayout, docxParts } from '../../helpers/gbtLayout'
import { ok } from '../../helpers/tempWorkspace'

// Issue 13: every document kind of a campaign, through the API on the demo workspace (real lowdb files).

let wb: OpenedWorkbench
let campaignId: string
let close: (() => Promise<void>) | undefined

beforeAll(async () => {
  ;({ wb, campaignId, close } = await openDemoWorkbench('wb-docs-'))
}, 120_000)

afterAll(() => close?.())

const bytesOf = (f: { base64: string }) => new Uint8Array(Buffer.from(f.base64, 'base64'))

async function waitTask(id: string): Promise<TaskView> {
  for (;;) {
    const t = ok(await wb.call('tasks.get', { taskId: id }))
    if (t.state !== 'running') return t
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('campaign documents', () => {
  it('lists the kinds that apply with 学校-专业-文书名 file names', async () => {
    const list = ok(await wb.call('reports.documents', { campaignId }))
    expect(list.kinds.map((k) => k.id)).toEqual(['scoreSheet', 'panelOpinion', 'diagnosis'])
    const diag = list.kinds.find((k) => k.id === 'diagnosis')!
    expect(diag.documents.map((d) => d.fileName)).toContain('湖南省机械工业技师学院-工业机器人应用与维护-专业建设诊断报告.docx')
    const sheet = list.kinds.find((k) => k.id === 'scoreSheet')!.documents[0]!
    expect(sheet.fileName).toMatch(/^[^-]+-[^-]+-专家评分表（.+）\.docx$/)
  })

  it('lays out every kind as GB/T 9704 (page, margins, grid, fonts, page numbers, dates)', async () => {
    const list = ok(await wb.call('reports.documents', { campaignId }))
    const titles: Record<string, string> = { scoreSheet: '专家评分表', panelOpinion: '专家组评审意见', diagnosis: '湖南省机械工业技师学院工业机器人应用与维护专业建设诊断报告' }
    for (const k of list.kinds) {
      const d = k.id === 'diagnosis' ? k.documents.find((x) => x.subject === '工业机器人应用与维护' && x.school === '湖南省机械工业技师学院')! : k.documents[0]!
      const bytes = bytesOf(ok(await wb.call('reports.document', { campaignId, kind: k.id, key: d.key })))
      await expectGbtLayout(bytes, { fonts: DEFAULT_REPORT_FONTS, title: titles[k.id]! })
    }
  }, 60_000)

  it('writes the 专家组评审意见 from results.summary: each expert total, the rule, the result and the veto outcome', async () => {
    const summary = ok(await wb.call('results.summary', { campaignId }))
    const row = summary.rows.find((r) => r.submittedCount >= 3)!
    const texts = await docxParagraphs(bytesOf(ok(await wb.call('reports.panelOpinion', { campaignId, submissionId: row.submission.id }))))
    const all = texts.join('\n')
    for (const e of row.experts.filter((x) => x.status === 'submitted')) {
      expect(texts).toContain(e.expertName)
      expect(texts).toContain(e.total!.toFixed(2))
    }
    expect(all).toContain(`合成规则：${summary.ruleText.replace(/。$/, "")}。`)
    expect(all).not.toContain("。。")
    expect(all).toContain(`专家组评审结果：${row.result!.toFixed(2)} 分`)
    expect(all).toContain(`诊断结论：${row.grade} ${row.gradeLabel}`)
    expect(all).toContain('无专家提出红线事项')
    for (const h of ['一、基本情况', '二、专家评分', '三、评审结果', '四、专家组意见', '五、专家组签名']) expect(texts).toContain(h)
    expect(all).toContain('专家组组长（签名）')
  })

  it('refuses a document of a kind that does not exist or of a submission without a submitted sheet', async () => {
    const bad = await wb.call('reports.document', { campaignId, kind: 'nothing', key: 'x' })
    expect(bad.ok).toBe(false)
    const none = await wb.call('reports.panelOpinion', { campaignId, submissionId: 'sub-nobody' })
    expect(none.ok).toBe(false)
    const outside = await wb.call('reports.exportAll', { campaignId, outDir: '/tmp/elsewhere' })
    expect(outside.ok).toBe(false) // a folder outside the workspace only from a trusted door (the CLI)
  })

  it('exports every document of the campaign as a task: .docx per document, a 文书清单 .xlsx, the same bytes again', async () => {
    const list = ok(await wb.call('reports.documents', { campaignId }))
    const count = list.kinds.reduce((n, k) => n + k.documents.length, 0)
    const t1 = await waitTask(ok(await wb.call('reports.exportAll', { campaignId })).id)
    expect(t1.state, JSON.stringify(t1.error)).toBe('done')
    const r1 = t1.kind === 'reports.exportAll' ? t1.result! : null
    expect(r1!.documents).toHaveLength(count)
    const files = await readdir(r1!.dir)
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(count)
    expect(files).toContain(r1!.summary)
    const wbx = new ExcelJS.Workbook()
    await wbx.xlsx.load((await readFile(join(r1!.dir, r1!.summary))) as unknown as ArrayBuffer)
    const sheet = wbx.getWorksheet('文书清单')!
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '学校', '专业/对象', '文书', '文件名', '总分', '结果'])
    expect(sheet.rowCount).toBe(count + 1)
    // download of one exported file through the API (browser mode)
    const folder = r1!.dir.split(/[\\/]/).pop()!
    const one = ok(await wb.call('reports.exportedFile', { campaignId, folder, fileName: r1!.documents[0]!.fileName }))
    expect(Buffer.compare(Buffer.from(one.base64, "base64"), await readFile(join(r1!.dir, r1!.documents[0]!.fileName)))).toBe(0)
    expect((await wb.call('reports.exportedFile', { campaignId, folder, fileName: '../campaign.json' })).ok).toBe(false)
    // the same data gives the same documents
    await new Promise((r) => setTimeout(r, 1100))
    const t2 = await waitTask(ok(await wb.call('reports.exportAll', { campaignId, kinds: ['panelOpinion'] })).id)
    const r2 = t2.kind === 'reports.exportAll' ? t2.result! : null
    expect(r2!.dir).not.toBe(r1!.dir)
    for (const d of r2!.documents) {
      expect(Buffer.compare(await readFile(join(r2!.dir, d.fileName)), await readFile(join(r1!.dir, d.fileName)))).toBe(0)
    }
  }, 120_000)

  it('cancels an export between documents and says how many were written', async () => {
    const t = ok(await wb.call('reports.exportAll', { campaignId }))
    ok(await wb.call('tasks.cancel', { taskId: t.id }))
    const end = await waitTask(t.id)
    expect(end.state).toBe('cancelled')
  })

  it('keeps formula-like text as text in the 问题清单 .xlsx', async () => {
    const sub = ok(await wb.call('results.summary', { campaignId })).rows[0]!.submission
    const k = { campaignId, submissionId: sub.id }
    const v = ok(await wb.call('diagnosis.get', k))
    ok(await wb.call('diagnosis.setIssues', { ...k, expectVersion: v.file.version, issues: [{ kind: 'mustFix', text: '=HYPERLINK("http://x","点我")', owner: '+教务处', deadline: '@2027' }] }))
    const x = ok(await wb.call('diagnosis.issuesXlsx', k))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(x.base64, "base64") as unknown as ArrayBuffer)
    const row = book.getWorksheet('问题清单')!.getRow(2)
    expect(row.getCell(4).value).toBe('=HYPERLINK("http://x","点我")')
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.String)
    expect(row.getCell(5).value).toBe('+教务处')
    expect(row.getCell(6).value).toBe('@2027')
    expect(x.fileName).toBe(`${sub.school}-${sub.program}-问题清单.xlsx`)
  })
})
