import { expect, type Locator, type Page } from '@playwright/test'

/** Opens an antd Select and picks the option showing `text` (antd renders options in a popup). */
export async function chooseOption(page: Page, select: Locator, text: string): Promise<void> {
  await select.click()
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text })
  await option.first().click()
}

/** The save state in the header once everything is on disk: "已保存 · HH:mm". */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText(/已保存 · \d{2}:\d{2}/)
}
