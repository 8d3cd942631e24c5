import { WorkbenchError } from '../../domain/errors'
import { findDuplicate, subjectProblems } from '../../domain/submissionRules'
import { SubmissionSchema, type Submission } from '../../domain/workspace'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { findSubmission, loadCampaign } from '../shared/load'
import { campaignSheets } from '../shared/sheetsOf'
import { dropUnreferencedBlobs } from '../shared/blobs'
import { dropSubmission, submissionWorkHolders } from '../../panel/removal'
import { placeholderExpert } from '../../domain/workspace'

export function submissionsHandlers({ store, newId, now, tasks }: HandlerDeps) {
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

    'submissions.remove': async ({ campaignId, submissionId, reason }) => {
      const shard = await loadCampaign(store, campaignId)
      const campaign = shard.data.campaign
      const sub = findSubmission(campaign, submissionId)
      // scores are never lost silently: refused while any sheet for it holds saved work
      const holders = submissionWorkHolders(await campaignSheets(store, campaign), submissionId)
      if (holders.length) {
        const experts = (await store.workspaceShard()).data.experts
        const names = holders.map((h) => `${(experts.find((e) => e.id === h.expertId) ?? placeholderExpert(h.expertId)).name}（${h.submitted ? '已提交' : '草稿'}）`)
        throw new WorkbenchError(
          'HAS_SCORES',
          `「${sub.school} ${sub.program}」已有 ${holders.length} 份评分表保存了评分（${names.join('、')}），不能删除。如确需删除，请先由专家清空评分。`,
          { details: { experts: holders.map((h) => h.expertId) } },
        )
      }
      await shard.update((d) => {
        findSubmission(d.campaign, submissionId)
        dropSubmission(d.campaign, submissionId)
      }, () => ({
        action: 'submission.remove',
        actor: '秘书处',
        data: { submissionId, school: sub.school, program: sub.program, materials: sub.materials.map((m) => m.name), reason },
        at: now(),
      }))
      const shas = sub.materials.map((m) => m.sha256)
      const gone = await dropUnreferencedBlobs(store, tasks, shas)
      return { submissionId, blobsRemoved: gone.length }
    },
  } satisfies HandlersOf<'submissions'>
}
