import JSZip from 'jszip'
import { readFile } from 'node:fs/promises'
import { expect as baseExpect, test, type Page } from '@playwright/test'
import { serveWorkbench } from './support/workbench'

// Issue 9 item 10: messages name what the user knows — the file picked, the submission by school and
// program — and a service that is gone is said in Chinese, in a banner, not "Failed to fetch".
test.describe.configure({ mode: 'serial', timeout: 180_000 })
const expect = baseExpect.configure({ timeout: 30_000 })
const wb = serveWorkbench('demo')

let page: Page
const pageErrors: string[] = []
let campaignId = ''

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
  campaignId = (await wb.api('campaigns.list', {}))[0]!.id
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('a damaged zip is refused by its own name, not by the upload’s id', async () => {
  await page.goto(`${wb.url}#/campaign/${campaignId}/submissions`)
  await page.getByTestId('import-materials').click()
  const dialog = page.getByRole('dialog')
  await dialog
    .getByTestId('materials-file')
    .locator('input[type=file]')
    .setInputFiles({ name: '湖南申报材料.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004 not a zip at all') })
  await dialog.getByTestId('materials-start').click()
  const job = page.getByTestId('materials-job')
  await expect(job).toContainText('无法导入“湖南申报材料.zip”')
  await expect(job).not.toContainText('up-')
})

test('the exported 专家评分表 names the submission by school and program; the id is only a footer reference', async () => {
  await page.goto(`${wb.url}#/campaign/${campaignId}/reports`)
  const button = page.locator('[data-testid^=export-sheet-]').first()
  const testId = (await button.getAttribute('data-testid'))!
  const submissionId = /^export-sheet-(sub-[0-9a-f]+)-/.exec(testId)![1]!
  const submission = (await wb.api('campaigns.get', { campaignId })).submissions.find((s) => s.id === submissionId)!
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  const zip = await JSZip.loadAsync(await readFile((await download.path())!))
  const body = await zip.file('word/document.xml')!.async('string')
  expect(body).toContain(submission.school)
  expect(body).toContain(submission.program)
  expect(body).not.toContain(submissionId)
  expect(body).not.toContain('申报编号')
  const footers = await Promise.all(Object.keys(zip.files).filter((p) => /^word\/footer\d+\.xml$/.test(p)).map((p) => zip.file(p)!.async('string')))
  expect(footers.join('')).toContain(`编号 ${submissionId}`)
})

test('with the service gone, actions say so in Chinese in a banner, and it clears once it is back', async () => {
  await page.goto(`${wb.url}#/campaign/${campaignId}/results`)
  await expect(page.getByTestId('results-table')).toBeVisible()
  await page.route('**/api/**', (route) => route.abort('connectionrefused'))
  await page.getByRole('button', { name: /刷\s*新/ }).click()
  const banner = page.getByTestId('connection-lost')
  await expect(banner).toContainText('与工作台服务的连接已断开')
  await expect(banner).toContainText('无法连接工作台服务')
  await page.screenshot({ path: '/tmp/ux-shots/connection-lost.png' })
  expect(await page.locator('body').innerText()).not.toContain('Failed to fetch')
  await page.unroute('**/api/**')
  await page.getByTestId('connection-retry').click()
  await expect(banner).toHaveCount(0)
})
