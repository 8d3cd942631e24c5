import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema } from '../../domain/ids'
import { LevelSchema } from '../../domain/rubric'
import { reason, sheetKey, text, type InputsOf } from '../shared/fields'
import { passphrase } from '../keys/inputs'

/** the version the client last saw; a stale one is refused instead of overwriting newer scores */
const baseVersion = z.number().int().nonnegative().optional()

export const sheetsInputs = {
  'sheets.get': z.object(sheetKey).strict(),
  'sheets.listByExpert': z.object({ campaignId: CampaignIdSchema, expertId: ExpertIdSchema }).strict(),
  /**
   * Sets one indicator's score (REPLACES that entry): a level or points. Omitting both is refused;
   * clearing the entry must be asked for with `clear: true` (issue 8 item 6: omission never clears).
   */
  'sheets.setEntry': z
    .object({
      ...sheetKey,
      indicatorCode: z.string().min(1).max(32),
      /** a level for a levels-scale indicator */
      level: LevelSchema.nullable().optional(),
      /** free points for a points-scale indicator */
      points: z.number().finite().min(0).nullable().optional(),
      /** true to delete the entry (no level or points may be given with it) */
      clear: z.literal(true).optional(),
      baseVersion,
    })
    .strict(),
  /** REPLACES one eligibility check: 'pass' / 'fail', or null to clear it (null must be sent, never omitted). */
  'sheets.setEligibility': z
    .object({ ...sheetKey, code: z.string().min(1).max(32), value: z.enum(['pass', 'fail']).nullable(), baseVersion })
    .strict(),
  /** REPLACES one veto: its evidence, or null to withdraw it (null must be sent, never omitted). */
  'sheets.setVeto': z
    .object({
      ...sheetKey,
      code: z.string().min(1).max(32),
      /** the evidence for raising the veto, or null to withdraw it */
      evidence: text('否决依据', { multiline: true }).trim().min(1, '提出一票否决必须说明依据').max(2000).nullable(),
      baseVersion,
    })
    .strict(),
  /** REPLACES one bonus item's points, or null to clear it (null must be sent, never omitted). */
  'sheets.setBonus': z
    .object({ ...sheetKey, code: z.string().min(1).max(32), points: z.number().finite().min(0).nullable(), baseVersion })
    .strict(),
  /** REPLACES the whole 评审意见 with the text given ('' empties it). */
  'sheets.setComment': z
    .object({ ...sheetKey, comment: text('评审意见', { multiline: true }).max(5000, '评审意见不能超过 5000 字'), baseVersion })
    .strict(),
  /** REPLACES one dimension's note: problems and advice both required; both empty deletes it. */
  'sheets.setDimensionNote': z
    .object({
      ...sheetKey,
      dimensionCode: z.string().min(1).max(32),
      problems: text('存在问题', { multiline: true }).max(3000, '问题不能超过 3000 字'),
      advice: text('改进建议', { multiline: true }).max(3000, '建议不能超过 3000 字'),
      baseVersion,
    })
    .strict(),
  /** REPLACES the whole 特色与创新 text ('' empties it). */
  'sheets.setHighlights': z.object({ ...sheetKey, highlights: text('特色与创新', { multiline: true }).max(5000, '特色与创新不能超过 5000 字'), baseVersion }).strict(),
  /** submit = sign (issue 11): the expert's signing passphrase unlocks their key; never stored or returned */
  'sheets.submit': z.object({ ...sheetKey, passphrase }).strict(),
  /** makes a submitted sheet a draft again; the reason is kept with the earlier version and audited */
  'sheets.reopen': z.object({ ...sheetKey, reason: reason('退回评分表') }).strict(),
} satisfies InputsOf<'sheets'>
