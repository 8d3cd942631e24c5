import ExcelJS from 'exceljs'
import { expect, test } from '@playwright/test'
import { serveWorkbench } from './support/workbench'
import { chooseOption } from './support/antd'

// Issue 9 item 8 through the UI: a 申报汇总表 whose header sits under a title row (the usual layout)
// imports without "该列没有表头" errors; the wizard shows which row it took and lets the user pick another.
const wb = serveWorkbench('empty')
const TITLE = '2026年专业建设诊断申报汇总表'

async function titledRoster(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const ws = book.addWorksheet('汇总')
  ws.addRow([TITLE])
  ws.mergeCells('A1:E1')
  ws.addRow(['填报单位（盖章）：机械行业职业教育协会'])
  ws.addRow(['序号', '学校名称', '专业名称', '协作组', '申报人'])
  ws.addRow([1, '湖南省机械工业技师学院', '工业机器人应用与维护', '机器人技术应用', '周立新'])
  ws.addRow([2, '江苏省常州技师学院', '数控加工', '数字化设计与制造', '李明'])
  return Buffer.from(await book.xlsx.writeBuffer())
}

test('a roster with a title row above the header imports; the header row can be picked', async ({ page }) => {
  const campaign = await wb.api('campaigns.create', { name: '标题行测试', kind: 'diagnostic' })
  await page.goto(`${wb.url}#/campaign/${campaign.id}/submissions`)
  await page.getByTestId('import-roster').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByTestId('roster-file').locator('input[type=file]').setInputFiles({
    name: '申报汇总表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await titledRoster(),
  })
  const mapping = dialog.getByTestId('roster-mapping')
  await expect(mapping).toContainText('共 2 行数据、5 列')
  await expect(dialog.getByTestId('roster-header-row')).toContainText('第 3 行：序号、学校名称、专业名称、协作组、申报人')

  // the title row as header: the file reads as one column with every data cell under no header
  await chooseOption(page, dialog.getByTestId('roster-header-row'), `第 1 行：${TITLE}`)
  await expect(dialog.getByTestId('roster-error')).toContainText('该列没有表头')
  // back to the detected row
  await chooseOption(page, dialog.getByTestId('roster-header-row'), '第 3 行')
  await expect(mapping).toContainText('共 2 行数据、5 列')
  await expect(dialog.getByTestId('roster-error')).toHaveCount(0)

  await dialog.getByTestId('roster-next').click()
  await expect(dialog.getByTestId('roster-summary')).toHaveText('共 2 行，无误 2 行，问题 0 处')
  await dialog.getByTestId('roster-next').click()
  await dialog.getByTestId('roster-import').click()
  await expect(dialog.getByTestId('roster-result')).toContainText('已导入 2 项申报')
  await dialog.getByTestId('roster-done').click()

  const after = await wb.api('campaigns.get', { campaignId: campaign.id })
  expect(after.submissions.map((s) => s.school)).toEqual(['湖南省机械工业技师学院', '江苏省常州技师学院'])
  expect(after.rosterHeaderRow).toBe(3)
})
