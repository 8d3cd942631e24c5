import type { In } from '../../../../../core/api/contract'
import type { DecisionsView, FileOutput } from '../../../../../core/api/outputs'

/** The 评定 writes: each returns the new view. */
export type DecisionWrite =
  | 'decisions.setQuotas'
  | 'decisions.recordVote'
  | 'decisions.orderTie'
  | 'decisions.setLevel'
  | 'decisions.publish'
  | 'decisions.recordObjection'
  | 'decisions.answerObjection'

export type DecisionExport = 'awardList' | 'resultSummary' | 'xlsx'

export interface DecisionsSlice {
  /** decisions.get of the open campaign */
  decisions: DecisionsView | null
  decisionsLoading: boolean
  loadDecisions: () => Promise<void>
  /** one decision of the committee; a refusal rejects with the core's message and changes nothing */
  decide: <M extends DecisionWrite>(method: M, input: Omit<In<M>, 'campaignId'>) => Promise<void>
  exportDecisionList: (what: DecisionExport) => Promise<FileOutput>
}

export const initialDecisionsState = { decisions: null, decisionsLoading: false } satisfies Partial<DecisionsSlice>
