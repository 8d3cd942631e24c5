import { expect, test, type Page } from '@playwright/test'
import type { ResultRow } from '../../src/core/api/outputs'
import { serveWorkbench } from './support/workbench'
import { chooseOption } from './support/antd'

// 结果与评定's 会评 filters on the bundled demo, and the view kept across a reload (sessionStorage).
const wb = serveWorkbench('demo')

async function openResults(page: Page): Promise<{ campaignId: string; rows: ResultRow[] }> {
  const [campaign] = await wb.api('campaigns.list', {})
  const summary = await wb.api('results.summary', { campaignId: campaign!.id })
  await page.goto(`${wb.url}#/campaign/${campaign!.id}/results`)
  await expect(page.getByTestId('results-table')).toBeVisible({ timeout: 30_000 })
  return { campaignId: campaign!.id, rows: summary.rows }
}

const shownIds = async (page: Page) =>
  (await page.locator('[data-testid^="result-row-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('result-row-'.length)))).sort()
const ids = (rows: ResultRow[]) => rows.map((r) => r.submission.id).sort()

test('filters by 协作组, 等次, 需关注 and search, and keeps the view across a reload', async ({ page }) => {
  test.setTimeout(240_000) // one long walk through the screen on a heavily shared machine
  const { rows } = await openResults(page)
  expect(rows.length).toBeGreaterThan(2)
  await expect(page.locator('[data-testid^="result-row-"]')).toHaveCount(rows.length)
  await expect(page.getByTestId('results-shown')).toHaveText(`共 ${rows.length} 项`)

  // search: one school's name narrows to that school's rows
  const school = rows[0]!.submission.school
  await page.getByTestId('results-search').locator('input').fill(school)
  await expect.poll(() => shownIds(page)).toEqual(ids(rows.filter((r) => r.submission.school.includes(school))))
  await page.getByTestId('results-search').locator('input').fill('没有这样的学校')
  await expect(page.locator('[data-testid^="result-row-"]')).toHaveCount(0)
  await expect(page.getByTestId('results-table')).toContainText('没有符合筛选条件的申报')
  await page.getByTestId('results-search').locator('input').fill('')

  // 协作组
  const group = rows[rows.length - 1]!.groupName
  await chooseOption(page, page.getByTestId('results-filter-group'), group)
  const inGroup = rows.filter((r) => r.groupName === group)
  await expect.poll(() => shownIds(page)).toEqual(ids(inGroup))
  await expect(page.getByTestId('results-shown')).toHaveText(`显示 ${inGroup.length} / ${rows.length} 项`)
  await page.getByTestId('results-filter-clear').click()
  await expect(page.locator('[data-testid^="result-row-"]')).toHaveCount(rows.length)

  // 等次: a grade some row has
  const graded = rows.find((r) => r.gradeLabel && !r.notRated)
  if (graded) {
    await chooseOption(page, page.getByTestId('results-filter-grade'), graded.gradeLabel!)
    await expect.poll(() => shownIds(page)).toEqual(ids(rows.filter((r) => !r.notRated && r.gradeLabel === graded.gradeLabel)))
    await page.getByTestId('results-filter-clear').click()
  }

  // 需关注: missing sheets, a deviation beyond 15 points, or a raised veto that does not stand
  const attention = rows.filter((r) => r.submittedCount < r.experts.length || r.experts.some((e) => e.flagged) || r.vetoes.some((v) => !v.confirmed))
  await page.getByTestId('results-filter-attention').click()
  await expect.poll(() => shownIds(page)).toEqual(ids(attention))

  // sort by 合成结果 descending, then reload: filter and sort come back
  const header = page.locator('[data-testid="results-table"] th', { hasText: '合成结果' })
  await header.click()
  await header.click()
  await expect(header).toHaveAttribute('aria-sort', 'descending')
  const order = await page.locator('[data-testid^="result-row-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
  await page.reload()
  await expect(page.getByTestId('results-filter-attention')).toBeChecked({ timeout: 30_000 })
  await expect(page.locator('[data-testid="results-table"] th', { hasText: '合成结果' })).toHaveAttribute('aria-sort', 'descending')
  await expect.poll(() => page.locator('[data-testid^="result-row-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual(order)
  const expected = [...attention].sort((a, b) => (b.result ?? -1) - (a.result ?? -1)).map((r) => `result-row-${r.submission.id}`)
  expect(order).toEqual(expected)
})

test('a score cell explains itself on hover, and the hint goes when the pointer leaves (one tooltip for the grid, GridTip.tsx)', async ({ page }) => {
  const { rows } = await openResults(page)
  // a cell that carries a hint: a draft, a sheet not started, or a deviation beyond 15 points
  const hints = { draft: '评分中，未提交，不计入结果', empty: '未评分' } as const
  const row = rows.find((r) => r.experts.some((e) => e.status !== 'submitted' || e.flagged))
  expect(row, 'the demo has a result row with a draft, an empty or a flagged cell').toBeTruthy()
  const cell = row!.experts.find((e) => e.status !== 'submitted' || e.flagged)!
  const expected = cell.status === 'submitted' ? '超过 15 分' : hints[cell.status]
  await expect(page.getByRole('tooltip')).toHaveCount(0)
  await page.getByTestId(`cell-${row!.submission.id}-${cell.expertId}`).hover()
  await expect(page.getByRole('tooltip')).toContainText(expected)
  // away from the hint (the page title), the tooltip is gone; back on it, it is there again
  await page.locator('.page-title-row').first().hover()
  await expect(page.getByRole('tooltip').filter({ hasText: expected })).toBeHidden()
  await page.getByTestId(`cell-${row!.submission.id}-${cell.expertId}`).hover()
  await expect(page.getByRole('tooltip')).toContainText(expected)
})
