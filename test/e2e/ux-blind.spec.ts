import { expect, test, type Page } from '@playwright/test'
import { serveWorkbench } from './support/workbench'
import { chooseOption } from './support/antd'

// Issue 9 item 5: in a 盲评 campaign nothing the expert sees names the school or the applicant.
test.describe.configure({ mode: 'serial' })
const wb = serveWorkbench('demo')

let page: Page
const pageErrors: string[] = []

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('a blind sheet shows no school and no applicant, in its header or anywhere on the page', async () => {
  const campaign = await wb.api('campaigns.get', { campaignId: (await wb.api('campaigns.list', {}))[0]!.id })
  await wb.api('campaigns.updateSettings', { campaignId: campaign.id, blind: true })
  const s = campaign.submissions[0]!
  await page.goto(`${wb.url}#/campaign/${campaign.id}/scoring`)
  await chooseOption(page, page.getByTestId('act-as'), '陈静')
  await expect(page.getByTestId(`sheet-row-${s.id}`)).toContainText('盲评 B-001')
  await page.getByTestId(`open-sheet-${s.id}`).click()
  const header = page.getByTestId('sheet-header')
  await expect(header).toContainText('盲评 B-001')
  await expect(header).toContainText(s.program)
  await expect(page.getByTestId('sheet-scored')).toBeVisible()
  const text = await page.locator('body').innerText()
  for (const identity of [s.school, s.applicant]) expect(text).not.toContain(identity)
  await page.screenshot({ path: '/tmp/ux-shots/blind-sheet.png' })
})
