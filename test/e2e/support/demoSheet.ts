import type { Browser, Page } from '@playwright/test'
import type { Workbench } from './workbench'

export interface DemoSheetKey {
  campaignId: string
  expertId: string
  submissionId: string
}

/**
 * A page on the demo workspace and the key of 陈静's draft sheet on its first submission — the setup of the
 * specs that edit a draft sheet. Page errors are collected into `pageErrors` for the spec's afterEach.
 */
export async function demoDraftSheet(browser: Browser, wb: Workbench, pageErrors: string[]): Promise<{ page: Page; key: DemoSheetKey }> {
  const page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
  const campaign = await wb.api('campaigns.get', { campaignId: (await wb.api('campaigns.list', {}))[0]!.id })
  const expert = (await wb.api('experts.list', {})).find((e) => e.name === '陈静')!
  return { page, key: { campaignId: campaign.id, expertId: expert.id, submissionId: campaign.submissions[0]!.id } }
}
