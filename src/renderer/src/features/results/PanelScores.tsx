import './results.css'
import type { ResultRow } from '../../../../core/api/outputs'
import { ExpertScoreCell } from './ExpertScoreCell'
import { RESULTS_STRINGS as S } from './strings'

/**
 * Every member of this row's own panel with their total (issue 9 item 2): panels differ per
 * submission, so the scores are cells of the row, not columns of the table. Kept small and pure so a
 * virtualised table can render it per row.
 */
export function PanelScores({ row }: { row: ResultRow }) {
  if (!row.experts.length) return <span className="muted">{S.noPanel}</span>
  return (
    <div className="panel-scores" data-testid={`panel-scores-${row.submission.id}`}>
      {row.experts.map((c) => (
        <span key={c.expertId} className="panel-score" data-testid="panel-score">
          <span className="panel-score-name" title={c.expertName}>
            {c.expertName}
          </span>
          <ExpertScoreCell cell={c} testId={`cell-${row.submission.id}-${c.expertId}`} />
        </span>
      ))}
    </div>
  )
}

/** n/m submitted, with 暂定 when not every panel member has submitted (the result is not ranked). */
export function SubmittedCell({ row }: { row: ResultRow }) {
  const text = `${row.submittedCount}/${row.experts.length}`
  return (
    <span data-testid={`submitted-${row.submission.id}`} data-provisional={row.provisional}>
      {text}
    </span>
  )
}
