import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { expect, test, type Page } from '@playwright/test'
import { masterTeacherTemplate } from '../../src/core/rubric/templates/masterTeacher'
import { serveWorkbench } from './support/workbench'
import { actAs } from './support/pledge'
import { expectSaved } from './support/antd'
import { signInDialog } from './support/signing'

// Issue 10 through the UI: a 名师 roster with two candidates of one school and 专业 both import; one
// is scored, and the candidate — not the 专业 — is named on the sheet and in the exported .docx.
test.describe.configure({ mode: 'serial' })
const wb = serveWorkbench('empty')
const indicators = masterTeacherTemplate.dimensions.flatMap((d) => d.indicators)
const SCHOOL = '湖南省机械工业技师学院'
const PROGRAM = '数控加工（数控车工）'
const A = { name: '周立新', title: '高级讲师', years: 22 }
const B = { name: '谭雪梅', title: '高级实习指导教师', years: 15 }
const ROSTER =
  '\uFEFF学校名称,姓名,性别,出生年份,职称,职务,专业（工种）,教龄,协作组\r\n' +
  `${SCHOOL},${A.name},男,1975,${A.title},教务处处长,${PROGRAM},${A.years},数字化设计与制造\r\n` +
  `${SCHOOL},${B.name},女,1982,${B.title},,${PROGRAM},${B.years},数字化设计与制造\r\n`

let page: Page
const pageErrors: string[] = []
let campaignId = ''
let expertId = ''

test.beforeAll(async ({ browser }) => {
  const expert = await wb.api('experts.add', { name: '李秀英', unit: '天津市机电工艺技师学院', title: '正高级讲师' })
  expertId = expert.id
  const campaign = await wb.api('campaigns.create', { name: '2026年联盟名师评选', kind: 'masterTeacher' })
  campaignId = campaign.id
  await wb.api('campaigns.addExperts', { campaignId, expertIds: [expertId] })
  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('the roster wizard asks for the candidate’s fields, and both candidates of one 专业 import', async () => {
  await page.goto(`${wb.url}#/campaign/${campaignId}/submissions`)
  await page.getByTestId('import-roster').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByTestId('roster-file').locator('input[type=file]').setInputFiles({ name: '名师申报汇总表.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) })
  await expect(dialog.getByTestId('map-name')).toContainText('姓名')
  await expect(dialog.getByTestId('map-years')).toContainText('教龄')
  await expect(dialog.getByTestId('map-program')).toContainText('专业（工种）')
  await dialog.getByTestId('roster-next').click()
  await expect(dialog.getByTestId('roster-summary')).toHaveText('共 2 行，无误 2 行，问题 0 处')
  await expect(dialog.getByTestId('roster-valid')).toContainText(`${A.name}（${SCHOOL}）`)
  await expect(dialog.getByTestId('roster-valid')).toContainText(`${B.name}（${SCHOOL}）`)
  await dialog.getByTestId('roster-next').click()
  await dialog.getByTestId('roster-import').click()
  await expect(dialog.getByTestId('roster-result')).toContainText('已导入 2 项申报')
  await dialog.getByTestId('roster-done').click()

  const subs = (await wb.api('campaigns.get', { campaignId })).submissions
  expect(subs.map((s) => [s.school, s.program, s.subject.kind === 'person' ? s.subject.name : ''])).toEqual([
    [SCHOOL, PROGRAM, A.name],
    [SCHOOL, PROGRAM, B.name],
  ])
  for (const s of subs) await expect(page.getByTestId(`subject-${s.id}`)).toHaveText(s.subject.kind === 'person' ? s.subject.name : '')
})

test('an expert scores one candidate; the sheet names the candidate, and so does the exported .docx', async () => {
  // 19 indicators clicked one by one: on a loaded machine this takes longer than the default 90 s
  test.setTimeout(240_000)
  const sub = (await wb.api('campaigns.get', { campaignId })).submissions.find((s) => s.subject.kind === 'person' && s.subject.name === A.name)!
  await page.getByTestId('tab-scoring').click()
  await actAs(page, '李秀英')
  await expect(page.getByTestId(`sheet-row-${sub.id}`)).toContainText(A.name)
  await page.getByTestId(`open-sheet-${sub.id}`).click()
  await expect(page.getByTestId('sheet-header')).toContainText(A.name)
  await expect(page.getByTestId('sheet-subject')).toContainText(`职称：${A.title}`)
  await expect(page.getByTestId('sheet-subject')).toContainText(`教龄：${A.years} 年`)
  await expect(page.getByTestId('sheet-header')).not.toContainText(B.name)
  for (const ind of indicators) await page.getByTestId(`level-${ind.code}-B`).click()
  for (const e of masterTeacherTemplate.eligibility) await page.getByTestId(`eligibility-${e.code}-pass`).click()
  await expectSaved(page)
  await page.getByTestId('submit-sheet').click()
  await signInDialog(page)
  await expect(page.getByTestId('sheet-status')).toHaveText('已提交')

  await page.getByTestId('tab-reports').click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-sheet-${sub.id}-${expertId}`).click()])
  expect(download.suggestedFilename()).toBe(`专家评分表_${SCHOOL}_${A.name}_李秀英.docx`)
  const file = join(await mkdtemp(join(tmpdir(), 'workbench-dl-')), download.suggestedFilename())
  await download.saveAs(file)
  const xml = await (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')!.async('string')
  const text = xml.replace(/<[^>]+>/g, '')
  for (const expected of ['姓名', A.name, A.title, '专业（工种）', PROGRAM, SCHOOL, '奖项等级（参考）']) expect(text).toContain(expected)
  expect(text).not.toContain(B.name)
})
