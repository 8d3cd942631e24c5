import { expect, test } from '@playwright/test'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { generateWorkspace, type GeneratedWorkspace } from '../../bench/generateWorkspace'
import { openWorkbench, type OpenedWorkbench } from '../../src/core/api/openApi'
import { startBridge, type Bridge } from '../../src/bridge/server'

// 自动分配's preview at scale (issue 14): a first draw over 70 submissions lists every one of them. The
// preview is paged, 20 a page, so 确认抽取 stays in reach; the last page reaches the last submission.
const root = resolve(import.meta.dirname, '../..')
const SHOTS = '/tmp/lists'
let ws: GeneratedWorkspace
let opened: OpenedWorkbench
let bridge: Bridge

test.beforeAll(async () => {
  test.setTimeout(180_000)
  ws = await generateWorkspace({ submissions: 70, experts: 7, seed: 20261130, submittedShare: 0, kind: 'diagnostic' })
  opened = await openWorkbench(ws.dir, { door: 'e2e' })
  bridge = await startBridge({ call: opened.call, staticDir: join(root, 'out/renderer') })
  await mkdir(SHOTS, { recursive: true })
})

test.afterAll(async () => {
  await bridge?.close()
  await opened?.close()
  if (ws) await rm(ws.dir, { recursive: true, force: true })
})

test('the draw preview pages its rows, 20 a page; the last page holds the rest and the buttons stay in reach', async ({ page }) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`${bridge.url}#/campaign/${ws.campaignId}/experts`)
  await page.getByTestId('panel-tab-assign').click()
  await page.getByTestId('auto-assign').click()
  const preview = page.getByTestId('draw-preview')
  await expect(preview).toBeVisible({ timeout: 60_000 })
  const rows = preview.locator('[data-testid^="preview-row-"]')
  await expect(rows).toHaveCount(20)
  await expect(preview.locator('.ant-pagination-total-text')).toHaveText('共 70 项')
  await page.screenshot({ path: `${SHOTS}/draw-preview.png` })

  // every submission is on one of the pages, each once
  const seen = new Set<string>()
  for (let p = 1; p <= 4; p++) {
    await preview.locator(`.ant-pagination-item-${p}`).click()
    await expect(preview.locator('.ant-pagination-item-active')).toHaveText(String(p))
    for (const id of await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('preview-row-'.length)))) seen.add(id)
  }
  await expect(rows).toHaveCount(10)
  expect([...seen].sort()).toEqual([...ws.submissionIds].sort())

  // each expert's line names a few submissions and the count, not all 70
  const experts = page.getByTestId('draw-preview-experts')
  if (await experts.count()) {
    for (const line of await experts.locator('li').allTextContents()) expect(line.split('、').length).toBeLessThanOrEqual(10)
  }

  // the buttons follow one page of rows, not all 70
  await preview.locator('.ant-pagination-item-1').click()
  const confirm = page.getByTestId('replace-ok').or(page.getByTestId('draw-partial'))
  const box = (await confirm.boundingBox())!
  const top = (await preview.boundingBox())!.y
  expect(box.y - top).toBeLessThan(2000) // 20 rows of two lines and the experts' lines; 3,900 px unpaged here
  await page.getByTestId('draw-preview-cancel').click()
  await expect(preview).toHaveCount(0)
  expect(errors).toEqual([])
})
