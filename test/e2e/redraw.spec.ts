import { expect, test, type Page } from '@playwright/test'
import type { Level } from '../../src/core/domain/rubric'
import { serveWorkbench, type Workbench } from './support/workbench'
import { actAs } from './support/pledge'
import { INDICATORS, expectedTotal } from './support/expected'
import { signedSubmitInput } from './support/signing'

// Issue 9 items 1–3 and 17: a re-draw after scoring keeps every submitted sheet and every result; each
// results row shows its own 3-member panel; a 1-of-3 result is 暂定 and not ranked; an infeasible draw
// can draw the feasible part.
test.describe.configure({ mode: 'serial', timeout: 180_000 })
const wb = serveWorkbench('empty')

const UNITS = ['天津市机电工艺技师学院', '江苏省机械高级技工学校', '中国机械工业教育协会', '徐工集团技能人才评价中心', '重庆工业技师学院', '浙江机电技师学院', '北京市工贸技师学院']
const SCHOOLS = ['湖北省工业技师学院', '湖南省机械工业技师学院', '山东省工业技师学院', '河南省机械高级技工学校']
const plan = (l: Level) => Object.fromEntries(INDICATORS.map((i) => [i.code, l])) as Record<string, Level>
const LEVELS: Level[] = ['A', 'B', 'C']

let page: Page
const pageErrors: string[] = []
let campaignId = ''
const subs: string[] = []
let panel0: string[] = []
const names = new Map<string, string>()

async function score(api: Workbench['api'], expertId: string, submissionId: string, level: Level) {
  const key = { campaignId, expertId, submissionId }
  for (const ind of INDICATORS) await api('sheets.setEntry', { ...key, indicatorCode: ind.code, level })
  await api('sheets.submit', await signedSubmitInput(api, key))
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
  const experts = []
  for (const [i, unit] of UNITS.entries()) experts.push(await wb.api('experts.add', { name: `专家${'甲乙丙丁戊己庚'[i]}`, unit, groupIds: ['g2'] }))
  for (const e of experts) names.set(e.id, e.name)
  const c = await wb.api('campaigns.create', { name: '重抽与结果（E2E）', kind: 'diagnostic' })
  campaignId = c.id
  await wb.api('campaigns.addExperts', { campaignId, expertIds: experts.map((e) => e.id) })
  await wb.api('campaigns.updateSettings', { campaignId, panel: { size: 3 } })
  for (const e of experts) await wb.api('pledges.accept', { campaignId, expertId: e.id, declaration: '无' })
  for (const school of SCHOOLS) subs.push((await wb.api('submissions.add', { campaignId, school, program: '工业机器人应用与维护', groupId: 'g2' })).id)
  const drawn = await wb.api('assignments.autoAssign', { campaignId, seed: 'first' })
  panel0 = drawn.assignments[subs[0]!]!.expertIds
  // submission 0: all three of its panel submit (A, B, C); submission 1: one of three submits all A
  for (const [k, expertId] of panel0.entries()) await score(wb.api, expertId, subs[0]!, LEVELS[k]!)
  await score(wb.api, drawn.assignments[subs[1]!]!.expertIds[0]!, subs[1]!, 'A')
})

test.afterEach(() => expect(pageErrors).toEqual([]))

async function expectResults() {
  await page.getByTestId('tab-results').click()
  const cells = page.getByTestId(`panel-scores-${subs[0]}`).getByTestId('panel-score')
  await expect(cells).toHaveCount(3)
  for (const [k, id] of panel0.entries()) {
    await expect(page.getByTestId(`cell-${subs[0]}-${id}`)).toHaveText(expectedTotal(plan(LEVELS[k]!)))
    await expect(cells.filter({ hasText: names.get(id)! })).toContainText(expectedTotal(plan(LEVELS[k]!)))
  }
  await expect(page.getByTestId(`submitted-${subs[0]}`)).toHaveText('3/3')
  await expect(page.getByTestId(`result-${subs[0]}`)).toHaveText('80.00')
  // a 专业建设诊断 is not a contest (issue 10): no rank at all, even for the complete result
  await expect(page.getByTestId('not-ranked')).toBeVisible()
  await expect(page.getByTestId(`rank-${subs[0]}`)).toHaveCount(0)
  // 1 of 3 at 100.00: 暂定, not ranked above the complete 80.00
  await expect(page.getByTestId(`result-${subs[1]}`)).toHaveText('100.00')
  await expect(page.getByTestId(`provisional-${subs[1]}`)).toHaveText('暂定 1/3')
  await expect(page.getByTestId(`rank-${subs[1]}`)).toHaveCount(0)
  await expect(page.getByTestId('provisional-count')).toContainText('1 项申报尚未全部提交')
}

test('结果与评定: every row shows its own panel; a partial result is 暂定 and not ranked', async () => {
  await page.goto(`${wb.url}#/campaign/${campaignId}/results`)
  // the first load of the app on a busy machine can take a while
  await expect(page.getByTestId('results')).toBeVisible({ timeout: 30_000 })
  await expectResults()
  // the two other rows have panels of three, nobody scored yet
  for (const id of subs.slice(2)) await expect(page.getByTestId(`panel-scores-${id}`).getByTestId('panel-score')).toHaveCount(3)
  await page.screenshot({ path: 'test-results/redraw-01-results.png', fullPage: true })
})

test('重新抽取 after scoring: the preview names the kept panels; the draw keeps every sheet and result', async () => {
  await page.getByTestId('tab-experts').click()
  await page.getByTestId('panel-tab-assign').click()
  await page.getByTestId('seed-input').fill('second')
  await page.getByTestId('auto-assign').click()
  const preview = page.getByTestId('draw-preview')
  await expect(preview).toBeVisible()
  await expect(page.getByTestId('draw-preview-summary')).toContainText('保留 2 个已有评分的专家组')
  await expect(page.getByTestId(`preview-row-${subs[0]}`)).toHaveAttribute('data-status', 'kept')
  await expect(page.getByTestId(`preview-row-${subs[0]}`)).toContainText('已有 3 份评分表（其中已提交 3 份）')
  await expect(page.getByTestId(`preview-row-${subs[1]}`)).toHaveAttribute('data-status', 'kept')
  await page.screenshot({ path: 'test-results/redraw-02-preview.png', fullPage: true })
  // nothing is written by the preview
  expect((await wb.api('campaigns.get', { campaignId })).draws).toHaveLength(1)
  await page.getByTestId('replace-ok').click()
  await expect(page.getByTestId('draw-seed')).toContainText('second')
  const after = await wb.api('campaigns.get', { campaignId })
  expect(after.draws).toHaveLength(2)
  expect(after.assignments[subs[0]!]!.expertIds).toEqual(panel0)

  await expectResults()
  // each panel member still has the submitted sheet in their list
  await page.getByTestId('tab-scoring').click()
  for (const id of panel0) {
    await actAs(page, names.get(id)!)
    await expect(page.getByTestId(`sheet-row-${subs[0]}`)).toContainText('已提交')
  }
})

test('an infeasible draw offers to draw the feasible part and lists the rest', async () => {
  const odd = await wb.api('submissions.add', { campaignId, school: '广东省技师学院', program: '新能源汽车检测与维修', groupId: 'g6' })
  await page.goto(`${wb.url}#/campaign/${campaignId}/experts`)
  // a hash change alone does not read the campaign again: reload to see the new submission
  await page.reload()
  await page.getByTestId('tab-experts').click({ timeout: 30_000 })
  await page.getByTestId('panel-tab-assign').click()
  await page.getByTestId('keep-existing').check()
  await page.getByTestId('auto-assign').click()
  await expect(page.getByTestId('assign-error')).toContainText('无法完成分配')
  await expect(page.getByTestId(`preview-row-${odd.id}`)).toHaveAttribute('data-status', 'notDrawn')
  await expect(page.getByTestId(`preview-row-${odd.id}`)).toContainText('新能源汽车与智能化技术应用 组只有 0 名无回避专家')
  await page.screenshot({ path: 'test-results/redraw-03-partial.png', fullPage: true })
  await page.getByTestId('draw-partial').click()
  await expect(page.getByTestId('partial-done')).toContainText('1 项申报暂未分配')
  const after = await wb.api('campaigns.get', { campaignId })
  expect(after.assignments[odd.id]).toBeUndefined()
  expect(after.assignments[subs[0]!]!.expertIds).toEqual(panel0)
  for (const id of subs) expect(after.assignments[id]!.expertIds).toHaveLength(3)
})
