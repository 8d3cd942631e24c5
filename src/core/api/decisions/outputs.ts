import type { FileOutput } from '../shared/files'
import type { SubmissionId } from '../../domain/ids'
import type { Objection, Publication, Vote } from '../../domain/decisions'
import type { BoardLevel, BoardRow, BoardTie } from '../../decisions/board'
import type { QuotaStatus } from '../../decisions/quotas'
import type { VoteTally } from '../../decisions/votes'
import type { VetoTally } from '../../scoring/panelRules'

/** One entry of the 评定 view: the board's row and what a reader needs beside it. */
export interface DecisionEntryView extends Omit<BoardRow, 'id'> {
  id: SubmissionId
  /** submissionLabel: "学校「专业」", "姓名（学校）", "《成果》（学校）" */
  label: string
  school: string
  /** the 专业, person, course or achievement (subjectName) */
  subject: string
  applicant: string
  groupName: string
  /** the highest 奖项等级 the result reaches (before votes and quotas) */
  reachedLevel: string | null
  proposedLabel: string
  decidedLabel: string
  /** 一票否决 items raised by the panel's experts (confirmed or not) */
  vetoes: VetoTally[]
  /** 等次 from the rubric's grade bands (e.g. "A 优秀"), for a kind whose result is a grade; null for award kinds */
  grade: string | null
  /** 异议 recorded against this entry */
  objectionCount: number
}

export interface VoteView extends Vote {
  entryLabel: string
  /** e.g. "授予特等奖", "确认一票否决：材料造假" */
  motionText: string
  tally: VoteTally
  voters: Array<{ expertId: string; name: string; choice: Vote['ballots'][number]['choice'] }>
  /** a later vote on the same motion replaced this one */
  superseded: boolean
}

export interface ObjectionView extends Objection {
  entryLabel: string
  outcomeLabel: string | null
}

export interface TieView extends BoardTie {
  labels: string[]
}

export interface DecisionsView {
  campaignId: string
  campaignName: string
  kindLabel: string
  /** false for a diagnosis (不作评比排名): nothing else is filled */
  ranked: boolean
  notRankedReason: string | null
  /** 参评申报总数: the base of quota shares */
  entryCount: number
  /** every rule stated as it is applied */
  rules: { aggregation: string; tie: string; quota: string; vote: string; keySubtotal: string }
  levels: Array<BoardLevel & { limit: number | null; limitText: string }>
  rows: DecisionEntryView[]
  ties: TieView[]
  proposedQuotas: QuotaStatus[]
  quotas: QuotaStatus[]
  votes: VoteView[]
  /** why the decided list cannot be published yet; empty when it can */
  blockers: string[]
  /** the current 公示 (the latest publication), null before the first */
  publication: Publication | null
  publicationCount: number
  /** entries whose rank or level differ from the current publication (a new 公示 would change them) */
  changedSincePublication: string[]
  /** published: every further decision needs a reason */
  locked: boolean
  objections: ObjectionView[]
  /** the members who may vote: the campaign's experts */
  committee: Array<{ id: string; name: string }>
  vetoItems: Array<{ code: string; text: string }>
}

export interface DecisionsOutputs {
  'decisions.get': DecisionsView
  'decisions.setQuotas': DecisionsView
  'decisions.recordVote': DecisionsView
  'decisions.orderTie': DecisionsView
  'decisions.setLevel': DecisionsView
  'decisions.publish': DecisionsView
  'decisions.recordObjection': DecisionsView
  'decisions.answerObjection': DecisionsView
  'decisions.exportDocx': FileOutput
  'decisions.exportXlsx': FileOutput
}
