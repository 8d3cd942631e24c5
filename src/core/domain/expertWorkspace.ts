import { z } from 'zod'
import { CampaignIdSchema, ExpertIdSchema } from './ids'

/**
 * Marks a workspace as an expert's own (issue 11), created by opening an expert package: the app then
 * shows only the 承诺书, the expert's list, the scoring form and their progress. It names who issued the
 * package (the secretariat's key, the addressee of every score package) and counts the score packages
 * written, so each gets the next sequence number. Optional in workspace.json.
 */
export const ExpertWorkspaceInfoSchema = z.object({
  expertId: ExpertIdSchema,
  campaignId: CampaignIdSchema,
  packageId: z.string().max(64),
  /** the expert package's sequence at the secretariat */
  packageSequence: z.number().int().positive(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  openedAt: z.string(),
  secretariat: z.object({ name: z.string().max(80), publicKey: z.string().max(64), fingerprint: z.string().max(32) }),
  /** score packages written so far (the next one is this + 1) */
  scoreSequence: z.number().int().nonnegative().default(0),
})
export type ExpertWorkspaceInfo = z.infer<typeof ExpertWorkspaceInfoSchema>
