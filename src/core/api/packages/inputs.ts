import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema } from '../../domain/ids'
import { passphrase } from '../keys/inputs'
import { fileSource, none, type InputsOf } from '../shared/fields'

/** The offline round trip (issue 11): expert packages out, score packages back. */
export const packagesInputs = {
  /** a task: writes the expert's signed .wbexp into the workspace's exports/packages/ folder */
  'packages.exportExpert': z
    .object({
      campaignId: CampaignIdSchema,
      expertId: ExpertIdSchema,
      /** the secretariat key's passphrase (signs the package) */
      passphrase,
      validDays: z.number().int().min(1, '有效期至少 1 天').max(365, '有效期最多 365 天').default(30),
    })
    .strict(),
  /** in an expert workspace: writes the signed .wbscore of every submitted sheet into exports/packages/ */
  'packages.exportScores': z.object({ passphrase }).strict(),
  /** at the secretariat: checks and imports a .wbscore; a first key needs the fingerprint the secretary confirmed */
  'packages.importScores': z
    .object({
      source: fileSource,
      confirmFingerprint: z.string().regex(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/, '指纹格式不正确').optional(),
    })
    .strict(),
  /** 回收情况: per expert of a campaign, what was sent, what came back, what is missing */
  'packages.status': z.object({ campaignId: CampaignIdSchema }).strict(),
  /** this workspace's expert-workspace marker, or null at a secretariat */
  'packages.expertInfo': none,
  /** a score package written by packages.exportScores, for a browser to download (by the name it answered) */
  'packages.exportedFile': z
    .object({ fileName: z.string().max(200).regex(/^[A-Za-z0-9_-]{1,180}\.wbscore$/, '评分包文件名不合法') })
    .strict(),
  /** one piece, from `offset`, of an expert package packages.exportExpert wrote (by the name it answered) */
  'packages.expertPackageFile': z
    .object({
      fileName: z.string().max(200).regex(/^[A-Za-z0-9_-]{1,180}\.wbexp$/, '评审包文件名不合法'),
      offset: z.number().int().nonnegative().default(0),
    })
    .strict(),
} satisfies InputsOf<'packages'>
