import JSZip from 'jszip'
import { expect as baseExpect, test, type Page } from '@playwright/test'
import { serveWorkbench } from './support/workbench'
import { chooseOption } from './support/antd'
import { textPdf } from './support/pdf'
import { nextSheet } from '../../src/renderer/src/features/scoring/nextSheet'

// Issue 9 item 18: 下一份 in the scoring screen; the PDF viewer's current page, page jump and text search.
test.describe.configure({ mode: 'serial', timeout: 180_000 })
const expect = baseExpect.configure({ timeout: 30_000 })
const wb = serveWorkbench('demo')

let page: Page
const pageErrors: string[] = []
let key = { campaignId: '', expertId: '', submissionId: '' }
const PAGES = Array.from({ length: 12 }, (_, i) => (i === 2 || i === 8 ? `Page ${i + 1}: training budget report` : `Page ${i + 1}: programme description`))

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
  const campaign = await wb.api('campaigns.get', { campaignId: (await wb.api('campaigns.list', {}))[0]!.id })
  const expert = (await wb.api('experts.list', {})).find((e) => e.name === '陈静')!
  key = { campaignId: campaign.id, expertId: expert.id, submissionId: campaign.submissions[0]!.id }
  // a 12-page PDF attached to the first submission, as the secretariat's zip import does
  const zip = new JSZip()
  zip.file('申报书.pdf', textPdf(PAGES))
  const bytes = await zip.generateAsync({ type: 'nodebuffer' })
  const { uploadId } = await wb.api('uploads.begin', { name: '申报书.zip', size: bytes.length })
  await wb.api('uploads.chunk', { uploadId, offset: 0, base64: bytes.toString('base64') })
  const task = await wb.api('materials.import', { campaignId: campaign.id, source: { uploadId }, submissionId: key.submissionId })
  await expect.poll(async () => (await wb.api('tasks.get', { taskId: task.id })).state).toBe('done')
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('the PDF viewer shows the current page, jumps to a typed page and finds text hit by hit', async () => {
  await page.goto(`${wb.url}#/campaign/${key.campaignId}/scoring/${key.expertId}/${key.submissionId}`)
  const pane = page.getByTestId('materials-pane')
  // pdf.js and its worker load slowly on a busy machine
  await expect(pane.getByTestId('pdf-pages')).toHaveText('共 12 页', { timeout: 90_000 })
  const input = pane.getByTestId('pdf-page-input')
  await expect(input).toHaveValue('1')

  await input.fill('8')
  await input.press('Enter')
  await expect(input).toHaveValue('8')
  await expect(pane.getByTestId('pdf-page-8')).toBeInViewport()
  await expect(pane.getByTestId('pdf-page-8')).toHaveAttribute('data-rendered', 'true')

  const search = pane.getByTestId('pdf-search').locator('input')
  await search.fill('budget')
  await search.press('Enter')
  await expect(pane.getByTestId('pdf-hits')).toHaveText('第 1/2 处 · 第 3 页')
  await expect(input).toHaveValue('3')
  await pane.getByTestId('pdf-next-hit').click()
  await expect(pane.getByTestId('pdf-hits')).toHaveText('第 2/2 处 · 第 9 页')
  await expect(input).toHaveValue('9')
  await expect(pane.getByTestId('pdf-page-9')).toBeInViewport()
  await pane.getByTestId('pdf-prev-hit').click()
  await expect(pane.getByTestId('pdf-hits')).toHaveText('第 1/2 处 · 第 3 页')
  await page.screenshot({ path: '/tmp/ux-shots/pdf-search-1440.png' })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: '/tmp/ux-shots/pdf-search-1366.png' })
  await page.setViewportSize({ width: 1440, height: 900 })

  await search.fill('nowhere')
  await search.press('Enter')
  await expect(pane.getByTestId('pdf-hits')).toHaveText('未找到')
})

test('下一份 opens the next unfinished sheet of the expert', async () => {
  const rows = await wb.api('sheets.listByExpert', { campaignId: key.campaignId, expertId: key.expertId })
  const expected = nextSheet(rows, key.submissionId)!
  expect(expected).toBeTruthy()
  await page.getByTestId('sheet-comment').fill('看完材料，转下一份。')
  await page.getByTestId('next-sheet').click()
  // the header names the school and the 专业 in their own spans (kind-aware header, issue 10)
  await expect(page.getByTestId('sheet-header')).toContainText(expected.submission.school)
  await expect(page.getByTestId('sheet-header')).toContainText(expected.submission.program)
  expect(page.url()).toContain(expected.submission.id)
  // the comment typed on the sheet left behind was saved on the way
  await expect.poll(async () => (await wb.api('sheets.get', key)).sheet.comment).toBe('看完材料，转下一份。')
  if (rows.some((r) => r.status === 'submitted')) expect(expected.status).not.toBe('submitted')
})
