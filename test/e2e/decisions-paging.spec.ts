import { expect, test } from '@playwright/test'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { generateWorkspace, type GeneratedWorkspace } from '../../bench/generateWorkspace'
import { openWorkbench, type OpenedWorkbench } from '../../src/core/api/openApi'
import { startBridge, type Bridge } from '../../src/bridge/server'
import type { DecisionsView } from '../../src/core/api/outputs'

// 评定与公示 at scale (issue 14): a 精品课程 campaign of 130 entries × 3 experts. The decided list is paged
// in rank order, 50 a page: the first page holds ranks 1–50 only, page 2 starts at the 51st entry of
// the core's order, the last page reaches the last entry, and a vote or reload keeps the page.
const root = resolve(import.meta.dirname, '../..')
const SHOTS = '/tmp/lists'
let ws: GeneratedWorkspace
let opened: OpenedWorkbench
let bridge: Bridge
let view: DecisionsView

test.beforeAll(async () => {
  test.setTimeout(180_000)
  ws = await generateWorkspace({ submissions: 130, experts: 3, seed: 20261130, submittedShare: 0.9, kind: 'excellentCourse' })
  opened = await openWorkbench(ws.dir, { door: 'e2e' })
  bridge = await startBridge({ call: opened.call, staticDir: join(root, 'out/renderer') })
  view = await opened.api['decisions.get']({ campaignId: ws.campaignId })
  await mkdir(SHOTS, { recursive: true })
})

test.afterAll(async () => {
  await bridge?.close()
  await opened?.close()
  if (ws) await rm(ws.dir, { recursive: true, force: true })
})

const rowIds = (page: import('@playwright/test').Page) =>
  page.locator('[data-testid^="decision-row-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('decision-row-'.length)))

test('the decided list is paged in rank order; page 2 and the last page are reachable, and 刷新 keeps the page', async ({ page }) => {
  test.setTimeout(120_000)
  expect(view.rows).toHaveLength(130)
  const order = view.rows.map((r) => r.id)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`${bridge.url}#/campaign/${ws.campaignId}/decisions`)
  const table = page.getByTestId('decision-table')
  await expect(table.locator('[data-testid^="decision-row-"]').first()).toBeVisible({ timeout: 60_000 })

  // page 1: the first 50 of the core's order, no more
  expect(await rowIds(page)).toEqual(order.slice(0, 50))
  await expect(page.getByTestId(`rank-${order[0]}`)).toHaveText(String(view.rows[0]!.rank))
  await expect(table.locator('.ant-pagination-total-text')).toHaveText('第 1–50 项，共 130 项')
  await page.screenshot({ path: `${SHOTS}/decisions-page1.png` })

  // page 2 starts at the 51st entry
  await table.locator('.ant-pagination-item-2').click()
  await expect(table.locator('.ant-pagination-total-text')).toHaveText('第 51–100 项，共 130 项')
  expect(await rowIds(page)).toEqual(order.slice(50, 100))
  const rank51 = view.rows[50]!.rank
  if (rank51 !== null) await expect(page.getByTestId(`rank-${order[50]}`)).toHaveText(String(rank51))

  // 刷新 reloads the view and stays on page 2
  await page.getByTestId('decisions-reload').click()
  await expect(page.getByTestId('decisions-reload')).not.toHaveClass(/ant-btn-loading/)
  await expect(table.locator('.ant-pagination-total-text')).toHaveText('第 51–100 项，共 130 项')
  expect(await rowIds(page)).toEqual(order.slice(50, 100))

  // the last page reaches the last entry (excluded entries come last, with their status)
  await table.locator('.ant-pagination-item-3').click()
  expect(await rowIds(page)).toEqual(order.slice(100))
  await expect(page.getByTestId(`decision-row-${order[129]}`)).toBeVisible()

  // 100 a page: the first 100, page 1 again
  await table.locator('.ant-pagination-options .ant-select').click()
  await page.locator('.ant-select-item-option', { hasText: '100' }).click()
  await expect(table.locator('.ant-pagination-total-text')).toHaveText('第 1–100 项，共 130 项')
  expect(await rowIds(page)).toEqual(order.slice(0, 100))
  expect(errors).toEqual([])
})
