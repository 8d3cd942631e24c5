import { readFile } from 'node:fs/promises'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { serveWorkbench } from './support/workbench'
import { chooseOption } from './support/antd'
import { docxParagraphs } from '../helpers/docxText'

// Issue 13: a consultant opens a scored diagnosis on the demo workspace, edits the drafted 存在问题 and
// 改进建议, adds a 问题清单 row, exports the report, and the exported text contains the edits.
const wb = serveWorkbench('demo')
const SHOTS = '/tmp/reports'

test('a consultant edits the drafts and the 问题清单, and the exported 诊断报告 carries the edits', async ({ page }) => {
  test.setTimeout(300_000)
  await mkdir(SHOTS, { recursive: true })
  const [campaign] = await wb.api('campaigns.list', {})
  const summary = await wb.api('results.summary', { campaignId: campaign!.id })
  const row = summary.rows.find((r) => r.submittedCount >= 3)!
  await page.goto(`${wb.url}#/campaign/${campaign!.id}/diagnosis`)
  await expect(page.getByTestId('diagnosis')).toBeVisible({ timeout: 60_000 })
  await chooseOption(page, page.getByTestId('diagnosis-submission'), `${row.submission.school} · ${row.submission.program}`)
  await expect(page.getByTestId('diagnosis-radar')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('diagnosis-radar').locator('svg').first()).toBeVisible()

  const view = await wb.api('diagnosis.get', { campaignId: campaign!.id, submissionId: row.submission.id })
  const dim = view.dimensions.find((d) => d.name === '实训条件')!
  // the drafts are there before any edit: 达成情况 from the scores
  await expect(page.getByTestId(`part-${dim.code}-achievement-text`)).toHaveValue(/本项得分/)

  const problem = '顾问现场核查：校内实训基地工位数不足，数控车床生均0.1台。'
  const advice = '顾问建议：2027年前新增数控车床12台，与企业共建生产性实训车间。'
  for (const [part, text] of [['problems', problem], ['advice', advice]] as const) {
    const id = `part-${dim.code}-${part}`
    await page.getByTestId(`${id}-text`).fill(text)
    await page.getByTestId(`${id}-accept`).check()
    await page.getByTestId(`${id}-save`).click()
    await expect(page.getByTestId(`${id}-save`)).toBeDisabled({ timeout: 30_000 })
  }

  await page.getByTestId('issue-text').fill('实训室安全警示标识不全')
  await page.getByTestId('issue-owner').fill('实训处')
  await page.getByTestId('issue-deadline').fill('2027年3月')
  await page.getByTestId('issue-add').click()
  await page.getByTestId('issues-save').click()
  await expect.poll(async () => (await wb.api('diagnosis.get', { campaignId: campaign!.id, submissionId: row.submission.id })).issues.map((i) => i.text), { timeout: 30_000 }).toContain('实训室安全警示标识不全')
  await page.screenshot({ path: join(SHOTS, 'diagnosis-tab.png'), fullPage: false })
  await page.getByTestId('diagnosis-radar').screenshot({ path: join(SHOTS, 'diagnosis-radar-screen.png') })

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('diagnosis-export').click()])
  expect(download.suggestedFilename()).toBe(`${row.submission.school}-${row.submission.program}-专业建设诊断报告.docx`)
  const path = join(SHOTS, 'e2e-diagnosis.docx')
  await download.saveAs(path)
  const text = (await docxParagraphs(new Uint8Array(await readFile(path)))).join('\n')
  expect(text).toContain(problem)
  expect(text).toContain(advice)
  expect(text).toContain('实训室安全警示标识不全')
  expect(text).toContain('实训处')
})
