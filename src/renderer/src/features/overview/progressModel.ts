import { submissionLabel } from '../../../../core/domain/submissionLabel'
import type { ResultsSummary } from '../../../../core/api/outputs'

export interface ProgressLine {
  key: string
  label: string
  done: number
  expected: number
}

/** Submitted sheets per expert and per submission, read off the results summary. */
export function progressLines(summary: ResultsSummary): { byExpert: ProgressLine[]; bySubmission: ProgressLine[] } {
  const byExpert = new Map<string, ProgressLine>()
  for (const row of summary.rows) {
    for (const cell of row.experts) {
      const line = byExpert.get(cell.expertId) ?? { key: cell.expertId, label: cell.expertName, done: 0, expected: 0 }
      line.expected += 1
      if (cell.status === 'submitted') line.done += 1
      byExpert.set(cell.expertId, line)
    }
  }
  const bySubmission = summary.rows.map((r) => ({
    key: r.submission.id,
    label: r.submission.subject.kind === 'program' ? `${r.submission.school} · ${r.submission.program}` : submissionLabel(r.submission),
    done: r.submittedCount,
    expected: r.experts.length,
  }))
  return { byExpert: [...byExpert.values()], bySubmission }
}
