import { expect, test, type Page } from '@playwright/test'
import { join, resolve } from 'node:path'
import { rm } from 'node:fs/promises'
import { generateWorkspace, type GeneratedWorkspace } from '../../bench/generateWorkspace'
import { openWorkbench, type OpenedWorkbench } from '../../src/core/api/openApi'
import { startBridge, type Bridge } from '../../src/bridge/server'
import type { ResultRow } from '../../src/core/api/outputs'

// 结果与评定 at scale (issue 14): 300 submissions × 7 experts, the grid renders only the rows in view,
// keeps its header and edge columns in place, and reaches every row by scrolling and by keyboard.
const root = resolve(import.meta.dirname, '../..')
let ws: GeneratedWorkspace
let opened: OpenedWorkbench
let bridge: Bridge

test.beforeAll(async () => {
  test.setTimeout(180_000)
  ws = await generateWorkspace({ submissions: 300, experts: 7, seed: 20261130, submittedShare: 0.7 })
  opened = await openWorkbench(ws.dir, { door: 'e2e' })
  bridge = await startBridge({ call: opened.call, staticDir: join(root, 'out/renderer') })
})

test.afterAll(async () => {
  await bridge?.close()
  await opened?.close()
  if (ws) await rm(ws.dir, { recursive: true, force: true })
})

const rowIds = (page: Page) => page.locator('[data-testid^="result-row-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('result-row-'.length)))

test('renders the rows in view only, and reaches the last row by scrolling and by the keyboard', async ({ page }) => {
  test.setTimeout(180_000)
  const rows: ResultRow[] = (await opened.api['results.summary']({ campaignId: ws.campaignId })).rows
  expect(rows).toHaveLength(300)
  await page.goto(`${bridge.url}#/campaign/${ws.campaignId}/results`)
  const grid = page.getByTestId('results-table')
  await expect(grid.locator('[data-testid^="result-row-"]').first()).toBeVisible({ timeout: 60_000 })
  await expect(grid.getByRole('grid')).toHaveAttribute('aria-rowcount', '301')
  const first = await rowIds(page)
  expect(first.length).toBeGreaterThan(5)
  expect(first.length).toBeLessThan(60)
  expect(first[0]).toBe(rows[0]!.submission.id)

  // to the end by scrolling: the last row is there, the header stays on top
  await grid.evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(page.getByTestId(`result-row-${rows[299]!.submission.id}`)).toBeVisible()
  expect(await rowIds(page)).not.toContain(rows[0]!.submission.id)
  const gridBox = (await grid.boundingBox())!
  const head = (await grid.locator('th', { hasText: '合成结果' }).boundingBox())!
  expect(Math.abs(head.y - gridBox.y)).toBeLessThan(3)
  // the result column stays at the right edge, inside the scrolling area, though the grid is wider
  expect(await grid.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  expect(head.x + head.width).toBeLessThanOrEqual(gridBox.x + gridBox.width)

  // and back by the keyboard: the scrolling area takes focus, Home scrolls it to the top
  await grid.focus()
  await page.keyboard.press('Home')
  await expect(page.getByTestId(`result-row-${rows[0]!.submission.id}`)).toBeVisible()

  // sorting descending puts the highest result first, in the grid as in the data
  const header = grid.locator('th', { hasText: '合成结果' })
  await header.click()
  await header.click()
  await expect(header).toHaveAttribute('aria-sort', 'descending')
  const best = [...rows].sort((a, b) => (b.result ?? -1) - (a.result ?? -1))[0]!
  await expect.poll(async () => (await rowIds(page))[0]).toBe(best.submission.id)
  await page.screenshot({ path: '/tmp/scale/results-grid-e2e.png' })
})
