import type { Locator, Page } from '@playwright/test'
import { chooseOption } from '../antd'

export interface NewExpert {
  name: string
  unit: string
  title: string
  groups: [string, ...string[]]
  field: string
  former: { unit: string; from: number; to: number }
  relation: { kind: string; name: string; unit: string; year: number }
}

/** 专家与分配: the campaign's experts, the new-expert dialog, and the panel's sub-tabs (回避, 分配, 记录). */
export class ExpertsTab {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByTestId('campaign-experts-table')
  }
  panelTab(name: 'conflicts' | 'assign' | 'log'): Locator {
    return this.page.getByTestId(`panel-tab-${name}`)
  }
  conflict(expertId: string, submissionId: string): Locator {
    return this.page.getByTestId(`conflict-${expertId}-${submissionId}`)
  }
  panelRow(submissionId: string): Locator {
    return this.page.getByTestId(`panel-row-${submissionId}`)
  }

  /** Fills the new-expert dialog (before 确定), with one former unit and one declared relation. */
  async fillNewExpert(e: NewExpert, beforeOk?: () => Promise<void>): Promise<Locator> {
    const { page } = this
    await page.getByTestId('new-expert').click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('姓名').fill(e.name)
    await dialog.getByLabel('工作单位').fill(e.unit)
    await dialog.getByLabel('职称/职务').fill(e.title)
    const [first, ...more] = e.groups
    await chooseOption(page, dialog.getByTestId('expert-groups'), first)
    // a multiple select stays open after a pick
    for (const g of more) await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: g }).click()
    await dialog.locator('.ant-modal-title').click()
    await dialog.getByTestId('expert-fields').locator('input').fill(e.field)
    await page.keyboard.press('Enter')
    await dialog.getByTestId('add-former-unit').click()
    const former = dialog.getByTestId('former-0')
    await former.getByPlaceholder('单位名称').fill(e.former.unit)
    await former.getByPlaceholder('起始年').fill(String(e.former.from))
    await former.getByPlaceholder('截止年').fill(String(e.former.to))
    await dialog.getByTestId('add-relation').click()
    const relation = dialog.getByTestId('relation-0')
    await chooseOption(page, relation.locator('.ant-select'), e.relation.kind)
    await relation.getByPlaceholder('姓名').fill(e.relation.name)
    await relation.getByPlaceholder('所在单位').fill(e.relation.unit)
    await relation.getByPlaceholder('最近年份').fill(String(e.relation.year))
    await beforeOk?.()
    await dialog.getByTestId('expert-ok').click()
    return dialog
  }
}
