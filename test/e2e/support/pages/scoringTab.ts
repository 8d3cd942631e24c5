import type { Locator, Page } from '@playwright/test'
import { chooseOption } from '../antd'

/** 评分: act as an expert, the 承诺书, the sheet list and one sheet with its materials pane. */
export class ScoringTab {
  constructor(readonly page: Page) {}

  async actAs(name: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('act-as'), name)
  }
  get pledge(): Locator {
    return this.page.getByTestId('pledge')
  }
  get sheetList(): Locator {
    return this.page.getByTestId('sheet-list')
  }
  get sheet(): Locator {
    return this.page.getByTestId('score-sheet')
  }
  get materialsPane(): Locator {
    return this.page.getByTestId('materials-pane')
  }

  async sign(declaration: string): Promise<void> {
    await this.page.getByTestId('pledge-declaration').fill(declaration)
    await this.page.getByTestId('pledge-sign').click()
  }

  async openSheet(submissionId: string): Promise<void> {
    await this.page.getByTestId(`open-sheet-${submissionId}`).click()
  }
}
