import type { FileOutput, ResultsSummary } from '../../../../../core/api/outputs'
import type { SheetKey } from '../scoring/state'

export interface ResultsSlice {
  /** results.summary of the open campaign; also feeds 概览 and 报告 */
  summary: ResultsSummary | null
  summaryLoading: boolean
  loadSummary: () => Promise<void>
  exportScoreSheet: (key: SheetKey) => Promise<FileOutput>
}

export const initialResultsState = { summary: null, summaryLoading: false } satisfies Partial<ResultsSlice>
