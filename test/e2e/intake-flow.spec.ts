import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { expect, test, type Page } from '@playwright/test'
import { openWorkbench, type OpenedWorkbench } from '../../src/core/api/openApi'
import { attachmentFile } from '../../src/core/api/attachmentFile'
import { DEFAULT_GROUPS } from '../../src/core/domain/groups'
import { startBridge, type Bridge } from '../../src/bridge/server'
import type { In, MethodName, Out } from '../../src/core/api/contract'
import type { Envelope } from '../../src/core/api/envelope'
import { chooseOption, expectSaved } from './support/antd'

// Issue 4 through the UI on an empty workspace: roster import with a bad row, a materials zip with
// progress (and a cancelled one), the 承诺书 before scoring, the PDF beside the form, 回避 and the
// seeded draw. The files are made here: an .xlsx with exceljs, a .zip with jszip holding hand-written PDFs.
test.describe.configure({ mode: 'serial' })

const root = resolve(import.meta.dirname, '../..')
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-intake'
const YEAR = new Date().getFullYear()

const S1 = { school: '湖南省机械工业技师学院', program: '工业机器人应用与维护', group: '机器人技术应用', applicant: '周立新' }
const S2 = { school: '江苏省常州技师学院', program: '数控加工', group: '数字化设计与制造', applicant: '李明' }
const BAD = { school: '广东省机械技师学院', program: '模具制造', group: '不存在的协作组', applicant: '王芳' }
const SEED = 'E2E-2026-intake'
const PANEL_SIZE = 3

// ---- the workbench: like support/workbench.ts, plus the attachment door the viewer loads from ----

let opened: OpenedWorkbench | undefined
let bridge: Bridge | undefined
let dir = ''
let base = ''

async function api<M extends MethodName>(method: M, input: In<M>): Promise<Out<M>> {
  const res = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bridge!.token}` },
    body: JSON.stringify(input),
  })
  const env = (await res.json()) as Envelope<Out<M>>
  if (!env.ok) throw new Error(`${method}: ${env.error.code} ${env.error.message}`)
  return env.value
}

// ---- files made in the test ----

/**
 * A one-page PDF written by hand (objects, xref with byte offsets, trailer): a title in Helvetica and a
 * filled blue bar, so a rendered page has coloured pixels. `padding` adds an unreferenced stream of
 * random bytes to make the file large (incompressible) without changing what is drawn.
 */
function handWrittenPdf(title: string, padding = 0, chinese = ''): Buffer {
  // Chinese text as UCS-2 codes in a font the file does not embed: pdf.js needs the UniGB-UCS2-H CMap
  const cjk = chinese ? `BT /F2 24 Tf 72 700 Td <${[...chinese].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}> Tj ET\n` : ''
  const content = `BT /F1 28 Tf 72 760 Td (${title}) Tj ET\n${cjk}0.12 0.37 0.65 rg 72 560 451 120 re f\n`
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> /Contents 5 0 R >>'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    Buffer.from(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}endstream`),
    Buffer.from(
      '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 ' +
        '/BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 ' +
        '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 ' +
        '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>] >>',
    ),
  ]
  if (padding) {
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${padding} >>\nstream\n`), randomBytes(padding), Buffer.from('\nendstream')]))
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')]
  const offsets: number[] = []
  let at = parts[0]!.length
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')])
    offsets.push(at)
    parts.push(obj)
    at += obj.length
  })
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('')
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`))
  return Buffer.concat(parts)
}

async function rosterXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('申报汇总')
  ws.addRow(['序号', '申报单位', '专业名称', '协作组', '申报人'])
  ;[S1, S2, BAD].forEach((s, i) => ws.addRow([i + 1, s.school, s.program, s.group, s.applicant]))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A 1×1 PNG. */
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

/** The smallest .docx Word opens: content types, the package relationship and one paragraph. */
async function minimalDocx(): Promise<Buffer> {
  const docx = new JSZip()
  docx.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  )
  docx.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  )
  docx.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>专业简介</w:t></w:r></w:p></w:body></w:document>',
  )
  return docx.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

async function materialsZip(): Promise<Buffer> {
  const zip = new JSZip()
  const dir1 = `${S1.school}_${S1.program}`
  const dir2 = `${S2.school}_${S2.program}`
  zip.file(`${dir1}/申报书.pdf`, handWrittenPdf('Shen Bao Shu - E2E'))
  // ~9 MB stored, so the upload takes three chunks and the progress bar is there to see
  zip.file(`${dir1}/佐证材料.pdf`, handWrittenPdf('Zuo Zheng Cai Liao', 9 * 1024 * 1024, '佐证材料：实训基地建设'), { compression: 'STORE' })
  zip.file(`${dir2}/申报书.pdf`, handWrittenPdf('Changzhou'))
  zip.file(`${dir2}/实训室照片.png`, ONE_PIXEL_PNG)
  zip.file(`${dir2}/专业简介.docx`, await minimalDocx())
  zip.file(`${dir2}/logo.svg`, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
  zip.file('未知学校_未知专业/说明.pdf', handWrittenPdf('Unmatched'))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

// ---- the session ----

let page: Page
const pageErrors: string[] = []
let campaignId = ''
let s1 = ''
let s2 = ''
let wang = ''
let li = ''
let zip: Buffer

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) })
}

/** The rendered page 1 of the PDF inside `scope`: a canvas of non-zero size with the blue bar's pixels. */
async function expectPdfRendered(scope: ReturnType<Page['getByTestId']>): Promise<void> {
  const pageBox = scope.getByTestId('pdf-page-1')
  await expect(pageBox).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 })
  const canvas = pageBox.getByTestId('pdf-canvas')
  const stats = await canvas.evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!
    const { data } = ctx.getImageData(0, 0, c.width, c.height)
    let blue = 0
    for (let i = 0; i < data.length; i += 4) if (data[i + 2]! > 120 && data[i]! < 80) blue++
    return { width: c.width, height: c.height, blue }
  })
  expect(stats.width).toBeGreaterThan(100)
  expect(stats.height).toBeGreaterThan(100)
  expect(stats.blue).toBeGreaterThan(1000)
}

test.beforeAll(async ({ browser }) => {
  await mkdir(SHOTS, { recursive: true })
  dir = await mkdtemp(join(tmpdir(), 'workbench-e2e-intake-'))
  opened = await openWorkbench(dir, { create: { name: 'E2E 专家委员会', groups: DEFAULT_GROUPS }, door: 'e2e' })
  const wb = opened
  bridge = await startBridge({ call: wb.call, attachment: (sha) => attachmentFile(wb, sha), staticDir: join(root, 'out/renderer') })
  base = `http://127.0.0.1:${bridge.port}`
  zip = await materialsZip()

  const template = (await api('templates.list', {})).find((t) => t.kind === 'diagnostic')!
  campaignId = (await api('campaigns.create', { name: '2026年专业建设诊断（材料与分配 E2E）', kind: 'diagnostic', source: { type: 'template', templateId: template.id } })).id

  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
})

test.afterAll(async () => {
  await page?.close()
  await bridge?.close()
  await opened?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('1 · 导入申报汇总表: map the columns, see the bad 协作组, import the valid rows only', async () => {
  await page.goto(`${bridge!.url}#/campaign/${campaignId}/submissions`)
  await expect(page.getByTestId('submissions')).toBeVisible()
  await page.getByTestId('import-roster').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByTestId('roster-file').locator('input[type=file]').setInputFiles({
    name: '2026年申报汇总表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await rosterXlsx(),
  })

  // 对应列: guessed from the headers; the 序号 column stays unmapped
  await expect(dialog.getByTestId('roster-mapping')).toContainText('共 3 行数据、5 列')
  await expect(dialog.getByTestId('map-school')).toContainText('申报单位')
  await expect(dialog.getByTestId('map-program')).toContainText('专业名称')
  await expect(dialog.getByTestId('map-group')).toContainText('协作组')
  await expect(dialog.getByTestId('map-applicant')).toContainText('申报人')
  await shot('01-roster-mapping')
  await dialog.getByTestId('roster-next').click()

  // 预览与校验: two good rows, the third names a 协作组 that does not exist (spreadsheet row 4)
  await expect(dialog.getByTestId('roster-summary')).toHaveText('共 3 行，无误 2 行，问题 1 处')
  const problems = dialog.getByTestId('roster-problems')
  await expect(problems).toContainText('4')
  await expect(problems).toContainText('协作组“不存在的协作组”不存在')
  await shot('02-roster-problems')
  await dialog.getByTestId('roster-valid-tab').click()
  await expect(dialog.getByTestId('roster-valid').locator('tbody tr.ant-table-row')).toHaveCount(2)
  await expect(dialog.getByTestId('roster-valid')).toContainText(S1.school)
  await expect(dialog.getByTestId('roster-valid')).toContainText('机器人技术应用')
  await dialog.getByTestId('roster-next').click()

  // 导入: 全部导入 is refused while a row has a problem
  await expect(dialog.getByTestId('mode-all')).toBeDisabled()
  await expect(dialog.getByTestId('mode-valid-only')).toBeChecked()
  await expect(dialog.getByTestId('roster-commit')).toContainText('导入 2 行，跳过有问题的 1 行')
  await shot('03-roster-commit')
  await dialog.getByTestId('roster-import').click()
  await expect(dialog.getByTestId('roster-result')).toContainText('已导入 2 项申报')
  await expect(dialog.getByTestId('roster-result')).toContainText('跳过有问题的 1 行')
  await dialog.getByTestId('roster-done').click()
  await expect(dialog).toBeHidden()

  const table = page.getByTestId('submissions-table')
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(2)
  await expect(table).toContainText(S2.school)
  await expect(table).not.toContainText(BAD.school)
  await expectSaved(page)
  const campaign = await api('campaigns.get', { campaignId })
  expect(campaign.submissions.map((s) => [s.school, s.program, s.applicant])).toEqual([
    [S1.school, S1.program, S1.applicant],
    [S2.school, S2.program, S2.applicant],
  ])
  s1 = campaign.submissions[0]!.id
  s2 = campaign.submissions[1]!.id
  expect(campaign.rosterMapping).toMatchObject({ school: '申报单位', program: '专业名称', group: '协作组', applicant: '申报人' })

  // the filters: by 协作组 and by status
  await chooseOption(page, page.getByTestId('filter-group'), S2.group)
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1)
  await expect(page.getByTestId('submission-count')).toHaveText('显示 1 / 2 项申报')
  await page.getByTestId('filter-group').locator('.ant-select-clear').click()
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(2)
})

test('2 · 导入材料: a zip matched by 学校_专业 with progress; SVG skipped, an unknown folder unmatched', async () => {
  await page.getByTestId('import-materials').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByTestId('materials-rule')).toContainText('学校_专业')
  await dialog.getByTestId('materials-file').locator('input[type=file]').setInputFiles({ name: '申报材料.zip', mimeType: 'application/zip', buffer: zip })
  await expect(dialog).toContainText('申报材料.zip')
  await dialog.getByTestId('materials-start').click()
  await expect(dialog).toBeHidden()

  const job = page.getByTestId('materials-job')
  await expect(job.getByTestId('materials-progress')).toBeVisible()
  await expect(job.locator('.ant-progress')).toBeVisible()
  await expect(job.getByTestId('materials-cancel')).toBeVisible()
  await expect(job).toHaveAttribute('data-phase', 'done', { timeout: 30_000 })
  await expect(job.getByTestId('materials-attached')).toHaveText('已关联 5 个文件')
  await expect(job.getByTestId('materials-unmatched')).toContainText('未知学校_未知专业/说明.pdf')
  await expect(job.getByTestId('materials-skipped')).toContainText('logo.svg')
  await expect(job.getByTestId('materials-skipped')).toContainText('SVG 图片可能含有脚本')
  await expect(page.getByTestId(`material-count-${s1}`)).toHaveText('2')
  await expect(page.getByTestId(`material-count-${s2}`)).toHaveText('3')
  await shot('04-materials-result')

  // a submission's details: its materials and the PDF preview
  await page.getByTestId(`submission-details-${s1}`).click()
  const drawer = page.locator('.ant-drawer-section')
  await expect(drawer.getByTestId('materials-table').locator('tbody tr.ant-table-row')).toHaveCount(2)
  await expect(drawer.getByTestId('materials-table')).toContainText('PDF 文档')
  await drawer.getByTestId('preview-申报书.pdf').click()
  await expectPdfRendered(drawer.getByTestId('drawer-viewer'))
  await shot('05-submission-drawer')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()

  // an image is shown as an image; a .docx as its paragraphs of plain text, never as HTML
  await page.getByTestId(`submission-details-${s2}`).click()
  await expect(drawer.getByTestId('materials-table')).toContainText('Word 文档')
  await drawer.getByTestId('preview-实训室照片.png').click()
  await expect(drawer.getByTestId('material-image')).toBeVisible()
  expect(await drawer.getByTestId('material-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1)
  await drawer.getByTestId('preview-专业简介.docx').click()
  await expect(drawer.getByTestId('docx-text')).toHaveText('专业简介')
  await shot('05b-docx-text')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
})

test('3 · 取消 stops an import while it uploads: nothing changes', async () => {
  await page.getByTestId('materials-job-close').click()
  // slow the chunks down so there is time to press 取消 during the upload
  await page.route('**/api/uploads.chunk', async (route) => {
    await new Promise((r) => setTimeout(r, 700))
    await route.continue()
  })
  await page.getByTestId('import-materials').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByTestId('materials-file').locator('input[type=file]').setInputFiles({ name: '申报材料（重复）.zip', mimeType: 'application/zip', buffer: zip })
  await dialog.getByTestId('materials-start').click()
  const job = page.getByTestId('materials-job')
  await expect(job).toHaveAttribute('data-phase', 'uploading')
  await expect(job.getByTestId('materials-progress')).toContainText('正在上传')
  await job.getByTestId('materials-cancel').click()
  await expect(job).toHaveAttribute('data-phase', 'cancelled')
  await expect(job).toContainText('导入已取消')
  await page.unroute('**/api/uploads.chunk')
  const campaign = await api('campaigns.get', { campaignId })
  expect(campaign.submissions.map((s) => s.materials.length)).toEqual([2, 3])
  await page.getByTestId('materials-job-close').click()
})

test('4 · a new expert with 回避 data, the 承诺书, and the PDF beside the scoring form', async () => {
  await page.getByTestId('tab-experts').click()
  await page.getByTestId('new-expert').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('姓名').fill('王建国')
  await dialog.getByLabel('工作单位').fill('天津市机电工艺技师学院')
  await dialog.getByLabel('职称/职务').fill('正高级讲师')
  await chooseOption(page, dialog.getByTestId('expert-groups'), S1.group)
  // a multiple select stays open after a pick
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: S2.group }).click()
  await dialog.locator('.ant-modal-title').click()
  await dialog.getByTestId('expert-fields').locator('input').fill('工业机器人')
  await page.keyboard.press('Enter')
  await dialog.getByTestId('add-former-unit').click()
  const former = dialog.getByTestId('former-0')
  await former.getByPlaceholder('单位名称').fill(S2.school)
  await former.getByPlaceholder('起始年').fill('2012')
  await former.getByPlaceholder('截止年').fill(String(YEAR - 1))
  await dialog.getByTestId('add-relation').click()
  const relation = dialog.getByTestId('relation-0')
  await chooseOption(page, relation.locator('.ant-select'), '项目合作者')
  await relation.getByPlaceholder('姓名').fill(S2.applicant)
  await relation.getByPlaceholder('所在单位').fill(S2.school)
  await relation.getByPlaceholder('最近年份').fill(String(YEAR - 1))
  await shot('06-expert-modal')
  await dialog.getByTestId('expert-ok').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('campaign-experts-table')).toContainText('曾任 1 个单位，申报关系 1 项')
  await expectSaved(page)
  const pool = await api('experts.list', {})
  const w = pool.find((e) => e.name === '王建国')!
  wang = w.id
  expect(w.formerUnits).toEqual([{ unit: S2.school, from: 2012, to: YEAR - 1 }])
  expect(w.relations).toEqual([{ kind: 'projectPartner', name: S2.applicant, unit: S2.school, year: YEAR - 1 }])
  expect(w.fields).toEqual(['工业机器人'])

  // 评分 as 王建国: the 承诺书 comes first, the list only after signing
  await page.getByTestId('tab-scoring').click()
  await chooseOption(page, page.getByTestId('act-as'), '王建国')
  await expect(page.getByTestId('pledge')).toBeVisible()
  await expect(page.getByTestId('pledge-text')).toContainText('严格遵守保密纪律')
  await expect(page.getByTestId('sheet-list')).toHaveCount(0)
  await expect(page.getByTestId('pledge-declaration')).toHaveValue('无')
  await shot('07-pledge')
  await page.getByTestId('pledge-declaration').fill('曾在江苏省常州技师学院任职，申请回避该校申报。')
  await page.getByTestId('pledge-sign').click()
  await expect(page.getByTestId('pledge-signed')).toContainText('已于')
  await expect(page.getByTestId('sheet-list')).toBeVisible()
  const signed = (await api('campaigns.get', { campaignId })).pledges[wang]
  expect(signed?.declaration).toBe('曾在江苏省常州技师学院任职，申请回避该校申报。')

  // the form on the left, the materials on the right; the PDF renders into a canvas
  await page.getByTestId(`open-sheet-${s1}`).click()
  await expect(page.getByTestId('score-sheet')).toBeVisible()
  const pane = page.getByTestId('materials-pane')
  await expect(pane).toContainText('2 份')
  await pane.getByTestId('material-tab-申报书.pdf').click()
  await expectPdfRendered(pane)
  await expect(pane.getByTestId('pdf-pages')).toHaveText('共 1 页')
  const form = await page.getByTestId('score-sheet').boundingBox()
  const viewer = await pane.boundingBox()
  expect(viewer!.x).toBeGreaterThan(form!.x + form!.width - 1)
  // scoring still works beside the viewer
  await page.getByTestId('level-1.1-A').click()
  await expect(page.getByTestId('sheet-total')).toHaveText('4.00')
  await expectSaved(page)
  await shot('08-scoring-with-pdf')
  // the form scrolls; the viewer stays in view beside it
  await page.locator('#app-content').evaluate((e) => e.scrollTo(0, 1500))
  await expect(pane).toBeInViewport({ ratio: 0.95 })
  await expect(page.getByTestId('sheet-summary')).toBeInViewport()
  await shot('08b-scoring-scrolled')
  await page.locator('#app-content').evaluate((e) => e.scrollTo(0, 0))
  // the second file's Chinese text needs a CMap: bundled with the app and fetched from it
  const cmap = page.waitForResponse((r) => /UniGB-UCS2-H-[\w-]+\.bcmap$/.test(new URL(r.url()).pathname))
  await pane.getByTestId('material-tab-佐证材料.pdf').click()
  expect((await cmap).status()).toBe(200)
  await expectPdfRendered(pane)
  await shot('08c-pdf-cjk')
  await page.getByTestId('back-to-list').click()
})

test('5 · 回避: the certain and the suspected conflicts, and the 认定 of the suspected one', async () => {
  const experts = [
    { name: '李秀英', unit: '机械工业技师学院', groupIds: ['g2', 'g3'] },
    { name: '张伟', unit: '中国机械工业教育协会', groupIds: ['g2', 'g3'] },
    { name: '刘洋', unit: '广州市机电技师学院', groupIds: ['g2'] },
    { name: '陈静', unit: '徐工集团技能人才评价中心', groupIds: ['g3'] },
    { name: '赵磊', unit: '杭州技师学院', groupIds: ['g2', 'g3'] },
    { name: '孙丽', unit: '成都市技师学院', groupIds: ['g2', 'g3'] },
  ]
  const ids: string[] = []
  for (const e of experts) ids.push((await api('experts.add', { ...e, title: '高级讲师' })).id)
  await api('campaigns.addExperts', { campaignId, expertIds: ids })
  li = ids[0]!
  await page.reload()
  await page.getByTestId('tab-experts').click()
  await expect(page.getByTestId('campaign-experts-table').locator('tbody tr.ant-table-row')).toHaveCount(7)

  const conflicts = await api('conflicts.list', { campaignId })
  expect(conflicts.map((c) => [c.expertName, c.submissionId, c.status]).sort()).toEqual(
    [
      ['李秀英', s1, 'suspected'],
      ['王建国', s2, 'blocked'],
    ].sort(),
  )
  await page.getByTestId('panel-tab-conflicts').click()
  const certain = page.getByTestId(`conflict-${wang}-${s2}`)
  await expect(certain.getByTestId('conflict-tag')).toHaveText('确定回避')
  await expect(certain).toContainText(`专家曾在「${S2.school}」工作`)
  await expect(certain).toContainText('项目合作者「李明」')
  await expect(certain.getByTestId('decide-clear')).toHaveCount(0)
  const suspected = page.getByTestId(`conflict-${li}-${s1}`)
  await expect(suspected.getByTestId('conflict-tag')).toHaveText('疑似回避')
  await expect(suspected).toContainText('名称相近，疑似同一单位')
  await expect(page.getByTestId('conflicts-pending')).toHaveText('待认定 1 项')
  await shot('09-conflicts')

  // the draw refuses while the suspected conflict is undecided, and says why
  await page.getByTestId('panel-tab-assign').click()
  await page.getByTestId('panel-size').fill(String(PANEL_SIZE))
  await page.getByTestId('panel-save').click()
  await expectSaved(page)
  expect((await api('campaigns.get', { campaignId })).panel.size).toBe(PANEL_SIZE)
  await page.getByTestId('seed-input').fill(SEED)
  await page.getByTestId('auto-assign').click()
  const error = page.getByTestId('assign-error')
  await expect(error).toContainText('无法完成分配')
  await expect(error.locator('li')).toContainText(['存在疑似回避，尚未确认'])
  await shot('10-assign-refused')

  await page.getByTestId('panel-tab-conflicts').click()
  await suspected.getByTestId('decide-clear').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('认定为无需回避')
  await dialog.getByTestId('decide-reason').fill('经核实，湖南省机械工业技师学院与机械工业技师学院为两所学校。')
  await dialog.getByTestId('decide-ok').click()
  await expect(dialog).toBeHidden()
  await expect(suspected.getByTestId('conflict-tag')).toHaveText('已认定无需回避')
  await expect(suspected).toContainText('秘书处认定无需回避：经核实')
  await expect(page.getByTestId('conflicts-pending')).toHaveCount(0)
})

test('6 · 自动分配 with a fixed seed: every submission gets a panel of the configured size; the draw reproduces', async () => {
  await page.getByTestId('panel-tab-assign').click()
  await expect(page.getByTestId('seed-input')).toHaveValue(SEED)
  await page.getByTestId('auto-assign').click()
  await expect(page.getByTestId('draw-seed')).toContainText(SEED)
  const campaign = await api('campaigns.get', { campaignId })
  const draw = campaign.draws.at(-1)!
  expect(draw.seed).toBe(SEED)
  await expect(page.getByTestId('draw-hash')).toContainText(draw.resultHash)

  for (const id of [s1, s2]) {
    const row = page.getByTestId(`panel-row-${id}`)
    await expect(row.getByTestId('panel-member')).toHaveCount(PANEL_SIZE)
    await expect(row.getByTestId('panel-size-cell')).toHaveText(`${PANEL_SIZE}/${PANEL_SIZE}`)
    await expect(row.locator('.chair-mark')).toHaveText('组长')
    expect(campaign.assignments[id]!.expertIds).toHaveLength(PANEL_SIZE)
  }
  // 回避 held: 王建国 never judges the school he worked at
  expect(campaign.assignments[s2]!.expertIds).not.toContain(wang)
  await expect(page.getByTestId(`panel-row-${s2}`)).not.toContainText('王建国')
  await shot('11-assigned')
  await page.locator('#app-content').evaluate((e) => e.scrollTo(0, e.scrollHeight))
  await shot('11b-assigned-matrix')
  await page.locator('#app-content').evaluate((e) => e.scrollTo(0, 0))

  // the same seed again, replacing the draw: the same result hash
  await page.getByTestId('auto-assign').click()
  await page.getByTestId('replace-ok').click()
  await expect.poll(async () => (await api('campaigns.get', { campaignId })).draws.length).toBe(2)
  const again = (await api('campaigns.get', { campaignId })).draws.at(-1)!
  expect(again.resultHash).toBe(draw.resultHash)
  await expect(page.getByTestId('draw-hash')).toContainText(draw.resultHash)

  // a manual change needs a reason, and lands in the log
  const row = page.getByTestId(`panel-row-${s1}`)
  const first = row.getByTestId('panel-member').first()
  const removedName = (await first.innerText()).replace('组长', '').trim()
  await first.getByTestId('panel-member-remove').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByTestId('change-ok').click()
  await expect(dialog).toContainText('手动调整分配必须填写理由')
  await dialog.getByTestId('change-reason').fill('专家因出差不能参加本轮评审')
  await dialog.getByTestId('change-ok').click()
  await expect(dialog).toBeHidden()
  await expect(row.getByTestId('panel-member')).toHaveCount(PANEL_SIZE - 1)
  await expect(row.getByTestId('panel-size-cell')).toContainText('不足')

  // 组长 set by hand, with a reason
  const other = row.getByTestId('panel-member').filter({ has: page.getByTestId('panel-make-chair') }).first()
  await other.getByTestId('panel-make-chair').click()
  await dialog.getByTestId('change-reason').fill('熟悉该专业')
  await dialog.getByTestId('change-ok').click()
  await expect(dialog).toBeHidden()
  await expect.poll(async () => (await api('campaigns.get', { campaignId })).assignmentLog.at(-1)?.action).toBe('chair')
  const chairId = (await api('campaigns.get', { campaignId })).assignments[s1]!.chairId!
  await expect(row.locator('.chair-mark')).toHaveCount(1)
  expect(chairId).toBeTruthy()
  await page.getByTestId('panel-tab-log').click()
  await expect(page.getByTestId('draw-history').locator('tbody tr.ant-table-row')).toHaveCount(2)
  await expect(page.getByTestId('draw-history')).toContainText(SEED)
  await expect(page.getByTestId('assignment-log')).toContainText('专家因出差不能参加本轮评审')
  await expect(page.getByTestId('assignment-log')).toContainText(removedName)
  await expect(page.getByTestId('assignment-log')).toContainText(`随机抽取（种子 ${SEED}）`)
  await shot('12-assignment-log')

  // 盲评 is a switch that takes effect at once
  await page.getByTestId('panel-tab-assign').click()
  await page.getByTestId('blind-switch').click()
  await expectSaved(page)
  expect((await api('campaigns.get', { campaignId })).blind).toBe(true)
  await shot('13-assign-tab')
})
