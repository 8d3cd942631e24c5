import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test as base } from '@playwright/test'
import { startWorkbench, type Workbench } from './workbench'

export { expect }

export interface Fixtures {
  /** a fresh empty workspace (the alliance's 7 groups) and its bridge, for this test alone */
  workbench: Workbench
  /** where `shot` writes screenshots; a spec sets it with test.use({ shotsDir }) */
  shotsDir: string
  /** a screenshot of the page into shotsDir (for a person to look at; nothing compares them) */
  shot: (name: string) => Promise<void>
  /** uncaught errors in the page: the test fails at its end if there was one */
  pageErrors: string[]
}

/**
 * The E2E test with its fixtures. Each test that takes `workbench` gets its own workspace, set up
 * through the API by the test itself, so a failing test never breaks the next one.
 */
export const test = base.extend<Fixtures>({
  workbench: async ({}, use) => {
    const { wb, close } = await startWorkbench('empty')
    await use(wb)
    await close()
  },
  shotsDir: ['/tmp/shots', { option: true }],
  shot: async ({ page, shotsDir }, use) => {
    await mkdir(shotsDir, { recursive: true })
    await use((name) => page.screenshot({ path: join(shotsDir, `${name}.png`) }).then(() => undefined))
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await use(errors)
      expect(errors).toEqual([])
    },
    { auto: true },
  ],
})
