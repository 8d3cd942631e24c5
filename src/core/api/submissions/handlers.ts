import { WorkbenchError } from '../../domain/errors'
import { SubmissionSchema, type Submission } from '../../domain/workspace'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { loadCampaign } from '../shared/load'

export function submissionsHandlers({ store, newId, now }: HandlerDeps) {
  return {
    'submissions.add': async ({ campaignId, ...fields }) => {
      const groups = (await store.workspaceShard()).data.groups
      if (!groups.some((g) => g.id === fields.groupId)) {
        throw new WorkbenchError('INVALID_INPUT', `未知的专业建设协作组：${fields.groupId}`)
      }
      const shard = await loadCampaign(store, campaignId)
      const submission: Submission = SubmissionSchema.parse({ id: newId('sub'), ...fields, createdAt: now().toISOString() })
      return shard.update((d) => {
        const dup = d.campaign.submissions.find((s) => s.school === submission.school && s.program === submission.program)
        if (dup) throw new WorkbenchError('CONFLICT', `${submission.school} 的「${submission.program}」已经申报（编号 ${dup.id}）。`)
        d.campaign.submissions.push(submission)
        return submission
      })
    },
  } satisfies HandlersOf<'submissions'>
}
