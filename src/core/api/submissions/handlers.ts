import { WorkbenchError } from '../../domain/errors'
import { findDuplicate, subjectProblems } from '../../domain/submissionRules'
import { SubmissionSchema, type Submission } from '../../domain/workspace'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { loadCampaign } from '../shared/load'

export function submissionsHandlers({ store, newId, now }: HandlerDeps) {
  return {
    'submissions.add': async ({ campaignId, ...fields }) => {
      const groups = (await store.workspaceShard()).data.groups
      const group = groups.find((g) => g.id === fields.groupId)
      if (!group) throw new WorkbenchError('INVALID_INPUT', `未知的专业建设协作组：${fields.groupId}`)
      if (group.retiredAt) throw new WorkbenchError('INVALID_INPUT', `专业建设协作组「${group.name}」已停用，不能再受理新的申报。`)
      const shard = await loadCampaign(store, campaignId)
      const submission: Submission = SubmissionSchema.parse({ id: newId('sub'), ...fields, createdAt: now().toISOString() })
      // the review kind decides what an entry is (a 专业, a person, a course, an achievement)
      const problems = subjectProblems(shard.data.campaign.kind, submission)
      if (problems.length) {
        throw new WorkbenchError('INVALID_INPUT', problems.map((p) => p.message).join('；'), {
          issues: problems.map((p) => ({ path: p.field, message: p.message })),
        })
      }
      return shard.update((d) => {
        // the same person, course, achievement or 专业 only once (domain/submissionLabel.ts sameSubject)
        const dup = findDuplicate(d.campaign.submissions, submission)
        if (dup) throw new WorkbenchError('CONFLICT', `${dup.reason}（编号 ${dup.duplicate.id}）。`)
        d.campaign.submissions.push(submission)
        return submission
      })
    },
  } satisfies HandlersOf<'submissions'>
}
