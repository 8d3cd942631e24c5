import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { serveWorkbench } from './support/workbench'
import { chooseOption } from './support/antd'

// Every main screen on the bundled demo workspace, each checked for its content and saved as a PNG
// (SHOTS_DIR, default /tmp/shots) for a person to look at.
test.describe.configure({ mode: 'serial' })
const wb = serveWorkbench('demo')
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots'

let page: Page
const pageErrors: string[] = []

async function shot(name: string): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: join(SHOTS, `${name}.png`) })
}

test.beforeAll(async ({ browser }) => {
  await mkdir(SHOTS, { recursive: true })
  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('首页 and 新建评审活动', async () => {
  await page.goto(wb.url)
  const card = page.getByTestId('campaign-card')
  await expect(card).toHaveCount(1)
  await expect(card).toContainText('2026年度专业建设诊断（第一批）')
  await expect(card).toContainText('专业建设诊断')
  await expect(card).toContainText('已提交 21 / 30')
  await shot('01-home')
  await page.getByTestId('new-campaign').click()
  await expect(page.getByRole('dialog')).toContainText('8 个一级指标、24 个二级指标')
  await shot('02-new-campaign')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
})

test('campaign tabs: 概览, 指标体系, 申报与材料, 专家与分配', async () => {
  await page.getByTestId('campaign-card').click()
  await expect(page.getByTestId('overview')).toContainText('还有 9 份评分表未提交')
  await expect(page.getByTestId('progress-by-expert')).toContainText('陈静')
  await shot('03-overview')
  await page.getByTestId('tab-rubric').click()
  await expect(page.getByTestId('rubric')).toContainText('产业需求调研与专业定位')
  await shot('04-rubric')
  await page.getByTestId('tab-submissions').click()
  await expect(page.getByTestId('submissions').locator('tbody tr.ant-table-row')).toHaveCount(6)
  await shot('05-submissions')
  await page.getByTestId('tab-experts').click()
  await expect(page.getByTestId('campaign-experts-table').locator('tbody tr.ant-table-row')).toHaveCount(5)
  await shot('06-experts')
})

test('评分: an expert list and a draft sheet, sticky summary when scrolled', async () => {
  await page.getByTestId('tab-scoring').click()
  await chooseOption(page, page.getByTestId('act-as'), '陈静')
  await expect(page.getByTestId('sheet-list')).toContainText('评分中')
  await shot('07-scoring-list')
  await page.locator('[data-testid^=open-sheet-]').first().click()
  await expect(page.getByTestId('sheet-scored')).toHaveText('12/24')
  await shot('08-sheet')
  await page.locator('#app-content').evaluate((e) => e.scrollTo(0, 1200))
  await expect(page.getByTestId('sheet-summary')).toBeInViewport()
  await shot('09-sheet-scrolled')
  await page.getByTestId('level-6.1-B').hover()
  await expect(page.getByRole('tooltip')).toContainText('B 良（×0.8，4.00 分）')
  await shot('10-sheet-tooltip')
})

test('结果与评定, 报告, 专家库', async () => {
  await page.getByTestId('tab-results').click()
  // the results grid is a plain table of its own (features/results/ResultsGrid.tsx), not antd's
  await expect(page.getByTestId('results-table').locator('[data-testid^="result-row-"]')).toHaveCount(6)
  await expect(page.getByTestId('rule-text')).toContainText('去掉一个最高分和一个最低分')
  await shot('11-results')
  await page.getByTestId('tab-reports').click()
  await expect(page.getByTestId('reports').locator('tbody tr.ant-table-row')).toHaveCount(21)
  await shot('12-reports')
  await page.getByTestId('nav-experts').click()
  await expect(page.getByTestId('expert-pool-table').locator('tbody tr.ant-table-row')).toHaveCount(5)
  await shot('13-expert-pool')
})

test('a reload comes back to the same campaign tab; the header switcher changes campaign', async () => {
  const campaignId = (await wb.api('campaigns.list', {}))[0]!.id
  await page.getByTestId('campaign-switcher').click()
  await page.locator('.ant-select-item-option', { hasText: '2026年度专业建设诊断（第一批）' }).click()
  await page.getByTestId('tab-results').click()
  await expect(page).toHaveURL(new RegExp(`#/campaign/${campaignId}/results$`))
  await page.reload()
  await expect(page.getByTestId('results-table')).toBeVisible()
  await expect(page.getByTestId('campaign-title')).toHaveText('2026年度专业建设诊断（第一批）')
})

test('a laptop-sized window (1366×768)', async () => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByTestId('tab-scoring').click()
  await chooseOption(page, page.getByTestId('act-as'), '王建国')
  await page.locator('[data-testid^=open-sheet-]').first().click()
  await expect(page.getByTestId('sheet-status')).toHaveText('已提交')
  await shot('14-sheet-submitted-1366')
  await page.getByTestId('tab-results').click()
  await expect(page.getByTestId('results-table')).toBeVisible()
  await shot('15-results-1366')
})
