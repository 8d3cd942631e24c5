import { Alert } from 'antd'
import type { ResultsSummary } from '../../../../core/api/outputs'
import { RESULTS_STRINGS as S } from './strings'

/**
 * Why the results table has nothing to show yet (issue 9 item 13: a grid of dashes with no word):
 * no submissions, no experts, or no sheet submitted so far — with what to do next.
 */
export function ResultsEmptyNote({ summary, expertCount }: { summary: ResultsSummary | null; expertCount: number }) {
  if (!summary) return null
  const why = !summary.rows.length
    ? S.whyNoSubmissions
    : !expertCount
      ? S.whyNoExperts
      : summary.rows.every((r) => r.submittedCount === 0)
        ? S.whyNoSubmitted
        : null
  if (!why) return null
  return <Alert type="info" showIcon title={why.title} description={why.text} data-testid="results-empty" />
}
