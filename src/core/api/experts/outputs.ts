import type { Expert } from '../../domain/workspace'

export interface ExpertsOutputs {
  'experts.list': Expert[]
  'experts.add': Expert
  'experts.update': Expert
  /** campaigns: the names of the campaigns whose expert list the expert also left */
  'experts.remove': { expertId: string; campaigns: string[] }
}
