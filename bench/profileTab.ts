/**
 * A developer's tool beside the UI bench: `npx tsx bench/profileTab.ts <tab> [kind]` generates the
 * bench workspace (1,000 × 7; kind diagnostic unless given), opens 概览 in Chromium, and prints where
 * the renderer's main thread spends its time from the click on the tab to the first table row
 * (CDP Profiler, self time per function, top 25). Not part of `npm run bench`.
 */
import { rm } from 'node:fs/promises'
import { chromium } from 'playwright-core'
import type { ReviewKind } from '../src/core/domain/rubric'
import { generateWorkspace } from './generateWorkspace'
import { seedAuditLog } from './seedAudit'
import { startBridgeProcess } from './ui'

const [tab = 'decisions', kind = 'diagnostic', rowSelector = '.ant-table-row'] = process.argv.slice(2)
const ws = await generateWorkspace({ submissions: 1000, experts: 7, seed: 20261128, submittedShare: 0.7, kind: kind as ReviewKind })
await seedAuditLog(ws.dir, ws.campaignId)
const bridge = await startBridgeProcess(ws.dir)
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  await page.goto(`${bridge.url}#/campaign/${ws.campaignId}/overview`)
  await page.waitForSelector('[data-testid="progress-by-submission"] .ant-table-row', { timeout: 120_000 })
  await page.waitForTimeout(500)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  for (let round = 0; round < 2; round++) {
    await cdp.send('Profiler.start')
    const t0 = Date.now()
    await page.click(`[data-testid="tab-${tab}"]`)
    await page.waitForSelector(rowSelector, { timeout: 60_000 })
    await page.waitForTimeout(100)
    const { profile } = await cdp.send('Profiler.stop')
    console.log(`round ${round + 1}: ${Date.now() - t0} ms wall to the first row (+100 ms)`)
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const self = new Map<string, number>()
    profile.samples!.forEach((id, i) => {
      const f = byId.get(id)!.callFrame
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000)
    })
    console.log([...self].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ${k}`).join('\n'))
    await page.click('[data-testid="tab-overview"]')
    await page.waitForTimeout(1500)
  }
} finally {
  await browser.close()
  bridge.child.kill('SIGTERM')
  await rm(ws.dir, { recursive: true, force: true })
}
