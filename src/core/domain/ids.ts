import './zodLocale'
import { z } from 'zod'

/**
 * Branded identifiers: an ExpertId cannot be passed where a SubmissionId is expected
 * (docs/design/style.md §8, after Excalidraw's packages/math types).
 */
const idString = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, '标识只能包含字母、数字、下划线和连字符')

export const CampaignIdSchema = idString.brand<'CampaignId'>()
export const ExpertIdSchema = idString.brand<'ExpertId'>()
export const SubmissionIdSchema = idString.brand<'SubmissionId'>()
export const GroupIdSchema = idString.brand<'GroupId'>()
export const IndicatorCodeSchema = z.string().min(1, '编号不能为空').max(32, '编号不能超过 32 个字符').brand<'IndicatorCode'>()

export type CampaignId = z.infer<typeof CampaignIdSchema>
export type ExpertId = z.infer<typeof ExpertIdSchema>
export type SubmissionId = z.infer<typeof SubmissionIdSchema>
export type GroupId = z.infer<typeof GroupIdSchema>
export type IndicatorCode = z.infer<typeof IndicatorCodeSchema>

/** Points on a rubric's scale (e.g. 6 of 100). A plain number at run time. */
export type Points = number & { readonly __unit?: 'points' }
/** A multiplier in [0, 1] applied to an indicator's points. */
export type Coefficient = number & { readonly __unit?: 'coefficient' }
