import { expect, type Page } from '@playwright/test'
import type { Workbench } from './workbench'

/** The signing passphrase E2E experts choose (issue 11: submit = sign). */
export const E2E_PASSPHRASE = 'e2e-passphrase-2026'

/** The input of sheets.submit through the API: the expert's key made first (keys.createExpertKey) when they have none. */
export async function signedSubmitInput<K extends { expertId: string }>(api: Workbench['api'], key: K, passphrase = E2E_PASSPHRASE): Promise<K & { passphrase: string }> {
  const row = (await api('keys.status', {})).experts.find((e) => e.expertId === key.expertId)
  if (row && !row.fingerprint) await api('keys.createExpertKey', { expertId: key.expertId, passphrase })
  return { ...key, passphrase }
}

/**
 * After 提交评分表 was clicked: the sign dialog. An expert without a key sets the passphrase (twice),
 * one with a key types it; then 签署并提交.
 */
export async function signInDialog(page: Page, passphrase = E2E_PASSPHRASE): Promise<void> {
  const dialog = page.getByTestId('submit-sign-modal')
  await expect(dialog.getByTestId('submit-passphrase')).toBeVisible()
  await dialog.getByTestId('submit-passphrase').fill(passphrase)
  const again = dialog.getByTestId('submit-passphrase-again')
  if (await again.count()) await again.fill(passphrase)
  await page.getByTestId('confirm-submit').click()
}
