import type { Submission } from '../../domain/workspace'

export interface SubmissionsOutputs {
  'submissions.add': Submission
  /** blobsRemoved: material files no other submission referenced, deleted from attachments/ */
  'submissions.remove': { submissionId: string; blobsRemoved: number }
}
