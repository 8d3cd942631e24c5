import type { Locator, Page } from '@playwright/test'

/** 申报与材料: the submissions table, the roster wizard, the materials dialog and the import job. */
export class SubmissionsTab {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('submissions')
  }
  get table(): Locator {
    return this.page.getByTestId('submissions-table')
  }
  get rows(): Locator {
    return this.table.locator('tbody tr.ant-table-row')
  }
  get job(): Locator {
    return this.page.getByTestId('materials-job')
  }
  get drawer(): Locator {
    return this.page.locator('.ant-drawer-section')
  }
  materialCount(submissionId: string): Locator {
    return this.page.getByTestId(`material-count-${submissionId}`)
  }

  /** Opens the roster wizard and picks the file; the dialog is returned at its first step (对应列). */
  async startRosterImport(file: { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
    await this.page.getByTestId('import-roster').click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByTestId('roster-file').locator('input[type=file]').setInputFiles(file)
    return dialog
  }

  /** Opens the materials dialog and picks the zip (not started yet). */
  async pickMaterials(name: string, buffer: Buffer): Promise<Locator> {
    await this.page.getByTestId('import-materials').click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByTestId('materials-file').locator('input[type=file]').setInputFiles({ name, mimeType: 'application/zip', buffer })
    return dialog
  }

  /** Opens a submission's details drawer. */
  async openDetails(submissionId: string): Promise<Locator> {
    await this.page.getByTestId(`submission-details-${submissionId}`).click()
    return this.drawer
  }
}
