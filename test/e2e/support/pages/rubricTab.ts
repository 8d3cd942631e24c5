import { expect, type Locator, type Page } from '@playwright/test'
import { DESCRIPTORS } from '../rubricSetup'

/** 指标体系: the rubric, its editor (tree, detail, sections, problems) and the import dialog. */
export class RubricTab {
  constructor(readonly page: Page) {}

  get problems(): Locator {
    return this.page.getByTestId('rubric-problems')
  }
  get problemCount(): Locator {
    return this.page.getByTestId('rubric-problem-count')
  }
  get detail(): Locator {
    return this.page.getByTestId('rubric-detail')
  }
  get importModal(): Locator {
    return this.page.getByTestId('import-modal')
  }

  /** Selects a node of the tree (`rubric-node-d-1`, `rubric-node-i-1.1`). */
  async select(node: string): Promise<void> {
    await this.page.getByTestId(node).click()
  }

  async fillDescriptors(): Promise<void> {
    for (const [level, text] of Object.entries(DESCRIPTORS)) await this.page.getByTestId(`ind-desc-${level}`).fill(text)
  }

  /**
   * Starts recording which elements get the 1.6-second `rubric-flash` class, so a test can check that a
   * jump flashed its row without racing the flash on a slow machine. Returns a locator-free check: the
   * data-testid / data-rubric-anchor values flashed since.
   */
  async watchFlashes(): Promise<() => Promise<string[]>> {
    await this.page.evaluate(() => {
      const seen: string[] = []
      ;(window as unknown as { __flashed: string[] }).__flashed = seen
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target as Element
          if (!el.classList?.contains('rubric-flash')) continue
          for (const a of ['data-testid', 'data-rubric-anchor']) {
            const v = el.getAttribute(a)
            if (v) seen.push(v)
          }
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] })
    })
    return () => this.page.evaluate(() => [...(window as unknown as { __flashed: string[] }).__flashed])
  }

  /** Waits until the editor's check has settled after a typing pause (what the user then sees). */
  async settled(): Promise<void> {
    if (await this.problemCount.count()) await expect(this.problemCount).toHaveAttribute('data-pending', 'false')
  }
}
