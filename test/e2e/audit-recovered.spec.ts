import { expect, test } from '@playwright/test'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openWorkbench, type OpenedWorkbench } from '../../src/core/api/openApi'
import { startBridge, type Bridge } from '../../src/bridge/server'
import { nodeIo, setStorageIo } from '../../src/core/storage/io'

// A change whose audit append failed (a full disk) is archived on disk; the next session appends its
// entry from the campaign's outbox (storage/auditOutbox.ts) and 审计日志 marks it 补记, chain intact.
const root = resolve(import.meta.dirname, '../..')
let dir = ''
let campaignId = ''
let wb: OpenedWorkbench | undefined
let bridge: Bridge | undefined

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workbench-e2e-recovered-'))
  await cp(join(root, 'resources/demo-workspace'), dir, { recursive: true })
  // a session whose audit log cannot be written: ENOSPC on every write to audit.jsonl
  const full = setStorageIo({
    ...nodeIo,
    async open(path, flags) {
      const h = await nodeIo.open(path, flags)
      if (!path.endsWith('audit.jsonl')) return h
      return { ...h, path: h.path, write: () => Promise.reject(Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' })), sync: () => h.sync(), datasync: () => h.datasync(), truncate: (n: number) => h.truncate(n), size: () => h.size(), close: () => h.close() }
    },
  })
  const first = await openWorkbench(dir, { door: 'e2e-setup' })
  const list = (await first.call('campaigns.list', {})) as { ok: true; value: Array<{ id: string }> }
  campaignId = list.value[0]!.id
  const c = (await first.call('campaigns.get', { campaignId })) as { ok: true; value: { aggregation: { rule: string } } }
  const rule = c.value.aggregation.rule === 'mean' ? 'trimmedMean' : 'mean'
  const r = await first.call('campaigns.updateSettings', { campaignId, aggregationRule: rule })
  expect(r.ok).toBe(false)
  await first.close()
  full()
  wb = await openWorkbench(dir, { door: 'e2e' })
  bridge = await startBridge({ call: wb.call, staticDir: join(root, 'out/renderer') })
})

test.afterAll(async () => {
  await bridge?.close()
  await wb?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('审计日志 shows the recovered entry once, marked 补记, and the chain verifies', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(`${bridge!.url}#/campaign/${campaignId}/results`)
  await page.getByTestId('tab-audit').click()
  await expect(page.getByTestId('audit-verdict')).toHaveAttribute('data-ok', 'true')
  const tags = page.locator('.audit-recovered')
  await expect(tags).toHaveCount(1)
  await expect(tags.first()).toHaveText('补记')
  await expect(page.getByTestId('audit')).toContainText('修改结果汇总规则')
  await tags.first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/outbox/shots/audit-recovered.png' })
})
