import { expect, test } from './support/fixtures'

// A second 评审活动 under a name already used (however spaced) is refused at the name field; the
// dialog stays open with what was typed, and no campaign is made.
test.use({ shotsDir: '/tmp/gaps' })

test('新建评审活动 under a name already used is refused at the name, and nothing is created', async ({ page, workbench: wb, shot }) => {
  await wb.api('campaigns.create', { name: '2026年联盟名师评选', kind: 'masterTeacher' })
  await page.goto(wb.url)
  await page.getByTestId('new-campaign').click({ timeout: 30_000 })
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('评审活动名称').fill('2026年 联盟名师评选')
  await dialog.getByTestId('kind-masterTeacher').click()
  await dialog.getByTestId('create-campaign-ok').click()
  await expect(dialog.locator('.ant-form-item-explain-error')).toContainText('已有同名的评审活动「2026年联盟名师评选」，不能再用「2026年 联盟名师评选」这个名称')
  await expect(dialog.getByLabel('评审活动名称')).toHaveValue('2026年 联盟名师评选')
  await shot('campaign-name-taken')
  expect(await wb.api('campaigns.list', {})).toHaveLength(1)
  // another name goes through
  await dialog.getByLabel('评审活动名称').fill('2027年联盟名师评选')
  await dialog.getByTestId('create-campaign-ok').click()
  await expect(page.getByTestId('campaign-title')).toHaveText('2027年联盟名师评选')
})
