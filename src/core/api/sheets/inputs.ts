import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema } from '../../domain/ids'
import { LevelSchema } from '../../domain/rubric'
import { sheetKey, type InputsOf } from '../shared/fields'

/** the version the client last saw; a stale one is refused instead of overwriting newer scores */
const baseVersion = z.number().int().nonnegative().optional()

export const sheetsInputs = {
  'sheets.get': z.object(sheetKey).strict(),
  'sheets.listByExpert': z.object({ campaignId: CampaignIdSchema, expertId: ExpertIdSchema }).strict(),
  'sheets.setEntry': z
    .object({
      ...sheetKey,
      indicatorCode: z.string().min(1).max(32),
      /** a level, or null to clear */
      level: LevelSchema.nullable().optional(),
      /** free points for a points-scale indicator, or null to clear */
      points: z.number().finite().min(0).nullable().optional(),
      baseVersion,
    })
    .strict(),
  'sheets.setEligibility': z
    .object({ ...sheetKey, code: z.string().min(1).max(32), value: z.enum(['pass', 'fail']).nullable(), baseVersion })
    .strict(),
  'sheets.setVeto': z
    .object({
      ...sheetKey,
      code: z.string().min(1).max(32),
      /** the evidence for raising the veto, or null to withdraw it */
      evidence: z.string().trim().min(1, '提出一票否决必须说明依据').max(2000).nullable(),
      baseVersion,
    })
    .strict(),
  'sheets.setBonus': z
    .object({ ...sheetKey, code: z.string().min(1).max(32), points: z.number().finite().min(0).nullable(), baseVersion })
    .strict(),
  'sheets.setComment': z
    .object({ ...sheetKey, comment: z.string().max(5000, '评审意见不能超过 5000 字'), baseVersion })
    .strict(),
  'sheets.setDimensionNote': z
    .object({
      ...sheetKey,
      dimensionCode: z.string().min(1).max(32),
      problems: z.string().max(3000, '问题不能超过 3000 字'),
      advice: z.string().max(3000, '建议不能超过 3000 字'),
      baseVersion,
    })
    .strict(),
  'sheets.setHighlights': z.object({ ...sheetKey, highlights: z.string().max(5000, '特色与创新不能超过 5000 字'), baseVersion }).strict(),
  'sheets.submit': z.object(sheetKey).strict(),
} satisfies InputsOf<'sheets'>
