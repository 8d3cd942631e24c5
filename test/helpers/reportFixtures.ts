import type { Rubric } from '../../src/core/domain/rubric'
import type { Campaign, ScoreSheet } from '../../src/core/domain/workspace'
import { DEFAULT_GROUPS } from '../../src/core/domain/groups'
import { allIndicators } from '../../src/core/rubric/indicators'
import type { Level } from '../../src/core/domain/rubric'

/** A campaign object (not stored) of one rubric with the given submissions, for model and render tests. */
export function campaignOf(rubric: Rubric, submissions: Array<{ id: string; school: string; program: string; applicant?: string }>, extra: Partial<Campaign> = {}): Campaign {
  const kind = rubric.kind
  const subject = (s: { program: string; applicant?: string }) =>
    kind === 'diagnostic' ? { kind: 'program' } : kind === 'masterTeacher' || kind === 'masterCraftsman' ? { kind: 'person', name: s.applicant ?? '张三' } : kind === 'excellentCourse' ? { kind: 'course', name: s.program, team: [] } : { kind: 'achievement', name: s.program, authors: ['张三'], units: [] }
  return {
    id: 'cmp-fixture',
    name: '2026年度联盟评审',
    kind,
    createdAt: '2026-09-01T00:00:00.000Z',
    rubric: structuredClone(rubric),
    expertIds: [],
    submissions: submissions.map((s) => ({ ...s, applicant: s.applicant ?? '', groupId: DEFAULT_GROUPS[0]!.id, subject: subject(s), createdAt: '', materials: [], extra: {} })),
    unmatchedMaterials: [],
    aggregation: { rule: 'trimmedMean' },
    rubricHistory: [],
    rubricNotes: [],
    blind: false,
    panel: { size: 5, fieldShare: 2 / 3, maxPerUnit: 2, expertCap: null, formerUnitYears: 3, relationYears: 3 },
    assignments: {},
    draws: [],
    assignmentLog: [],
    conflictDecisions: {},
    declaredConflicts: {},
    pledges: {},
    rosterMapping: {},
    ...extra,
  } as unknown as Campaign
}

/** A submitted sheet with every indicator at `level` (or a level per indicator code). */
export function sheetOf(rubric: Rubric, submissionId: string, expertId: string, level: Level | ((code: string) => Level), extra: Partial<ScoreSheet> = {}): ScoreSheet {
  const at = '2026-11-05T02:00:00.000Z'
  return {
    submissionId,
    expertId,
    rubricVersion: rubric.version,
    entries: Object.fromEntries(allIndicators(rubric).map((i) => [i.code, { level: typeof level === 'function' ? level(i.code) : level }])),
    eligibility: {},
    vetoFlags: {},
    bonus: {},
    comment: '',
    dimensionNotes: {},
    highlights: '',
    status: 'submitted',
    version: 1,
    updatedAt: at,
    submittedAt: at,
    ...extra,
  } as ScoreSheet
}
