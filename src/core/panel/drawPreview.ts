import type { Assignment, Expert, Submission } from '../domain/workspace'
import type { WorkHolder } from './scoredWork'

export type PreviewStatus = 'kept' | 'unchanged' | 'changed' | 'new' | 'notDrawn'

export interface DrawPreviewRow {
  submissionId: string
  school: string
  program: string
  status: PreviewStatus
  /** member names before and after the draw */
  before: string[]
  after: string[]
  /** kept: how many sheets hold saved work on it, and how many of them are submitted */
  saved?: { sheets: number; submitted: number }
  /** notDrawn: why (Chinese, from feasibility.ts) */
  problems?: string[]
}

export interface DrawPreviewExpert {
  expertId: string
  name: string
  /** submission labels the expert joins / leaves */
  added: string[]
  removed: string[]
}

export interface DrawDiff {
  rows: DrawPreviewRow[]
  experts: DrawPreviewExpert[]
  counts: Record<PreviewStatus, number>
}

const label = (s: Submission) => `${s.school}「${s.program}」`

/**
 * What a draw changes (issue 9 item 1: "say exactly what a re-draw will change before it does"): per
 * submission, kept because scored / unchanged / changed / newly drawn / not drawn, with the members before
 * and after; per expert, the submissions joined and left. Pure: the handler runs the same plan the draw
 * would apply (same seed) and hands this to the UI.
 */
export function drawDiff(input: {
  submissions: readonly Submission[]
  experts: readonly Expert[]
  current: Readonly<Record<string, Assignment>>
  next: Readonly<Record<string, Assignment>>
  kept: readonly string[]
  notDrawn: ReadonlyArray<{ submissionId: string; problems: ReadonlyArray<{ message: string }> }>
  holders: ReadonlyMap<string, readonly WorkHolder[]>
}): DrawDiff {
  const name = (id: string) => input.experts.find((e) => e.id === id)?.name ?? id
  const counts: Record<PreviewStatus, number> = { kept: 0, unchanged: 0, changed: 0, new: 0, notDrawn: 0 }
  const byExpert = new Map<string, DrawPreviewExpert>()
  const touch = (id: string) => {
    let e = byExpert.get(id)
    if (!e) byExpert.set(id, (e = { expertId: id, name: name(id), added: [], removed: [] }))
    return e
  }
  const rows = input.submissions.map((s): DrawPreviewRow => {
    const before = input.current[s.id]?.expertIds ?? []
    const after = input.next[s.id]?.expertIds ?? []
    const notDrawn = input.notDrawn.find((n) => n.submissionId === s.id)
    const same = before.length === after.length && before.every((id) => after.includes(id))
    const status: PreviewStatus = notDrawn ? 'notDrawn' : input.kept.includes(s.id) ? 'kept' : same ? 'unchanged' : before.length ? 'changed' : 'new'
    counts[status]++
    for (const id of after) if (!before.includes(id)) touch(id).added.push(label(s))
    for (const id of before) if (!after.includes(id)) touch(id).removed.push(label(s))
    const holders = input.holders.get(s.id) ?? []
    return {
      submissionId: s.id,
      school: s.school,
      program: s.program,
      status,
      before: before.map(name),
      after: after.map(name),
      ...(holders.length ? { saved: { sheets: holders.length, submitted: holders.filter((h) => h.submitted).length } } : {}),
      ...(notDrawn ? { problems: notDrawn.problems.map((p) => p.message) } : {}),
    }
  })
  return { rows, experts: [...byExpert.values()], counts }
}
