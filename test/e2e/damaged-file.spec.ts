import { expect, test } from '@playwright/test'
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openWorkbench, type OpenedWorkbench } from '../../src/core/api/openApi'
import { startBridge, type Bridge } from '../../src/bridge/server'

// A damaged workspace file: the user is told which file, nothing is overwritten, and the last backup
// is offered and restored from the UI (docs/design/architecture.md "Storage").
const root = resolve(import.meta.dirname, '../..')
let dir = ''
let wb: OpenedWorkbench | undefined
let bridge: Bridge | undefined
let sheetsFile = ''
let key = { campaignId: '', expertId: '', submissionId: '' }
const DAMAGED = '{"kind":"sheets","schemaVersion":1,"sheets":{'

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workbench-e2e-damaged-'))
  await cp(join(root, 'resources/demo-workspace'), dir, { recursive: true })
  // a first session changes one expert's sheet: that backs the file up before writing
  const first = await openWorkbench(dir, { door: 'e2e-setup' })
  const c = (await first.call('campaigns.list', {})) as { ok: true; value: Array<{ id: string }> }
  const campaign = (await first.call('campaigns.get', { campaignId: c.value[0]!.id })) as { ok: true; value: { id: string; submissions: Array<{ id: string }> } }
  const experts = (await first.call('experts.list', {})) as { ok: true; value: Array<{ id: string; name: string }> }
  const chen = experts.value.find((e) => e.name === '陈静')!
  key = { campaignId: campaign.value.id, expertId: chen.id, submissionId: campaign.value.submissions[0]!.id }
  const r = await first.call('sheets.setEntry', { ...key, indicatorCode: '8.3', level: 'A' })
  expect(r.ok).toBe(true)
  await first.close()
  sheetsFile = join(dir, 'campaigns', campaign.value.id, 'sheets', `${chen.id}.json`)
  await writeFile(sheetsFile, DAMAGED)
  wb = await openWorkbench(dir, { door: 'e2e' })
  bridge = await startBridge({ call: wb.call, staticDir: join(root, 'out/renderer') })
})

test.afterAll(async () => {
  await bridge?.close()
  await wb?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('a damaged sheets file is reported, left untouched, and restored from its backup', async ({ page }) => {
  const campaignId = (await readdir(join(dir, 'campaigns')))[0]!
  await page.goto(`${bridge!.url}#/campaign/${campaignId}/results`)
  const dialog = page.getByRole('dialog', { name: '工作区文件已损坏' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('已损坏')
  await expect(dialog).toContainText('sheets/')
  expect(await readFile(sheetsFile, 'utf8')).toBe(DAMAGED)

  await dialog.getByTestId('backup-0').getByRole('button').click()
  await page.waitForLoadState('load')
  await expect(page.getByRole('dialog', { name: '工作区文件已损坏' })).toHaveCount(0)
  await expect(page.getByText('陈静').first()).toBeVisible()
  expect(JSON.parse(await readFile(sheetsFile, 'utf8')).kind).toBe('sheets')
  expect((await readdir(join(dir, '.backups', 'damaged'))).length).toBeGreaterThan(0)
  // the save made after the backup was in the intact journal and is back
  const view = (await wb!.call('sheets.get', key)) as { ok: true; value: { sheet: { entries: Record<string, unknown> } } }
  expect(view.value.sheet.entries['8.3']).toEqual({ level: 'A' })
})
