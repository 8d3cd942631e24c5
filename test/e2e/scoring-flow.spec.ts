import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { expect, test, type Page } from '@playwright/test'
import { REVIEW_KINDS, type Level } from '../../src/core/domain/rubric'
import { serveWorkbench } from './support/workbench'
import { actAs } from './support/pledge'
import { chooseOption, expectSaved } from './support/antd'
import { INDICATORS, expectedTotal } from './support/expected'
import { signedSubmitInput, signInDialog } from './support/signing'

// level-<code>-<L> names the visible face of a level button (inside its <label>): Playwright follows
// the label to the radio for toBeChecked/toBeDisabled.
// The steps 2–7 in one secretariat session on an empty workspace.
test.describe.configure({ mode: 'serial' })
const wb = serveWorkbench('empty')

const CAMPAIGN = '2026年专业建设诊断（E2E）'
const SCHOOL = '湖南省机械工业技师学院'
const PROGRAM = '工业机器人应用与维护'
const EXPERTS = [
  { name: '王建国', unit: '江苏省机械高级技工学校', title: '高级讲师', group: '智能机电技术应用' },
  { name: '李秀英', unit: '天津市机电工艺技师学院', title: '正高级讲师', group: '机器人技术应用' },
  { name: '张伟', unit: '中国机械工业教育协会', title: '研究员', group: '数字化设计与制造' },
  { name: '刘洋', unit: '广州市机电技师学院', title: '高级实习指导教师', group: '机器人技术应用' },
  { name: '陈静', unit: '徐工集团技能人才评价中心', title: '高级技师', group: '智能制造与智能装备技术应用' },
]

/** Expert 1 (scored in the UI): A and B alternating, two C (86.60, 良好). Dimension 8 is entered from the keyboard. */
const PLAN_1: Record<string, Level> = Object.fromEntries(
  INDICATORS.map((ind, i) => [ind.code, (i % 2 === 1 ? 'B' : i % 7 === 1 ? 'C' : 'A') as Level]),
)
/** Expert 2 (through the API): C with some D (50.70): far below the others. */
const PLAN_2: Record<string, Level> = Object.fromEntries(
  INDICATORS.map((ind, i) => [ind.code, (ind.code === '1.1' || i % 3 === 2 ? 'D' : 'C') as Level]),
)
/** Expert 3 (through the API): all A but the key indicator 1.1 at D (97.20), so the grade is capped at 合格. */
const PLAN_3: Record<string, Level> = Object.fromEntries(INDICATORS.map((ind) => [ind.code, (ind.code === '1.1' ? 'D' : 'A') as Level]))
const TOTAL_1 = expectedTotal(PLAN_1)
const TOTAL_2 = expectedTotal(PLAN_2)
const TOTAL_3 = expectedTotal(PLAN_3)

let page: Page
const pageErrors: string[] = []
let campaignId = ''
let submissionId = ''
const expertIds: string[] = []

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('2 · 新建评审活动 from the 专业建设诊断 template', async () => {
  await page.goto(wb.url)
  await expect(page.getByTestId('workspace-name')).toHaveText(/E2E 专家委员会/)
  await expect(page.getByTestId('save-state')).toHaveText(/已保存/)
  await page.getByTestId('new-campaign').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('8 个一级指标、24 个二级指标')
  await expect(dialog.getByTestId('kind-diagnostic')).toBeChecked()
  // only kinds with a built-in template can be chosen
  const withTemplate = new Set((await wb.api('templates.list', {})).map((t) => t.kind))
  for (const kind of REVIEW_KINDS) {
    const radio = dialog.getByTestId(`kind-${kind}`)
    await (withTemplate.has(kind) ? expect(radio).toBeEnabled() : expect(radio).toBeDisabled())
  }
  await dialog.getByLabel('评审活动名称').fill(CAMPAIGN)
  await dialog.getByTestId('create-campaign-ok').click()
  await expect(page.getByTestId('campaign-title')).toHaveText(CAMPAIGN)
  campaignId = (await page.getByTestId('campaign-page').getAttribute('data-campaign-id'))!
  await expectSaved(page)

  // the frozen rubric, read-only: 8 一级 and 24 二级, key indicators starred
  await page.getByTestId('tab-rubric').click()
  await expect(page.getByTestId('rubric').locator('.rubric-dimension-row')).toHaveCount(8)
  await expect(page.getByTestId('rubric').locator('tbody tr.ant-table-row:not(.rubric-dimension-row)')).toHaveCount(24)
})

test('3 · add 5 experts and a submission by hand', async () => {
  await page.getByTestId('tab-experts').click()
  for (const e of EXPERTS) {
    await page.getByTestId('new-expert').click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('姓名').fill(e.name)
    await dialog.getByLabel('工作单位').fill(e.unit)
    await dialog.getByLabel('职称/职务').fill(e.title)
    await chooseOption(page, dialog.getByTestId('expert-groups'), e.group)
    await dialog.getByLabel('联系方式').fill('0731-88880000')
    await dialog.getByTestId('expert-ok').click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('campaign-experts-table')).toContainText(e.name)
  }
  await expect(page.getByTestId('campaign-experts-table').locator('tbody tr.ant-table-row')).toHaveCount(5)
  await expectSaved(page)

  await page.getByTestId('tab-submissions').click()
  await page.getByTestId('add-submission').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('申报单位').fill(SCHOOL)
  await dialog.getByLabel('专业名称').fill(PROGRAM)
  await chooseOption(page, dialog.getByTestId('submission-group'), '机器人技术应用')
  await dialog.getByLabel('申报联系人').fill('周立新')
  await dialog.getByTestId('submission-ok').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('submissions')).toContainText(SCHOOL)
  await expect(page.getByTestId('submissions')).toContainText('机器人技术应用')

  const campaign = await wb.api('campaigns.get', { campaignId })
  expect(campaign.expertIds).toHaveLength(5)
  expect(campaign.submissions).toHaveLength(1)
  submissionId = campaign.submissions[0]!.id
  const pool = await wb.api('experts.list', {})
  expertIds.push(...EXPERTS.map((e) => pool.find((p) => p.name === e.name)!.id))
})

test('4 · act as an expert and score all 24 indicators', async () => {
  await page.getByTestId('tab-scoring').click()
  await actAs(page, EXPERTS[0]!.name)
  const row = page.getByTestId(`sheet-row-${submissionId}`)
  await expect(row).toContainText('未开始')
  await expect(row).toContainText('0/24')
  await page.getByTestId(`open-sheet-${submissionId}`).click()

  const header = page.getByTestId('sheet-header')
  await expect(header).toContainText(SCHOOL)
  await expect(header).toContainText(PROGRAM)
  await expect(header).toContainText('机器人技术应用')
  await expect(header).toContainText(EXPERTS[0]!.name)
  await expect(page.getByTestId('sheet-total')).toHaveText('0.00')

  // first click: 1.1 is worth 4 points, A = ×1.0
  await page.getByTestId('level-1.1-A').click()
  await expect(page.getByTestId('sheet-total')).toHaveText('4.00')
  await expect(page.getByTestId('sheet-scored')).toHaveText('1/24')
  await expect(page.getByTestId('points-1.1')).toHaveText('4.00')
  await expect(page.getByTestId('descriptor-1.1')).toContainText('A：近三年开展系统的区域产业与岗位需求调研')
  await expectSaved(page)

  // a change of mind is saved too: 1.1 → D (×0.3) and later back
  await page.getByTestId('level-1.1-D').click()
  await expect(page.getByTestId('sheet-total')).toHaveText('1.20')
  await expect(page.getByTestId('level-1.1-D')).toBeChecked()

  // by mouse for dimensions 1–7 …
  const mouse = INDICATORS.filter((i) => !i.code.startsWith('8.'))
  for (const ind of mouse) await page.getByTestId(`level-${ind.code}-${PLAN_1[ind.code]}`).click()
  // … and from the keyboard for dimension 8: a letter picks the level and moves to the next row
  await page.getByTestId('indicator-8.1').locator('input[value=A]').focus()
  for (const ind of INDICATORS.filter((i) => i.code.startsWith('8.'))) await page.keyboard.press(PLAN_1[ind.code]!.toLowerCase())

  await expect(page.getByTestId('sheet-scored')).toHaveText('24/24')
  await expect(page.getByTestId('sheet-total')).toHaveText(TOTAL_1)
  expect(TOTAL_1).toBe('86.60')
  await expect(page.getByTestId('sheet-grade')).toHaveText('良好')
  await expectSaved(page)
  for (const ind of INDICATORS) await expect(page.getByTestId(`level-${ind.code}-${PLAN_1[ind.code]}`)).toBeChecked()

  // what the UI shows is what reached the disk
  const saved = await wb.api('sheets.get', { campaignId, expertId: expertIds[0]!, submissionId })
  expect(saved.result.total.toFixed(2)).toBe(TOTAL_1)
  expect(Object.fromEntries(Object.entries(saved.sheet.entries).map(([k, v]) => [k, v.level]))).toEqual(PLAN_1)
})

test('5 · write a comment and submit the sheet', async () => {
  const comment = '专业定位与区域产业需求对接较好，工学一体化课程改革推进扎实；建议提高一体化教师比例。'
  await page.getByTestId('sheet-comment').fill(comment)
  await page.getByTestId('sheet-header').click() // leave the box: saved on blur
  await expectSaved(page)
  await expect
    .poll(async () => (await wb.api('sheets.get', { campaignId, expertId: expertIds[0]!, submissionId })).sheet.comment)
    .toBe(comment)

  await page.getByTestId('submit-sheet').click()
  await signInDialog(page)
  await expect(page.getByTestId('sheet-status')).toHaveText('已提交')
  await expect(page.getByTestId('level-1.1-A')).toBeDisabled()
  await expect(page.getByTestId('sheet-comment')).toHaveAttribute('readonly', '')
  await expect(page.getByTestId('submit-sheet')).toHaveCount(0)
  await expectSaved(page)

  await page.getByTestId('back-to-list').click()
  await expect(page.getByTestId(`sheet-row-${submissionId}`)).toContainText('已提交')
  await expect(page.getByTestId(`sheet-row-${submissionId}`)).toContainText(TOTAL_1)
})

test('6 · two more experts score (through the API) and the results row shows the mean', async () => {
  for (const [i, plan] of [[1, PLAN_2], [2, PLAN_3]] as const) {
    const key = { campaignId, expertId: expertIds[i]!, submissionId }
    await wb.api('pledges.accept', { campaignId, expertId: expertIds[i]!, declaration: '无' })
    let version = 0
    for (const ind of INDICATORS) {
      version = (await wb.api('sheets.setEntry', { ...key, indicatorCode: ind.code, level: plan[ind.code]!, baseVersion: version })).sheet.version
    }
    await wb.api('sheets.setComment', { ...key, comment: '产业调研缺少佐证材料。', baseVersion: version })
    await wb.api('sheets.submit', await signedSubmitInput(wb.api, key))
  }

  // expert 3's read-only sheet as the secretariat sees it: 97.20, yet 合格 because ★1.1 is at D
  await actAs(page, EXPERTS[2]!.name)
  await page.getByTestId(`open-sheet-${submissionId}`).click()
  await expect(page.getByTestId('sheet-total')).toHaveText(TOTAL_3)
  await expect(page.getByTestId('sheet-grade')).toHaveText('合格')
  await expect(page.getByTestId('grade-cap-reason')).toContainText('关键指标（★）1.1 评为 D')
  await expect(page.getByTestId('sheet-status')).toHaveText('已提交')
  await expect(page.getByTestId('level-2.1-B')).toBeDisabled()

  await page.getByTestId('tab-results').click()
  const totals = [TOTAL_1, TOTAL_2, TOTAL_3].map(Number)
  const meanValue = Math.round((totals.reduce((a, b) => a + b, 0) / 3) * 100) / 100
  const mean = meanValue.toFixed(2)
  expect(mean).toBe('78.17')
  const row = page.getByTestId(`result-row-${submissionId}`)
  await expect(page.getByTestId('rule-text')).toContainText('不足 5 名时取算术平均')
  await expect(row).toContainText(SCHOOL)
  await expect(row).toContainText('3/5')
  // trimmedMean needs 5 submitted totals: with 2 the plain mean applies
  await expect(page.getByTestId(`applied-${submissionId}`)).toHaveText('取平均')
  await expect(page.getByTestId(`applied-${submissionId}`)).toHaveAttribute('data-fell-back', 'true')
  await expect(page.getByTestId(`result-${submissionId}`)).toHaveText(mean)
  // 3 of 5 submitted: the result is 暂定 and not ranked (issue 9 item 3)
  await expect(page.getByTestId(`provisional-${submissionId}`)).toHaveText('暂定 3/5')
  // a 专业建设诊断 is not ranked at all (issue 10): no rank cell, the 暂定 marking above still applies
  await expect(page.getByTestId(`rank-${submissionId}`)).toHaveCount(0)
  await expect(page.getByTestId('provisional-count')).toContainText('不参加排名')
  await expect(page.getByTestId(`cell-${submissionId}-${expertIds[0]}`)).toHaveText(TOTAL_1)
  await expect(page.getByTestId(`cell-${submissionId}-${expertIds[1]}`)).toHaveText(TOTAL_2)
  await expect(page.getByTestId(`cell-${submissionId}-${expertIds[2]}`)).toHaveText(TOTAL_3)
  await expect(page.getByTestId(`cell-${submissionId}-${expertIds[3]}`)).toHaveText('—')
  // more than 15 points from the mean is flagged red (50.70 and 97.20 are; 86.60 is not)
  const flagged = totals.map((t) => Math.abs(t - meanValue) > 15)
  expect(flagged).toEqual([false, true, true])
  for (const [i, f] of flagged.entries()) {
    const cell = page.getByTestId(`cell-${submissionId}-${expertIds[i]}`)
    await (f ? expect(cell).toHaveAttribute('data-flagged', 'true') : expect(cell).not.toHaveAttribute('data-flagged'))
  }
  await page.getByTestId(`cell-${submissionId}-${expertIds[1]}`).hover()
  await expect(page.getByRole('tooltip')).toContainText('超过 15 分')
  const grade = Number(mean) >= 90 ? '优秀' : Number(mean) >= 80 ? '良好' : Number(mean) >= 60 ? '合格' : '不合格'
  await expect(page.getByTestId(`grade-${submissionId}`)).toHaveText(grade)
})

test('7 · export the 专家评分表 .docx through the UI', async () => {
  await page.getByTestId('tab-reports').click()
  const button = page.getByTestId(`export-sheet-${submissionId}-${expertIds[0]}`)
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(download.suggestedFilename()).toBe(`专家评分表_${SCHOOL}_${PROGRAM}_${EXPERTS[0]!.name}.docx`)
  const file = join(await mkdtemp(join(tmpdir(), 'workbench-dl-')), download.suggestedFilename())
  await download.saveAs(file)

  const zip = await JSZip.loadAsync(await readFile(file))
  const xml = await zip.file('word/document.xml')!.async('string')
  // Word may split a phrase over several runs: compare the text without the markup
  const text = xml.replace(/<[^>]+>/g, '')
  for (const expected of [SCHOOL, PROGRAM, EXPERTS[0]!.name, TOTAL_1, '良好', CAMPAIGN]) expect(text).toContain(expected)
})
