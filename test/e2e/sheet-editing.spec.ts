import { expect, test, type Page } from '@playwright/test'
import { serveWorkbench } from './support/workbench'
import { demoDraftSheet, type DemoSheetKey } from './support/demoSheet'
import { chooseOption, expectSaved } from './support/antd'

// Editing a draft sheet on the demo workspace: a change made elsewhere is never overwritten, the
// comment saves itself after a pause, the keyboard clears a level, and the core's messages reach the user.
test.describe.configure({ mode: 'serial' })
const wb = serveWorkbench('demo')

let page: Page
const pageErrors: string[] = []
let key: DemoSheetKey

test.beforeAll(async ({ browser }) => {
  ;({ page, key } = await demoDraftSheet(browser, wb, pageErrors))
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('open a draft sheet', async () => {
  await page.goto(`${wb.url}#/campaign/${key.campaignId}/scoring`)
  await chooseOption(page, page.getByTestId('act-as'), '陈静')
  await page.getByTestId(`open-sheet-${key.submissionId}`).click()
  await expect(page.getByTestId('sheet-scored')).toHaveText('12/24')
  await expect(page.getByTestId('sheet-status')).toHaveText('草稿')
  await expect(page.getByTestId('submit-sheet')).toBeDisabled()
})

test('a change saved elsewhere meanwhile is not overwritten: the user is told and sees it', async () => {
  const seen = await wb.api('sheets.get', key)
  await wb.api('sheets.setEntry', { ...key, indicatorCode: '5.1', level: 'C', baseVersion: seen.sheet.version })

  await page.getByTestId('level-5.2-A').click()
  // the header keeps the refusal with the core's reason (the toast beside it leaves after 3 s)
  await expect(page.getByTestId('save-state')).toHaveText(/保存失败：评分表已在别处被修改/)
  // the form now shows what is on disk: 5.1 as saved elsewhere, 5.2 still empty
  await expect(page.getByTestId('level-5.1-C')).toBeChecked()
  await expect(page.getByTestId('level-5.2-A')).not.toBeChecked()
  await expect(page.getByTestId('sheet-scored')).toHaveText('13/24')

  // a second try goes through
  await page.getByTestId('level-5.2-A').click()
  await expect(page.getByTestId('sheet-scored')).toHaveText('14/24')
  await expectSaved(page)
  expect((await wb.api('sheets.get', key)).sheet.entries['5.2']?.level).toBe('A')
})

test('quick clicks go out one after another, none refused', async () => {
  for (const code of ['6.1', '6.2', '6.3', '7.1', '7.2', '7.3']) await page.getByTestId(`level-${code}-B`).click()
  await expect(page.getByTestId('sheet-scored')).toHaveText('20/24')
  await expectSaved(page)
  const entries = (await wb.api('sheets.get', key)).sheet.entries
  expect(['6.1', '6.2', '6.3', '7.1', '7.2', '7.3'].map((c) => entries[c]?.level)).toEqual(['B', 'B', 'B', 'B', 'B', 'B'])
})

test('Delete clears a level from the keyboard', async () => {
  await page.getByTestId('indicator-7.3').locator('input[value=B]').focus()
  await page.keyboard.press('Delete')
  await expect(page.getByTestId('sheet-scored')).toHaveText('19/24')
  await expect(page.getByTestId('points-7.3')).toHaveText('—')
  await expectSaved(page)
  expect((await wb.api('sheets.get', key)).sheet.entries['7.3']).toBeUndefined()
})

test('the comment saves itself after a pause in typing', async () => {
  await page.getByTestId('sheet-comment').fill('实训基地建设投入不足，建议加强校企共建。')
  await expect
    .poll(async () => (await wb.api('sheets.get', key)).sheet.comment, { timeout: 5000 })
    .toBe('实训基地建设投入不足，建议加强校企共建。')
  await expectSaved(page)

  // leaving the sheet at once still saves what was typed, and the list then shows the sheet's state
  await page.getByTestId('sheet-comment').fill('校企共建实训基地不足。')
  await page.getByTestId('back-to-list').click()
  await expect(page.getByTestId(`sheet-row-${key.submissionId}`)).toContainText('19/24')
  await expectSaved(page)
  await expect.poll(async () => (await wb.api('sheets.get', key)).sheet.comment).toBe('校企共建实训基地不足。')
  await page.getByTestId(`open-sheet-${key.submissionId}`).click()
  await expect(page.getByTestId('sheet-comment')).toHaveValue('校企共建实训基地不足。')
})

test('the core’s message is shown for a refused form (duplicate submission)', async () => {
  await page.getByTestId('back-to-list').click()
  await page.getByTestId('tab-submissions').click()
  await page.getByTestId('add-submission').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('申报单位').fill('湖南省机械工业技师学院')
  await dialog.getByLabel('专业名称').fill('工业机器人应用与维护')
  await chooseOption(page, dialog.getByTestId('submission-group'), '机器人技术应用')
  await dialog.getByTestId('submission-ok').click()
  await expect(page.locator('.ant-message')).toContainText('已经申报')
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('save-state')).toHaveText(/保存失败/)
})
