import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Level } from '../../src/core/domain/rubric'
import { buildDemoWorkspace } from '../../src/core/demo/buildDemo'
import { DEMO_PASSPHRASE } from '../../src/core/demo/demoKeys'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { startShellBench, type ShellBench } from './support/shellBridge'
import { INDICATORS, expectedTotal } from './support/expected'
import { textPdf } from './support/pdf'
import { E2E_PASSPHRASE, signInDialog } from './support/signing'
import { expectSaved } from './support/antd'

/**
 * Issue 11's round trip with two workspaces on one machine standing for two machines: two shell
 * benches (two hosts, two recent lists, two pages), the secretariat's made like `cli demo` (with
 * keys). Everything the two users do is done in the UI; only the test's setup (a new expert without
 * a key, a PDF for one submission) goes through the API.
 */
test.use({ shotsDir: '/tmp/expert' })
// two apps on a machine shared with other work: each step can take seconds
test.setTimeout(600_000)

let sec: ShellBench
let exp: ShellBench
test.beforeEach(async () => {
  sec = await startShellBench()
  exp = await startShellBench()
})
test.afterEach(async () => {
  await sec.close()
  await exp.close()
})

/** After a workspace switch the page loads anew: slow on a loaded machine. */
const RELOAD = { timeout: 60_000 }
const EXPERT = { name: '赵敏', unit: '湖北工业职业技术学院', title: '教授' }
const PLAN: Record<string, Level> = Object.fromEntries(INDICATORS.map((ind, i) => [ind.code, (i % 3 === 0 ? 'A' : 'B') as Level]))
const TOTAL = expectedTotal(PLAN)

/** Drops one file on the page as a user's drag from the file manager does: dragenter, dragover, drop. */
async function dropFile(page: Page, name: string, bytes: Buffer) {
  await page.evaluate(
    ({ name, b64 }) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const dt = new DataTransfer()
      dt.items.add(new File([bin], name))
      const target = document.querySelector('#app-content') ?? document.body
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }))
    },
    { name, b64: bytes.toString('base64') },
  )
}

async function call<T>(bench: ShellBench, method: string, input: unknown, trusted = false): Promise<T> {
  const r = await bench.host.call(method, input, { trusted })
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.value as T
}

test('offline round trip: export an expert package, open it as the expert, score beside the PDF, send the scores back, see them in 结果与评定', async ({ page, browser, shot }) => {
  // ---- setup: the secretariat's demo workspace (keys under demo-2026), a new expert with no key yet, a PDF
  const secDir = join(sec.dir, '秘书处工作区')
  const { campaignId } = await buildDemoWorkspace(secDir)
  await sec.host.open(secDir)
  const expert = await call<{ id: string }>(sec, 'experts.add', { ...EXPERT, contact: '' })
  await call(sec, 'campaigns.addExperts', { campaignId, expertIds: [expert.id] })
  const campaign = await call<{ name: string; submissions: { id: string; school: string; program: string }[] }>(sec, 'campaigns.get', { campaignId })
  const sub = campaign.submissions[0]!
  const pdf = join(sec.dir, '自评报告.pdf')
  await writeFile(pdf, textPdf(['Self-evaluation report', 'Page two']))
  await call(sec, 'materials.addFiles', { campaignId, submissionId: sub.id, sources: [{ path: pdf }] }, true)

  // ---- 1 · the secretariat exports 赵敏's package in 专家与分配 → 评审包与回收
  await page.goto(sec.url)
  await page.locator(`[data-testid="campaign-card"][data-campaign-id="${campaignId}"]`).click()
  await page.getByTestId('tab-experts').click()
  await page.getByTestId('panel-tab-packages').click()
  await page.getByTestId(`package-export-${expert.id}`).click()
  await page.getByTestId('package-passphrase').fill(DEMO_PASSPHRASE)
  await page.getByTestId('package-export-run').click()
  const state = page.getByTestId('package-export-state')
  await expect(state).toContainText('评审包已导出：', { timeout: 60_000 })
  await shot('1-secretariat-exported')
  const exported = (await state.textContent())!.replace('评审包已导出：', '').trim()
  expect(exported.endsWith('.wbexp')).toBe(true)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('package-passphrase')).toBeHidden()
  // "sent" to the expert's machine (a USB stick): a folder of the expert's bench
  const received = join(exp.dir, '收到的文件')
  await mkdir(received)
  const wbexp = join(received, '赵敏-评审包.wbexp')
  const bytes = await readFile(exported)
  await writeFile(wbexp, bytes)
  // and a copy that was damaged on the way: one byte of its content changed
  const damaged = Buffer.from(bytes)
  const at = damaged.indexOf(Buffer.from(EXPERT.unit))
  damaged[at + 1] = damaged[at + 1]! ^ 1
  await writeFile(join(received, '损坏.wbexp'), damaged)

  // ---- 2 · the expert opens it from the start screen's 打开评审包 (a second machine: its own app)
  const ctx = await browser.newContext({ acceptDownloads: true })
  const ex = await ctx.newPage()
  const exErrors: string[] = []
  ex.on('pageerror', (e) => exErrors.push(e.message))
  await ex.goto(exp.url)
  await expect(ex.getByTestId('start-screen')).toBeVisible()
  await expect(ex.getByTestId('start-screen')).toContainText('收到秘书处发来的评审包（.wbexp）')
  await ex.screenshot({ path: '/tmp/expert/2-start-screen.png' })
  await ex.getByTestId('start-open-package').click()
  const expertDir = join(exp.dir, '我的专家工作区')
  // the damaged copy is refused with its reason; nothing is created
  await ex.getByTestId('package-file').fill(join(received, '损坏.wbexp'))
  await ex.getByTestId('package-folder').fill(expertDir)
  await ex.getByTestId('package-open-ok').click()
  await expect(ex.getByTestId('package-open-error')).toContainText('损坏.wbexp')
  await expect(ex.getByTestId('package-open-error')).toContainText('已拒绝')
  await ex.screenshot({ path: '/tmp/expert/2-refused.png' })
  expect(await readdir(exp.dir)).not.toContain('我的专家工作区')
  await ex.getByTestId('package-file').fill(wbexp)
  await ex.getByTestId('package-open-ok').click()

  // ---- 3 · expert mode: the header, the 承诺书 first, none of the secretariat's tabs
  await expect(ex.getByTestId('expert-app')).toBeVisible(RELOAD)
  const header = ex.getByTestId('expert-header')
  await expect(header).toContainText('专家工作区')
  await expect(ex.getByTestId('expert-campaign')).toHaveText(campaign.name)
  const fingerprint = (await call<{ workspace: { fingerprint: string } | null }>(sec, 'keys.status', {})).workspace!.fingerprint
  await expect(ex.getByTestId('expert-issuer')).toContainText(fingerprint)
  await expect(ex.getByTestId('expert-expiry')).toHaveAttribute('data-expired', 'false')
  await expect(ex.getByTestId('expert-expiry')).toContainText('有效期至')
  await expect(ex.getByTestId('pledge')).toBeVisible()
  for (const tab of ['tab-overview', 'tab-experts', 'tab-results', 'tab-reports', 'nav-campaigns', 'nav-experts', 'campaign-switcher']) await expect(ex.getByTestId(tab)).toHaveCount(0)
  await ex.screenshot({ path: '/tmp/expert/3-pledge.png' })
  // a secretariat route typed in the address comes back to the expert's home
  await ex.evaluate((id) => (window.location.hash = `#/campaign/${id}/results`), campaignId)
  await expect(ex).toHaveURL(new RegExp(`#/campaign/${campaignId}/scoring/${expert.id}$`))
  await expect(ex.getByTestId('tab-results')).toHaveCount(0)
  await ex.evaluate(() => (window.location.hash = '#/experts'))
  await expect(ex).toHaveURL(/#\/campaign\/.+\/scoring\//)
  await expect(ex.getByTestId('pledge')).toBeVisible()
  await ex.getByTestId('pledge-sign').click()
  const home = ex.getByTestId('expert-home')
  await expect(home).toBeVisible()
  await expect(ex.getByTestId('expert-progress')).toHaveAttribute('data-total', String(campaign.submissions.length))
  await expect(ex.getByTestId('expert-progress')).toHaveAttribute('data-submitted', '0')
  await expect(ex.getByTestId('export-scores')).toBeDisabled()
  await ex.screenshot({ path: '/tmp/expert/3-home.png' })

  // ---- 4 · one submission scored beside its PDF, submitted with a passphrase of the expert's choosing
  await ex.getByTestId(`open-sheet-${sub.id}`).click()
  const pane = ex.getByTestId('materials-pane')
  await expect(pane.getByTestId('pdf-pages')).toHaveText('共 2 页', { timeout: 60_000 })
  await expect(ex.getByTestId('sheet-header')).toContainText(sub.program)
  // the first by mouse, the rest from the keyboard: a letter picks the level and moves to the next row
  await ex.getByTestId(`level-${INDICATORS[0]!.code}-${PLAN[INDICATORS[0]!.code]}`).click()
  await ex.getByTestId(`indicator-${INDICATORS[1]!.code}`).locator('input[value=A]').focus()
  for (const ind of INDICATORS.slice(1)) await ex.keyboard.press(PLAN[ind.code]!.toLowerCase())
  await expect(ex.getByTestId('sheet-scored')).toHaveText(`${INDICATORS.length}/${INDICATORS.length}`)
  await expect(ex.getByTestId('sheet-total')).toHaveText(TOTAL)
  await expectSaved(ex)
  await ex.screenshot({ path: '/tmp/expert/4-scoring-beside-pdf.png' })
  await ex.getByTestId('submit-sheet').click()
  await signInDialog(ex, E2E_PASSPHRASE)
  await expect(ex.getByTestId('sheet-status')).toHaveText('已提交')
  await ex.getByTestId('back-to-list').click()
  await expect(ex.getByTestId('expert-progress')).toHaveAttribute('data-submitted', '1')
  await expect(ex.getByTestId(`sheet-row-${sub.id}`)).toContainText('已提交')

  // ---- 5 · 导出评分包: the passphrase, then the file is saved as a download
  await ex.getByTestId('export-scores').click()
  await ex.getByTestId('export-scores-passphrase').fill('不是这个口令')
  await ex.getByTestId('export-scores-run').click()
  await expect(ex.getByTestId('export-scores-error')).toContainText('口令')
  await ex.getByTestId('export-scores-passphrase').fill(E2E_PASSPHRASE)
  const download = ex.waitForEvent('download')
  await ex.getByTestId('export-scores-run').click()
  const file = await download
  await expect(ex.getByTestId('export-scores-done')).toContainText('含 1 份已提交的评分表')
  await ex.screenshot({ path: '/tmp/expert/5-scores-exported.png' })
  expect(file.suggestedFilename()).toMatch(/\.wbscore$/)
  const wbscore = join(sec.dir, file.suggestedFilename())
  await file.saveAs(wbscore)
  expect(exErrors).toEqual([])
  await ctx.close()

  // ---- 6 · the secretariat imports it by dropping it on the window (first key: confirm the fingerprint)
  await dropFile(page, file.suggestedFilename(), await readFile(wbscore))
  await expect(page.getByTestId('package-confirm-body')).toContainText(EXPERT.name)
  await shot('6-confirm-fingerprint')
  await page.getByRole('button', { name: '指纹一致，登记并导入' }).click()
  await expect(page.getByText(`已导入专家 ${EXPERT.name} 的评分包，更新 1 份评分表`)).toBeVisible()
  const row = page.getByTestId('package-returns-table').locator('tr', { hasText: EXPERT.name })
  await expect(row).toContainText(`1/${campaign.submissions.length}`)
  await shot('6-imported')
  // the same package again through 导入评分包 changes nothing
  await page.getByTestId('package-import-input').setInputFiles(wbscore)
  await expect(page.getByText('该评分包此前已导入，未作任何改动')).toBeVisible()
  await page.getByTestId('tab-results').click()
  await expect(page.getByTestId(`cell-${sub.id}-${expert.id}`)).toHaveText(TOTAL)
  await shot('7-results')
})
