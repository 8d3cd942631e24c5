import type { Expert } from '../../domain/workspace'

export interface ExpertsOutputs {
  'experts.list': Expert[]
  'experts.add': Expert
  'experts.update': Expert
}
