import JSZip from 'jszip'
import { expect, test } from './support/fixtures'
import { chooseOption } from './support/antd'
import { handWrittenPdf, ONE_PIXEL_PNG, S1, S2 } from './support/intakeFiles'
import { addSubmissions, importMaterials, intakeCampaign } from './support/intakeSetup'
import { CampaignPage } from './support/pages/campaignPage'
import { SubmissionsTab } from './support/pages/submissionsTab'

// Issue 9 item 15 through the UI: a file the zip import could not match is attached by hand
// (关联到申报…), and single files go straight into a submission's drawer (添加材料), no zip needed.
test.use({ shotsDir: process.env.SHOTS_DIR ?? '/tmp/shots-materials-manual' })

async function zipWithUnmatched(): Promise<Buffer> {
  const zip = new JSZip()
  zip.file(`${S1.school}_${S1.program}/申报书.pdf`, handWrittenPdf('Matched'))
  zip.file('常州技师学院_数控/自评报告.pdf', handWrittenPdf('Misnamed'))
  return zip.generateAsync({ type: 'nodebuffer' })
}

test('an unmatched file is attached to a chosen submission; single files are added in the drawer', async ({ page, workbench: wb, shot }) => {
  const campaignId = await intakeCampaign(wb.api)
  const { s1, s2 } = await addSubmissions(wb.api, campaignId)
  await importMaterials(wb.api, campaignId, await zipWithUnmatched())
  const tab = new SubmissionsTab(page)
  await new CampaignPage(page).open(wb, campaignId, 'submissions')

  const unmatched = page.getByTestId('unmatched-materials')
  await expect(unmatched).toContainText('未匹配的材料（1）')
  await expect(unmatched).toContainText('常州技师学院_数控/自评报告.pdf')
  await expect(tab.materialCount(s2)).toHaveText('—')
  await unmatched.getByTestId('attach-unmatched').click()
  const dialog = page.getByRole('dialog')
  await chooseOption(page, dialog.getByTestId('attach-submission'), `${S2.school}「${S2.program}」`)
  await dialog.getByRole('textbox').fill('文件夹名中的学校名称不全')
  await shot('01-attach-dialog')
  await dialog.getByTestId('attach-ok').click()
  await expect(unmatched).toHaveCount(0)
  await expect(tab.materialCount(s2)).toHaveText('1')
  const audit = await wb.api('audit.list', { campaignId })
  expect(audit.entries.find((e) => e.action === 'materials.attach')?.data).toMatchObject({ submissionId: s2, reason: '文件夹名中的学校名称不全' })

  // 添加材料: a PDF and a picture picked together, sent with progress, checked like a zip's files
  const drawer = await tab.openDetails(s1)
  await drawer.getByTestId('add-files').click()
  const add = page.getByRole('dialog').filter({ hasText: '添加材料' })
  await add.getByTestId('add-files-pick').locator('input[type=file]').setInputFiles([
    { name: '人才培养方案.pdf', mimeType: 'application/pdf', buffer: handWrittenPdf('Plan') },
    { name: '实训室.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG },
  ])
  await expect(add.getByTestId('add-files-list')).toContainText('人才培养方案.pdf')
  await expect(add.getByTestId('add-files-list')).toContainText('实训室.png')
  await add.getByTestId('add-files-start').click()
  await expect(add.getByTestId('add-files-result')).toContainText('已添加 2 个文件')
  await expect(add.getByTestId('add-files-progress')).toBeVisible()
  await shot('02-add-files-done')
  await add.getByTestId('add-files-start').click()
  await expect(drawer.getByTestId('materials-table').locator('tbody tr.ant-table-row')).toHaveCount(3)
  await expect(drawer.getByTestId('materials-table')).toContainText('人才培养方案.pdf')
  await shot('03-drawer-materials')
  const list = await wb.api('materials.list', { campaignId, submissionId: s1 })
  expect(list.map((m) => m.name).sort()).toEqual(['人才培养方案.pdf', '实训室.png', '申报书.pdf'])
})
