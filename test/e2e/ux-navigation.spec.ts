import { expect as baseExpect, test, type Page } from '@playwright/test'
import { serveWorkbench } from './support/workbench'
import { chooseOption } from './support/antd'

// Issue 9 item 13: the view lives in the address, so F5 restores it and Back/Forward move between
// views inside the app; an empty results table says why.
test.describe.configure({ mode: 'serial', timeout: 180_000 })
const expect = baseExpect.configure({ timeout: 30_000 })
const wb = serveWorkbench('demo')

let page: Page
const pageErrors: string[] = []
let campaignId = ''
let submissionId = ''

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
  const campaign = await wb.api('campaigns.get', { campaignId: (await wb.api('campaigns.list', {}))[0]!.id })
  campaignId = campaign.id
  submissionId = campaign.submissions[0]!.id
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('F5 keeps the expert acted as and the open sheet', async () => {
  await page.goto(wb.url)
  await page.getByTestId('campaign-card').first().click()
  await expect(page.getByTestId('campaign-title')).toBeVisible()
  await page.getByTestId('tab-scoring').click()
  await chooseOption(page, page.getByTestId('act-as'), '陈静')
  await page.getByTestId(`open-sheet-${submissionId}`).click()
  await expect(page.getByTestId('sheet-scored')).toHaveText('12/24')
  expect(page.url()).toContain(`#/campaign/${campaignId}/scoring/`)
  expect(page.url()).toContain(submissionId)

  await page.reload()
  await expect(page.getByTestId('sheet-header')).toContainText('陈静')
  await expect(page.getByTestId('sheet-scored')).toHaveText('12/24')
})

test('Back and Forward move between views inside the app', async () => {
  await page.goBack()
  await expect(page.getByTestId('score-sheet')).toHaveCount(0)
  await expect(page.getByTestId('act-as')).toContainText('陈静')
  await expect(page.getByTestId(`sheet-row-${submissionId}`)).toBeVisible()

  await page.goBack()
  await expect(page.getByTestId('act-as')).not.toContainText('陈静')
  await expect(page.getByTestId('scoring')).toContainText('请先选择评分专家')

  await page.goBack()
  await expect(page.locator('.ant-tabs-tab-active')).toContainText('概览')

  await page.goBack()
  await expect(page.getByTestId('campaign-card').first()).toBeVisible()
  expect(page.url()).toContain('127.0.0.1')

  await page.goForward()
  await expect(page.locator('.ant-tabs-tab-active')).toContainText('概览')
  await page.goForward()
  await page.goForward()
  await page.goForward()
  await expect(page.getByTestId('sheet-scored')).toHaveText('12/24')
  await expect(page.getByTestId('sheet-header')).toContainText('陈静')
})

test('results with no submitted sheet say why instead of a grid of dashes', async () => {
  const c = await wb.api('campaigns.create', { name: '空结果', kind: 'diagnostic' })
  const experts = await wb.api('experts.list', {})
  await wb.api('campaigns.addExperts', { campaignId: c.id, expertIds: experts.slice(0, 3).map((e) => e.id) })
  await wb.api('submissions.add', { campaignId: c.id, school: '山东省工业技师学院', program: '数控加工', groupId: 'g3' })
  await page.goto(`${wb.url}#/campaign/${c.id}/results`)
  await expect(page.getByTestId('results-empty')).toContainText('尚无已提交的评分表')
  await page.screenshot({ path: '/tmp/ux-shots/results-empty.png' })
})
