import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { serveWorkbench } from './support/workbench'
import { chooseOption } from './support/antd'
import { signedSubmitInput } from './support/signing'
import { DEMO_PASSPHRASE } from '../../src/core/demo/demoKeys'
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { requireSoffice } from '../helpers/libreoffice'

// 校准会 (issue 12) on the bundled demo workspace: two anchors (样卷) every demo expert scores, four at B
// and one at C; the chair opens the session in the app, the scores stay hidden until the reveal, a
// deviation is flagged, the expert revises five indicators with a reason and the flag on that anchor
// clears; a decision is recorded, the session closed and its minutes read back through LibreOffice.
test.describe.configure({ mode: 'serial', timeout: 300_000 })
const wb = serveWorkbench('demo')
const SHOTS = '/tmp/calib'

let page: Page
const pageErrors: string[] = []
let campaignId = ''
let anchors: string[] = []
let experts: string[] = []
let raised: string[] = []

test.beforeAll(async ({ browser }) => {
  const campaign = (await wb.api('campaigns.list', {})).find((c) => c.kind === 'diagnostic')!
  campaignId = campaign.id
  const c = await wb.api('campaigns.get', { campaignId })
  experts = c.expertIds
  for (const e of experts) if (!c.pledges[e]) await wb.api('pledges.accept', { campaignId, expertId: e, declaration: '无' })
  for (const [school, program] of [['样卷甲技师学院', '数控加工'], ['样卷乙技工学校', '焊接加工']] as const) {
    anchors.push((await wb.api('submissions.add', { campaignId, school, program, groupId: c.submissions[0]!.groupId })).id)
  }
  // the five heaviest level-scored indicators: raising them from C to B lifts a total by 0.2 × their points
  const indicators = c.rubric.dimensions.flatMap((d) => d.indicators).filter((i) => i.scale === 'levels')
  raised = [...indicators].sort((a, b) => b.points - a.points).slice(0, 5).map((i) => i.code)
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true })
  page.on('pageerror', (e) => pageErrors.push(e.message))
  await mkdir(SHOTS, { recursive: true })
})

test.afterEach(() => expect(pageErrors).toEqual([]))

/** LibreOffice's text export of a .docx (an isolated profile), or null where soffice is not installed. */
/** The .docx as LibreOffice reads it (plain text), or null where LibreOffice is missing (never in CI: requireSoffice). */
async function sofficeText(file: string, dir: string): Promise<string | null> {
  const soffice = requireSoffice()
  if (!soffice) return null
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'))
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, file], { stdio: 'pipe', timeout: 180_000 })
  return readFile(file.replace(/\.docx$/, '.txt'), 'utf8')
}

async function scoreAnchor(expertId: string, submissionId: string, level: 'B' | 'C') {
  const c = await wb.api('campaigns.get', { campaignId })
  const key = { campaignId, expertId, submissionId }
  for (const d of c.rubric.dimensions) for (const i of d.indicators) {
    if (i.scale === 'levels') await wb.api('sheets.setEntry', { ...key, indicatorCode: i.code, level })
    else await wb.api('sheets.setEntry', { ...key, indicatorCode: i.code, points: i.points * (level === 'B' ? 0.8 : 0.6) })
  }
  for (const el of c.rubric.eligibility) await wb.api('sheets.setEligibility', { ...key, code: el.code, value: 'pass' })
  await wb.api('sheets.submit', await signedSubmitInput(wb.api, key, DEMO_PASSPHRASE))
}

test('the chair opens a session with two anchors; scores stay blind until the reveal', async () => {
  await page.goto(`${wb.url}#/campaign/${campaignId}/calibration`)
  await expect(page.getByTestId('calibration-open')).toBeVisible()
  await page.getByTestId('calibration-chair').fill('王主任')
  // a multiple select stays open: pick both anchors, then close it
  await page.getByTestId('calibration-anchors').click()
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
  for (const school of ['样卷甲技师学院', '样卷乙技工学校']) await open.locator('.ant-select-item-option', { hasText: school }).first().click()
  await page.keyboard.press('Escape')
  await page.getByTestId('calibration-start').click()
  await expect(page.getByTestId('calibration-header')).toHaveAttribute('data-state', 'blind')
  await expect(page.getByTestId('calibration-reveal')).toBeDisabled()

  for (const [i, e] of experts.entries()) for (const a of anchors) await scoreAnchor(e, a, i === experts.length - 1 ? 'C' : 'B')
  // the API refuses the anchor scores before the reveal
  await expect(wb.api('calibration.scores', { campaignId })).rejects.toThrow('主持人揭晓之前')
  await page.reload()
  await expect(page.getByTestId(`calibration-progress-${experts[0]}`)).toContainText('2/2')
  await page.screenshot({ path: `${SHOTS}/calibration-blind.png`, fullPage: true })
  await page.getByTestId('calibration-reveal').click()
  await page.locator('.ant-popconfirm .ant-btn-primary').click()
  await expect(page.getByTestId('calibration-header')).toHaveAttribute('data-state', 'revealed')
})

test('after the reveal: a deviation flag per anchor for the strict expert, and the dashboard', async () => {
  const flags = page.getByTestId('calibration-flags').locator('[data-flag-kind="deviation"]')
  await expect(flags).toHaveCount(2)
  const strict = (await wb.api('experts.list', {})).find((e) => e.id === experts.at(-1))!.name
  await expect(flags.first()).toContainText(strict)
  await expect(page.getByTestId('chart-spread').locator('svg').first()).toBeVisible()
  await expect(page.getByTestId('chart-severity')).toBeVisible()
  await expect(page.getByTestId('chart-heat').locator('td[data-heat]').first()).toBeVisible()
  await expect(page.getByTestId('before-flags')).toHaveText(await page.getByTestId('after-flags').innerText())
  await page.screenshot({ path: `${SHOTS}/calibration-revealed.png`, fullPage: true })
})

test('the strict expert revises five indicators with a reason: the flag on that anchor clears', async () => {
  const strictId = experts.at(-1)!
  await page.getByTestId(`calibration-revise-${strictId}-${anchors[0]}`).click()
  const modal = page.locator('.ant-modal', { hasText: '复议修改评分' })
  await expect(modal).toBeVisible()
  for (const code of raised) await chooseOption(page, page.getByTestId(`revise-level-${code}`), 'B')
  await expect(page.getByTestId('revise-ok')).toBeDisabled()
  await page.getByTestId('revise-reason').fill('经讨论，按 B 级描述重新理解五项指标')
  await page.getByTestId('revise-passphrase').fill(DEMO_PASSPHRASE)
  await page.screenshot({ path: `${SHOTS}/calibration-revise.png` })
  await page.getByTestId('revise-ok').click()
  await expect(modal).toBeHidden()
  await expect(page.getByTestId('calibration-revision-0')).toContainText('经讨论，按 B 级描述重新理解五项指标')
  const flags = page.getByTestId('calibration-flags').locator('[data-flag-kind="deviation"]')
  await expect(flags).toHaveCount(1)
  await expect(page.getByTestId(`calibration-revise-${strictId}-${anchors[0]}`)).toHaveCount(0)
  await expect(page.getByTestId(`calibration-revise-${strictId}-${anchors[1]}`)).toBeVisible()
  const sheet = (await wb.api('sheets.get', { campaignId, expertId: strictId, submissionId: anchors[0]! })).sheet
  expect(sheet.signature?.submittedVersion).toBe(2)
})

test('a decision, the close, and the minutes readable through LibreOffice', async () => {
  await page.getByTestId('decision-text').fill('“人才培养方案”按是否对接国家职业标准评定等级')
  // a double click sends the decision once: the second click is ignored while the first is sent
  // (the core would refuse an exact repeat anyway, and the user would see that refusal)
  const sent: string[] = []
  const count = (r: { url: () => string }) => void (r.url().endsWith('/api/calibration.decide') && sent.push(r.url()))
  page.on('request', count)
  await page.getByTestId('decision-add').dblclick()
  await expect(page.getByTestId('calibration-decision-0')).toContainText('国家职业标准')
  await page.waitForLoadState('networkidle')
  page.off('request', count)
  expect(sent).toHaveLength(1)
  await expect(page.locator('[data-testid^="calibration-decision-"]')).toHaveCount(1)
  expect((await wb.api('calibration.get', { campaignId })).session!.decisions).toHaveLength(1)
  await page.getByTestId('calibration-close').click()
  await page.locator('.ant-popconfirm .ant-btn-primary').click()
  await expect(page.getByTestId('calibration-header')).toHaveAttribute('data-state', 'closed')
  await page.screenshot({ path: `${SHOTS}/calibration-closed.png`, fullPage: true })
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calibration-minutes').click()])
  expect(download.suggestedFilename()).toMatch(/^校准会纪要_.*\.docx$/)
  const dir = await mkdtemp(join(tmpdir(), 'calib-minutes-'))
  const file = join(dir, 'minutes.docx')
  await download.saveAs(file)
  const text = await sofficeText(file, dir)
  test.skip(text === null, 'LibreOffice is not installed on this machine (CI installs it and fails without it)')
  const flat = text!.replace(/\s+/g, '')
  for (const t of ['校准会纪要', '王主任', '样卷甲技师学院', '校准前后统计对比', '经讨论，按B级描述重新理解五项指标', '国家职业标准', '校准会于']) expect(flat).toContain(t.replace(/\s+/g, ''))
})

test('审计日志: the session is in the chain, and the chain verifies', async () => {
  await page.getByTestId('tab-audit').click()
  await expect(page.getByTestId('audit-verdict')).toHaveAttribute('data-ok', 'true')
  await expect(page.getByTestId('audit')).toContainText('复议修改评分')
  await page.getByTestId('audit-verify-all').click()
  await expect(page.getByTestId(`audit-check-${campaignId}`)).toContainText('完好')
  await page.screenshot({ path: `${SHOTS}/audit.png`, fullPage: true })
})
