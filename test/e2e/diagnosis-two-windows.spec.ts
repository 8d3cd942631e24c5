import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { serveWorkbench } from './support/workbench'
import { chooseOption } from './support/antd'

// Two windows on one 诊断报告 (the consultant's laptop and the meeting room's screen): the second save,
// from a window that had not seen the first, is refused (STALE_VERSION) and nothing is overwritten; that
// window keeps what its user typed, shows what the other saved beside it, and saves on the second try.
// A part saved meanwhile never wipes 问题清单 rows not yet saved.
const wb = serveWorkbench('demo')
const SHOTS = '/tmp/gaps'

test('a save from a window that had not seen the other window’s save is refused and keeps the typed text beside the saved one', async ({ browser }) => {
  test.setTimeout(300_000)
  await mkdir(SHOTS, { recursive: true })
  const [campaign] = await wb.api('campaigns.list', {})
  const summary = await wb.api('results.summary', { campaignId: campaign!.id })
  const row = summary.rows.find((r) => r.submittedCount >= 3)!
  const key = { campaignId: campaign!.id, submissionId: row.submission.id }
  const dim = (await wb.api('diagnosis.get', key)).dimensions[0]!
  const id = `part-${dim.code}-problems`

  const open = async (): Promise<Page> => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${wb.url}#/campaign/${campaign!.id}/diagnosis`)
    await expect(page.getByTestId('diagnosis')).toBeVisible({ timeout: 60_000 })
    await chooseOption(page, page.getByTestId('diagnosis-submission'), `${row.submission.school} · ${row.submission.program}`)
    await expect(page.getByTestId(`${id}-text`)).toBeVisible({ timeout: 60_000 })
    return page
  }
  const a = await open()
  const b = await open()

  // window B starts a 问题清单 row it has not saved yet
  await b.getByTestId('issue-text').fill('双师型教师比例偏低')
  await b.getByTestId('issue-add').click()
  await expect(b.getByTestId('diagnosis-issues')).toContainText('双师型教师比例偏低')

  const fromA = '甲窗口：校企合作协议落实不到位。'
  await a.getByTestId(`${id}-text`).fill(fromA)
  await a.getByTestId(`${id}-save`).click()
  await expect(a.getByTestId(`${id}-save`)).toBeDisabled({ timeout: 30_000 })

  const fromB = '乙窗口：实训设备更新滞后，与产业需求脱节。'
  await b.getByTestId(`${id}-text`).fill(fromB)
  await b.getByTestId(`${id}-save`).click()
  await expect(b.locator('.ant-message')).toContainText('已载入最新保存的内容，您输入的内容仍保留在编辑框中', { timeout: 30_000 })
  // nothing overwritten; B's text still in its box, A's shown beside it
  expect((await wb.api('diagnosis.get', key)).parts[dim.code]!.problems.text).toBe(fromA)
  await expect(b.getByTestId(`${id}-text`)).toHaveValue(fromB)
  await expect(b.getByTestId(`${id}-newer`)).toContainText(fromA)
  // the unsaved 问题清单 row survived the reload
  await expect(b.getByTestId('diagnosis-issues')).toContainText('双师型教师比例偏低')
  await b.screenshot({ path: join(SHOTS, 'diagnosis-stale-kept.png') })

  // B read both and saves its own: now from the version it was shown
  await b.getByTestId(`${id}-save`).click()
  await expect(b.getByTestId(`${id}-save`)).toBeDisabled({ timeout: 30_000 })
  await expect(b.getByTestId(`${id}-newer`)).toBeHidden()
  expect((await wb.api('diagnosis.get', key)).parts[dim.code]!.problems.text).toBe(fromB)
  // and the row is still there to save
  await b.getByTestId('issues-save').click()
  await expect.poll(async () => (await wb.api('diagnosis.get', key)).issues.map((i) => i.text), { timeout: 30_000 }).toContain('双师型教师比例偏低')
})
