import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema, SubmissionIdSchema } from '../../domain/ids'
import { LevelSchema } from '../../domain/rubric'
import { name, text, type InputsOf } from '../shared/fields'

const campaign = { campaignId: CampaignIdSchema }

export const calibrationInputs = {
  /** the session, the participants' progress on the anchors; never another expert's anchor score */
  'calibration.get': z.object(campaign).strict(),
  /** the anchors' scores, statistics and flags: refused (NOT_REVEALED) before the chair's reveal */
  'calibration.scores': z.object(campaign).strict(),
  /** the chair opens the session: picks the anchors (样卷), which are assigned to every participant */
  'calibration.open': z
    .object({
      ...campaign,
      title: name('校准会名称', 80),
      chair: name('主持人', 40),
      anchors: z.array(SubmissionIdSchema).min(1, '请至少选择一份样卷').max(20, '样卷最多 20 份'),
      /** default: every expert of the campaign */
      participants: z.array(ExpertIdSchema).min(2, '校准会至少需要 2 名专家').max(50).optional(),
      thresholds: z
        .object({
          deviation: z.number().finite().min(0).max(100).optional(),
          range: z.number().finite().min(0).max(100).optional(),
          topIndicators: z.number().int().min(0).max(20).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  /** the chair reveals every participant's anchor scores; statistics "before" are taken now */
  'calibration.reveal': z.object(campaign).strict(),
  /** 复议: an expert revises a submitted sheet with a reason (new version, audited with before/after) */
  'calibration.revise': z
    .object({
      ...campaign,
      expertId: ExpertIdSchema,
      submissionId: SubmissionIdSchema,
      changes: z
        .array(
          z
            .object({
              indicatorCode: z.string().min(1).max(32),
              level: LevelSchema.nullable().optional(),
              points: z.number().finite().min(0).nullable().optional(),
            })
            .strict(),
        )
        .min(1, '请至少修改一项评分')
        .max(200),
      /** the expert's signing passphrase: the revised sheet is signed as its next version (issue 11) */
      passphrase: z.string().min(1, '请输入专家的签名口令').max(200),
      reason: text('修改理由', { multiline: true }).trim().min(1, '修改已提交的评分必须写明理由').max(2000, '理由不能超过 2000 个字'),
    })
    .strict(),
  /** a decision of the committee (e.g. how to read an indicator), with the indicators it concerns */
  'calibration.decide': z
    .object({
      ...campaign,
      text: text('决定', { multiline: true }).trim().min(1, '请填写决定的内容').max(2000, '决定不能超过 2000 个字'),
      indicators: z.array(z.string().min(1).max(32)).max(100).default([]),
    })
    .strict(),
  /** ends the session; the statistics "after" are kept */
  'calibration.close': z.object(campaign).strict(),
  /** 校准会纪要 (.docx, GB/T 9704 layout) */
  'calibration.minutes': z.object(campaign).strict(),
} satisfies InputsOf<'calibration'>
