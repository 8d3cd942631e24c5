import type { Submission } from '../../domain/workspace'

export interface SubmissionsOutputs {
  'submissions.add': Submission
}
