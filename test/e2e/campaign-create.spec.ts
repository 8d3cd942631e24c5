import { expect, test } from '@playwright/test'
import { serveWorkbench } from './support/workbench'

// Issue 9 item 9: double-clicking 创建 makes one campaign, and no broken card.
const wb = serveWorkbench('empty')

test('a double click on 创建 creates one campaign and one card', async ({ page }) => {
  await page.goto(wb.url)
  await page.getByTestId('new-campaign').click({ timeout: 30_000 })
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('评审活动名称').fill('双击创建测试')
  await dialog.getByTestId('create-campaign-ok').dblclick()
  await expect(page.getByTestId('campaign-title')).toHaveText('双击创建测试')
  await page.getByTestId('nav-campaigns').click()
  await expect(page.getByTestId('campaign-card')).toHaveCount(1)
  await expect(page.getByTestId('campaign-list')).not.toContainText('无法读取')
  expect(await wb.api('campaigns.list', {})).toHaveLength(1)
})
