import { test, expect, _electron as electron } from '@playwright/test'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { openWorkbench } from '../../src/core/api/openApi'
import type { Envelope } from '../../src/core/api/envelope'

const root = resolve(__dirname, '../..')

function ok<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`)
  return env.value
}

/** A copy of the shipped demo and a user-data folder of its own (recent list, window state). */
function fresh() {
  const base = mkdtempSync(join(tmpdir(), 'wb-electron-'))
  const ws = join(base, 'demo')
  cpSync(join(root, 'resources/demo-workspace'), ws, { recursive: true })
  return { base, ws, userData: join(base, 'user-data') }
}

test('the packaged window opens the demo workspace, hardened, from app://', async () => {
  const { ws, userData } = fresh()
  const app = await electron.launch({ executablePath: process.env.ELECTRON_BIN, args: [root, '--workspace', ws], env: { ...process.env, WORKBENCH_USER_DATA: userData } })
  const win = await app.firstWindow()
  await expect(win.getByText('2026年度专业建设诊断（第一批）').first()).toBeVisible({ timeout: 30_000 })
  expect(win.url()).toMatch(/^app:\/\/workbench\/index\.html/)
  // the renderer has no Node and only window.api (+ files, shell)
  expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
  expect(await win.evaluate(() => typeof (globalThis as { api?: object }).api)).toBe('object')
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const w = BrowserWindow.getAllWindows()[0]!
    // getLastWebPreferences is in Electron's runtime but not in every typings version
    const p = (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences()
    return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration }
  })
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false })
  // the menu is in Chinese
  const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label))
  expect(menu).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '帮助']))
  await app.close()
})

test('in the real window: open a workspace, score one indicator, export one document', async () => {
  const { base, ws, userData } = fresh()
  // a sheet of the demo campaign that its expert may still score, found through the API before the app owns the folder
  const setup = await openWorkbench(ws, { door: 'smoke setup' })
  const campaign = ok(await setup.call('campaigns.list', {})).find((c) => c.name === '2026年度专业建设诊断（第一批）')!
  const detail = ok(await setup.call('campaigns.get', { campaignId: campaign.id }))
  let key: { campaignId: string; expertId: string; submissionId: string } | undefined
  for (const expertId of detail.expertIds) {
    await setup.call('pledges.accept', { campaignId: campaign.id, expertId, declaration: '无' })
    const row = ok(await setup.call('sheets.listByExpert', { campaignId: campaign.id, expertId })).find((r) => r.status !== 'submitted' && !r.conflict)
    if (row) {
      key = { campaignId: campaign.id, expertId, submissionId: row.submission.id }
      break
    }
  }
  expect(key, 'the demo has a sheet still to score').toBeTruthy()
  const before = ok(await setup.call('sheets.get', key!)).sheet.entries['1.1']?.level
  const level = before === 'B' ? 'C' : 'B'
  await setup.close()

  // the start screen first (no workspace given, none recent), then the demo opened from the recent list
  const app = await electron.launch({ executablePath: process.env.ELECTRON_BIN, args: [root], env: { ...process.env, WORKBENCH_USER_DATA: userData } })
  const win = await app.firstWindow()
  await expect(win.getByTestId('start-screen')).toBeVisible({ timeout: 30_000 })
  await app.close()
  const app2 = await electron.launch({ executablePath: process.env.ELECTRON_BIN, args: [root, '--workspace', ws], env: { ...process.env, WORKBENCH_USER_DATA: userData } })
  const win2 = await app2.firstWindow()
  await expect(win2.getByTestId('workspace-name')).toBeVisible({ timeout: 30_000 })

  // score one indicator in the sheet
  await win2.evaluate((hash) => (window.location.hash = hash), `#/campaign/${key!.campaignId}/scoring/${key!.expertId}/${key!.submissionId}`)
  await win2.getByTestId(`level-1.1-${level}`).click()
  await expect(win2.getByTestId('save-state')).toHaveText(/已保存 · \d{2}:\d{2}/, { timeout: 20_000 })

  // export one document: the first 专家评分表 of the reports tab, saved where the test says
  const downloads = join(base, 'downloads')
  await app2.evaluate(({ session }, dir) => {
    session.defaultSession.on('will-download', (_e, item) => item.setSavePath(`${dir}/${item.getFilename()}`))
  }, downloads)
  await win2.evaluate((hash) => (window.location.hash = hash), `#/campaign/${key!.campaignId}/reports`)
  await win2.locator('[data-testid^="export-sheet-"]').first().click()
  await expect.poll(() => (existsSync(downloads) ? readdirSync(downloads).filter((f) => f.endsWith('.docx')).length : 0), { timeout: 30_000 }).toBe(1)
  const docx = readFileSync(join(downloads, readdirSync(downloads).find((f) => f.endsWith('.docx'))!))
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
  expect(xml).toContain('评分表')
  await app2.close()

  // the score reached the disk
  const after = await openWorkbench(ws, { door: 'smoke check' })
  expect(ok(await after.call('sheets.get', key!)).sheet.entries['1.1']?.level).toBe(level)
  await after.close()
})
