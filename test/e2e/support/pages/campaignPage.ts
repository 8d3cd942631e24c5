import { expect, type Locator, type Page } from '@playwright/test'
import type { Workbench } from '../workbench'

/** A campaign's frame: open it on a tab by address, switch tabs, and the dialog on top. */
export class CampaignPage {
  constructor(readonly page: Page) {}

  /**
   * Opens the campaign on a tab (`submissions`, `experts`, `scoring`, `rubric`, …) in a fresh page load
   * and waits for its frame (a fresh page loads the whole bundle: slower than a click on a busy machine).
   */
  async open(wb: Workbench, campaignId: string, tab: string): Promise<void> {
    await this.page.goto(`${wb.url}#/campaign/${campaignId}/${tab}`)
    await expect(this.page.getByTestId('campaign-page')).toHaveAttribute('data-campaign-id', campaignId, { timeout: 30_000 })
  }

  tab(name: 'experts' | 'scoring' | 'submissions' | 'rubric'): Locator {
    return this.page.getByTestId(`tab-${name}`)
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  get content(): Locator {
    return this.page.locator('#app-content')
  }

  async scrollContent(to: 'top' | 'bottom' | number): Promise<void> {
    await this.content.evaluate((e, y) => e.scrollTo(0, y === 'top' ? 0 : y === 'bottom' ? e.scrollHeight : y), to)
  }
}

/** The rendered page 1 of a PDF inside `scope`: a canvas of non-zero size with the blue bar's pixels. */
export async function expectPdfRendered(scope: Locator): Promise<void> {
  const pageBox = scope.getByTestId('pdf-page-1')
  await expect(pageBox).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 })
  const canvas = pageBox.getByTestId('pdf-canvas')
  const stats = await canvas.evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!
    const { data } = ctx.getImageData(0, 0, c.width, c.height)
    let blue = 0
    for (let i = 0; i < data.length; i += 4) if (data[i + 2]! > 120 && data[i]! < 80) blue++
    return { width: c.width, height: c.height, blue }
  })
  expect(stats.width).toBeGreaterThan(100)
  expect(stats.height).toBeGreaterThan(100)
  expect(stats.blue).toBeGreaterThan(1000)
}
