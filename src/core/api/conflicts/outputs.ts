import type { Campaign, ConflictDecision } from '../../domain/workspace'

export interface ConflictRow {
  expertId: string
  expertName: string
  submissionId: string
  submissionLabel: string
  status: 'blocked' | 'suspected' | 'clear'
  levels: Array<'certain' | 'suspected'>
  /** the expert declared this conflict in the 承诺书 */
  declared: boolean
  reasons: string[]
  decision: ConflictDecision | null
}

export interface ConflictsOutputs {
  'conflicts.list': ConflictRow[]
  'conflicts.decide': Campaign
}
