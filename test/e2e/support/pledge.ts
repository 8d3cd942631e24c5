import { expect, type Page } from '@playwright/test'
import { chooseOption } from './antd'

/**
 * 评分: act as an expert; when that expert has not signed the campaign's 承诺书 yet, the tab shows it
 * instead of the list, and it is signed here with the default declaration (无).
 */
export async function actAs(page: Page, name: string): Promise<void> {
  await chooseOption(page, page.getByTestId('act-as'), name)
  await expect(page.getByTestId('act-as')).toContainText(name)
  const pledge = page.getByTestId('pledge')
  await expect(pledge.or(page.getByTestId('pledge-signed'))).toBeVisible()
  if (await pledge.isVisible()) {
    await page.getByTestId('pledge-sign').click()
    await expect(page.getByTestId('pledge-signed')).toBeVisible()
  }
}
