import { expect, test } from '@playwright/test'
import { serveWorkbench } from './support/workbench'
import { chooseOption } from './support/antd'

// Issue 9 item 7: a 回避 declared in the 承诺书 per submission enters 回避 and 概览, and blocks scoring it.
const wb = serveWorkbench('empty')

test('申请回避 in the 承诺书: shown in 回避 and 概览; the expert cannot score that submission', async ({ page }) => {
  test.setTimeout(180_000)
  const e = await wb.api('experts.add', { name: '王建国', unit: '江苏省机械高级技工学校', groupIds: ['g2'] })
  const c = await wb.api('campaigns.create', { name: '承诺书回避（E2E）', kind: 'diagnostic' })
  await wb.api('campaigns.addExperts', { campaignId: c.id, expertIds: [e.id] })
  const a = await wb.api('submissions.add', { campaignId: c.id, school: '江苏省常州技师学院', program: '数控加工', groupId: 'g2' })
  const b = await wb.api('submissions.add', { campaignId: c.id, school: '山东省工业技师学院', program: '数控加工', groupId: 'g2' })

  await page.goto(`${wb.url}#/campaign/${c.id}/scoring`)
  await chooseOption(page, page.getByTestId('act-as').first(), '王建国')
  const pledge = page.getByTestId('pledge')
  await expect(pledge).toBeVisible({ timeout: 30_000 })
  await expect(pledge.getByTestId(`pledge-row-${a.id}`)).toContainText('江苏省常州技师学院')
  await expect(pledge.getByTestId(`pledge-row-${b.id}`)).toContainText('山东省工业技师学院')
  await pledge.getByTestId(`pledge-row-${a.id}`).getByTestId('pledge-conflict-check').click()
  // a declared conflict needs its reason before signing
  await expect(page.getByTestId('pledge-sign')).toBeDisabled()
  await pledge.getByTestId(`pledge-row-${a.id}`).getByTestId('pledge-conflict-reason').fill('2022 年前在该校任教')
  await page.screenshot({ path: 'test-results/pledge-01-declare.png', fullPage: true })
  await page.getByTestId('pledge-sign').click()
  await expect(page.getByTestId('pledge-signed')).toBeVisible()

  await expect(page.getByTestId(`sheet-conflict-${a.id}`)).toHaveText('回避')
  await expect(page.getByTestId(`open-sheet-${a.id}`)).toBeDisabled()
  await expect(page.getByTestId(`open-sheet-${b.id}`)).toBeEnabled()
  await expect(wb.api('sheets.setEntry', { campaignId: c.id, expertId: e.id, submissionId: a.id, indicatorCode: '1.1', level: 'A' })).rejects.toThrow(/待秘书处认定/)

  await page.getByTestId('tab-experts').click()
  await page.getByTestId('panel-tab-conflicts').click()
  const row = page.getByTestId(`conflict-${e.id}-${a.id}`)
  await expect(row.getByTestId('conflict-tag')).toHaveText('疑似回避')
  await expect(row).toContainText('专家在承诺书中申请回避：2022 年前在该校任教')
  await page.getByTestId('tab-overview').click()
  await expect(page.getByTestId('overview')).toContainText('专家 王建国 在承诺书中申请回避 江苏省常州技师学院「数控加工」，待认定')
  await page.screenshot({ path: 'test-results/pledge-02-overview.png', fullPage: true })
})
