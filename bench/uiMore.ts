/**
 * The rest of issue 14's "every other list that grows with submissions", measured beside ui.ts's
 * screens on the same generated workspace (1,000 submissions × 7 experts, 70 % submitted, and an audit
 * log of one entry per submitted sheet, seedAudit.ts): 报告 (one line per submitted sheet, ~4,900),
 * 审计日志 (~4,900 entries), 诊断报告's picker (1,000 submissions), 评分 (one expert's 1,000 sheets),
 * 校准会 (its anchor picker lists every submission), 评审包与回收 (each expert's missing list) and 分配记录.
 * 评定与公示 needs a ranked kind: it runs on a second generated workspace of 精品课程 (same size) with
 * its own bridge (measureDecisions).
 */
import type { Browser, Page } from 'playwright-core'
import { rm } from 'node:fs/promises'
import type { ChildProcess } from 'node:child_process'
import { generateWorkspace } from './generateWorkspace'
import { frameCpuFromTrace } from './frameCpu'
import { scrollFrames, type Action, type Until } from './uiPage'

type Timed = { ms: number; cpu?: number }
export interface UiMoreContext {
  page: Page
  browser: Browser
  act: (action: Action, until: Until) => Promise<Timed>
  record: (label: string, goal: number, t: Timed) => void
  goal: { firstRows: number; sortFilter: number; scrollFrame: number }
}

const present = (selector: string): Until => ({ kind: 'present', selector })
const textChanged = (selector: string): Until => ({ kind: 'textChanged', selector })
const click = (selector: string): Action => ({ kind: 'click', selector })
const tab = (key: string) => click(`[data-testid="tab-${key}"]`)
const rowsOf = (testId: string) => `[data-testid="${testId}"] .ant-table-row`
/** the next-page arrow of the table inside the element with this test id */
const nextPage = (testId: string) => click(`[data-testid="${testId}"] .ant-pagination-next`)
const OVERVIEW_ROW = '[data-testid="progress-by-submission"] .ant-table-row'
const SHEET_ROW = '[data-testid^="sheet-row-"]'
const DECISION_ROW = '[data-testid^="decision-row-"]'
/** the page's scrolling area (app/App.tsx) */
const CONTENT = '#app-content'
const RELOAD = '[data-testid="decisions-tab"] .decisions-toolbar button'

/** Before the rounds: act as the first expert on 评分 once (the choice stays in the store across tab switches). */
export async function prepareMoreScreens(page: Page): Promise<void> {
  await page.click('[data-testid="tab-scoring"]')
  await page.click('[data-testid="act-as"]')
  await page.click('.ant-select-dropdown .ant-select-item-option >> nth=0')
  await page.waitForSelector(SHEET_ROW, { timeout: 60_000 })
  await page.click('[data-testid="tab-overview"]')
  await page.waitForSelector(OVERVIEW_ROW)
}

/** One round over the screens, from 概览 back to 概览. */
export async function measureMoreScreens({ page, act, record, goal }: UiMoreContext, round: number): Promise<void> {
  record('概览 → 报告: first rows', goal.firstRows, await act(tab('reports'), present(rowsOf('reports'))))
  record('报告: next page', goal.sortFilter, await act(nextPage('reports'), textChanged(rowsOf('reports'))))
  record('报告 → 审计日志: first rows', goal.firstRows, await act(tab('audit'), present(rowsOf('audit'))))
  if (round === 0) {
    const ok = await page.getAttribute('[data-testid="audit-verdict"]', 'data-ok', { timeout: 30_000 })
    if (ok !== 'true') throw new Error(`审计日志 reports the seeded chain as broken: ${await page.textContent('[data-testid="audit-verdict"]')}`)
  }
  record('审计日志: next page', goal.sortFilter, await act(nextPage('audit'), textChanged(rowsOf('audit'))))
  record('审计日志 → 诊断报告: picker', goal.firstRows, await act(tab('diagnosis'), present('[data-testid="diagnosis-submission"]')))
  // the picker's options come with results.summary: wait for it before opening the list
  await page.waitForFunction(() => !document.querySelector('.ant-skeleton'), undefined, { timeout: 30_000 })
  await page.waitForTimeout(300)
  record('诊断报告: open the picker (scored submissions)', goal.sortFilter, await act({ kind: 'mousedown', selector: '[data-testid="diagnosis-submission"] .ant-select-content, [data-testid="diagnosis-submission"]' }, present('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')))
  await page.keyboard.press('Escape')
  record('诊断报告 → 评分: an expert\'s sheets, first rows', goal.firstRows, await act(tab('scoring'), present(SHEET_ROW)))
  record('评分: next page', goal.sortFilter, await act(nextPage('scoring'), { kind: 'changed', selector: SHEET_ROW }))
  record('评分 → 校准会', goal.firstRows, await act(tab('calibration'), present('[data-testid="calibration"]')))
  record('校准会 → 专家与分配 (experts list)', goal.firstRows, await act(tab('experts'), present(rowsOf('campaign-experts-table'))))
  record('专家与分配: 评审包与回收 rows', goal.firstRows, await act(click('[data-testid="panel-tab-packages"]'), present(rowsOf('package-returns-table'))))
  record('专家与分配: 分配记录', goal.firstRows, await act(click('[data-testid="panel-tab-log"]'), present('[data-testid="assignment-log"] .ant-table')))
  // back to the sub-tab ui.ts's rounds expect when they enter 专家与分配
  await page.click('[data-testid="panel-tab-experts"]')
  record('专家与分配 → 概览: first rows', goal.firstRows, await act(tab('overview'), present(OVERVIEW_ROW)))
}

type StartBridge = (dir: string) => Promise<{ url: string; child: ChildProcess }>

/**
 * 评定与公示 on a 精品课程 campaign of the same size: tab click → first rows, a scroll down the page,
 * 刷新, leaving the tab. Navigates the page to a second bridge; leaves it there.
 */
export async function measureDecisions(ctx: UiMoreContext, startBridge: StartBridge, cfg: { submissions: number; experts: number; seed: number; submittedShare: number }, rounds: number): Promise<void> {
  const { page, browser, act, record, goal } = ctx
  const ws = await generateWorkspace({ ...cfg, kind: 'excellentCourse' })
  const bridge = await startBridge(ws.dir)
  try {
    await page.goto(`${bridge.url}#/campaign/${ws.campaignId}/overview`)
    await page.waitForSelector(OVERVIEW_ROW, { timeout: 120_000 })
    await page.waitForTimeout(500)
    for (let round = 0; round < rounds; round++) {
      record('精品课程 概览 → 评定与公示: first rows', goal.firstRows, await act(tab('decisions'), present(DECISION_ROW)))
      await page.waitForTimeout(200)
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] })
      const frames = await scrollFrames(page, CONTENT, 400, 40)
      const frameCpu = frameCpuFromTrace(await browser.stopTracing(), 'scroll-frame')
      const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * (xs.length - 1))] ?? NaN
      record('评定与公示: scroll 40 frames × 400 px, p95 frame', goal.scrollFrame, { ms: p95(frames), cpu: p95(frameCpu) })
      record('评定与公示: scroll, longest frame', goal.scrollFrame, { ms: Math.max(...frames), cpu: Math.max(...frameCpu) })
      await page.evaluate((sel) => document.querySelector(sel)?.scrollTo(0, 0), CONTENT)
      record('评定与公示: 刷新', goal.firstRows, await act(click(RELOAD), { kind: 'loaded', selector: RELOAD }))
      record('leave 评定与公示 for 概览 → first rows', goal.firstRows, await act(tab('overview'), present(OVERVIEW_ROW)))
      await page.waitForTimeout(300)
    }
  } finally {
    bridge.child.kill('SIGTERM')
    await new Promise((r) => bridge.child.once('exit', r))
    await rm(ws.dir, { recursive: true, force: true })
  }
}
