import ExcelJS from 'exceljs'
import { expect, test } from './support/fixtures'

// Issue 9 item 16 through the UI: 导入专家 in the 专家库 imports a small pool with former units and
// relations; a row with a problem is shown by row and column and left out with 仅导入无误的行.
test.use({ shotsDir: process.env.SHOTS_DIR ?? '/tmp/shots-experts-import' })

async function poolXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const ws = book.addWorksheet('专家库')
  ws.addRow(['2026年专家库名单'])
  ws.addRow(['姓名', '工作单位', '职称', '协作组', '原工作单位', '关系', '研究领域', '联系方式'])
  ws.addRow(['王建国', '湖北工业职业技术学院', '教授', '机器人技术应用', '江苏省常州技师学院（2018—2021）', '项目合作：李明，江苏省常州技师学院', '工业机器人', '13900000001'])
  ws.addRow(['陈静', '广州市机电技师学院', '高级讲师', '数字化设计与制造、智能机电技术应用', '', '', '数控加工、模具', ''])
  ws.addRow(['刘洋', '某技师学院', '', '不存在的组', '某学院', '', '', ''])
  return Buffer.from(await book.xlsx.writeBuffer())
}

test('导入专家: preview with problems by row and column, valid rows imported with their former units', async ({ page, workbench: wb, shot }) => {
  await page.goto(wb.url)
  await page.getByTestId('nav-experts').click()
  await page.getByTestId('import-experts').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByTestId('expert-import-file').locator('input[type=file]').setInputFiles({
    name: '专家库.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await poolXlsx(),
  })
  await expect(dialog.getByTestId('expert-import-summary')).toHaveText('共 3 行，无误 2 行，问题 2 处')
  await expect(dialog.getByTestId('expert-header-row')).toContainText('第 2 行')
  const problems = dialog.getByTestId('expert-import-problems')
  await expect(problems).toContainText('协作组')
  await expect(problems).toContainText('没有名为「不存在的组」的协作组')
  await expect(problems).toContainText('缺少年份')
  await shot('01-preview-problems')
  await dialog.getByRole('tab', { name: /无误的行/ }).click()
  await expect(dialog.getByTestId('expert-import-valid')).toContainText('江苏省常州技师学院（2018—2021）')
  await shot('02-preview-valid')
  await dialog.getByTestId('expert-import-next').click()
  await expect(dialog.getByTestId('expert-mode-valid-only')).toBeChecked()
  await dialog.getByTestId('expert-import-commit').click()
  await expect(dialog.getByTestId('expert-import-result')).toContainText('已导入 2 位专家')
  await expect(dialog.getByTestId('expert-import-result')).toContainText('跳过有问题的 1 行')
  await dialog.getByTestId('expert-import-done').click()

  const table = page.getByTestId('expert-pool-table')
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(2)
  const wang = table.locator('tbody tr', { hasText: '王建国' })
  await expect(wang).toContainText('湖北工业职业技术学院')
  await expect(wang).toContainText('曾任 1 个单位')
  await wang.locator('.dotted').hover()
  await expect(page.locator('.expert-conflict-lines')).toContainText('江苏省常州技师学院（2018—2021 年）')
  await shot('03-pool-after-import')
  const pool = await wb.api('experts.list', {})
  expect(pool.find((e) => e.name === '王建国')!.relations).toEqual([{ kind: 'projectPartner', name: '李明', unit: '江苏省常州技师学院' }])
})
