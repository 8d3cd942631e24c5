import { expect as baseExpect, test, type Page } from '@playwright/test'
import { serveWorkbench } from './support/workbench'

// Issue 9 item 11: a campaign name over the limit is refused visibly (counter, message), never cut,
// and the longest allowed name keeps the top bar on one line at 1366 wide.
test.describe.configure({ mode: 'serial', timeout: 180_000 })
const expect = baseExpect.configure({ timeout: 30_000 })
const wb = serveWorkbench('empty')

let page: Page
const pageErrors: string[] = []

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  page.on('pageerror', (e) => pageErrors.push(e.message))
})

test.afterEach(() => expect(pageErrors).toEqual([]))

const LONG = '2026年度机械行业技工院校高水平专业建设联盟专业建设诊断暨名师名匠评选（第一批次·智能制造与智能装备技术应用协作组·试点）'.padEnd(85, '组')

test('a name over 80 characters is kept whole, counted and refused; nothing is created', async () => {
  expect(LONG.length).toBe(85)
  await page.goto(wb.url)
  await page.getByTestId('new-campaign').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByTestId('campaign-name').fill(LONG)
  await expect(dialog.getByTestId('campaign-name')).toHaveValue(LONG)
  await expect(dialog.locator('.ant-input-show-count-suffix')).toHaveText('85 / 80')
  await dialog.getByTestId('create-campaign-ok').click()
  await expect(dialog).toContainText('评审活动名称不能超过 80 个字')
  await expect(dialog).toBeVisible()
  expect(await wb.api('campaigns.list', {})).toEqual([])
})

test('the longest allowed name fits the top bar on one line with an ellipsis', async () => {
  const dialog = page.getByRole('dialog')
  await dialog.getByTestId('campaign-name').fill(LONG.slice(0, 80))
  await dialog.getByTestId('create-campaign-ok').click()
  await expect(page.getByTestId('campaign-title')).toHaveText(LONG.slice(0, 80))
  expect((await wb.api('campaigns.list', {}))[0]!.name).toBe(LONG.slice(0, 80))
  const header = page.locator('.app-header')
  const name = page.getByTestId('workspace-name')
  // one line each: the header keeps its height, the workspace name is not squeezed into a column
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64)
  expect((await name.boundingBox())!.height).toBeLessThan(30)
  expect((await name.boundingBox())!.width).toBeGreaterThan(100)
  const switcher = page.getByTestId('campaign-switcher')
  expect((await switcher.boundingBox())!.height).toBeLessThan(40)
  await page.screenshot({ path: '/tmp/ux-shots/long-name-1366.png' })
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.screenshot({ path: '/tmp/ux-shots/long-name-1440.png' })
})
