import { expect, test, type Page } from '@playwright/test'
import { masterTeacherTemplate } from '../../src/core/rubric/templates/masterTeacher'
import { serveWorkbench } from './support/workbench'
import { actAs } from './support/pledge'
import { expectSaved } from './support/antd'
import { signInDialog } from './support/signing'

// A 名师评选 sheet: 资格条件 before scoring, 一票否决 with evidence, 加分项 capped, then submit.
// 15 levels clicked one by one: minutes when one click takes 10 s on a loaded machine
test.describe.configure({ mode: 'serial', timeout: 480_000 })
const wb = serveWorkbench('empty')
const rubric = masterTeacherTemplate
const indicators = rubric.dimensions.flatMap((d) => d.indicators)

let page: Page
const pageErrors: string[] = []
let key = { campaignId: '', expertId: '', submissionId: '' }

test.beforeAll(async ({ browser }) => {
  const expert = await wb.api('experts.add', { name: '李秀英', unit: '天津市机电工艺技师学院', title: '正高级讲师' })
  const campaign = await wb.api('campaigns.create', { name: '2026年联盟名师评选', kind: 'masterTeacher' })
  await wb.api('campaigns.addExperts', { campaignId: campaign.id, expertIds: [expert.id] })
  const sub = await wb.api('submissions.add', { campaignId: campaign.id, school: '山东省工业技师学院', program: '机电一体化技术', groupId: 'g1', applicant: '孙海涛', subject: { kind: 'person', name: '孙海涛' } })
  key = { campaignId: campaign.id, expertId: expert.id, submissionId: sub.id }
  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('资格条件 come first; scoring everything still leaves submit blocked until they are checked', async () => {
  await page.goto(`${wb.url}#/campaign/${key.campaignId}/scoring`)
  await actAs(page, '李秀英')
  await page.getByTestId(`open-sheet-${key.submissionId}`).click()
  await expect(page.getByTestId('eligibility')).toContainText(rubric.eligibility[0]!.text)
  for (const ind of indicators) await page.getByTestId(`level-${ind.code}-A`).click()
  await expect(page.getByTestId('sheet-total')).toHaveText('100.00')
  await expect(page.getByTestId('submit-sheet')).toBeDisabled()

  // one 不符合 means 不予评定; answering 符合 lifts it
  await page.getByTestId('eligibility-E2-fail').click()
  await expect(page.getByTestId('sheet-not-rated')).toHaveText('不予评定')
  await expect(page.getByTestId('not-rated-reason')).toContainText('E2')
  for (const e of rubric.eligibility) await page.getByTestId(`eligibility-${e.code}-pass`).click()
  await expect(page.getByTestId('sheet-not-rated')).toHaveCount(0)
  await expect(page.getByTestId('submit-sheet')).toBeEnabled()
  await expectSaved(page)
})

test('加分项 count towards the total, capped by the rubric', async () => {
  const items = rubric.bonus!.items
  await page.getByTestId(`bonus-${items[0]!.code}-points`).fill(String(items[0]!.points))
  await page.getByTestId(`bonus-${items[0]!.code}-points`).press('Enter')
  await expect(page.getByTestId('sheet-total')).toHaveText((100 + items[0]!.points).toFixed(2))
  for (const item of items.slice(1)) {
    await page.getByTestId(`bonus-${item.code}-points`).fill(String(item.points))
    await page.getByTestId(`bonus-${item.code}-points`).press('Enter')
  }
  const sum = items.reduce((s, i) => s + i.points, 0)
  expect(sum).toBeGreaterThan(rubric.bonus!.cap)
  const capped = rubric.bonus!.cap
  await expect(page.getByTestId('bonus-total')).toContainText(capped.toFixed(2))
  await expect(page.getByTestId('sheet-total')).toHaveText((100 + capped).toFixed(2))
  await expectSaved(page)
})

test('一票否决 is raised with its evidence, then the sheet is submitted', async () => {
  await page.getByTestId('veto-V3-raise').click()
  await page.getByTestId('veto-V3-evidence').fill('论文《数控加工工艺优化》与已发表文献重复率超过 60%。')
  await page.getByTestId('sheet-comment').click() // leave the box: saved on blur
  await expect(page.getByTestId('veto-raised')).toContainText('1 项')
  await expectSaved(page)
  const saved = await wb.api('sheets.get', key)
  expect(saved.sheet.vetoFlags['V3']?.evidence).toContain('重复率')

  await page.getByTestId('submit-sheet').click()
  await signInDialog(page) // submit = sign (issue 11): the expert sets a passphrase on the first submit
  await expect(page.getByTestId('sheet-status')).toHaveText('已提交')
  await expect(page.getByTestId('veto-V3-evidence')).toHaveAttribute('readonly', '')
  await expect(page.getByTestId('eligibility-E1-pass')).toBeDisabled()

  const shots = process.env.SHOTS_DIR ?? '/tmp/shots'
  await page.locator('#app-content').evaluate((e) => e.scrollTo(0, 0))
  await page.screenshot({ path: `${shots}/16-award-sheet-top.png` })
  await page.getByTestId('vetoes').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${shots}/17-award-sheet-veto-bonus.png` })
})
