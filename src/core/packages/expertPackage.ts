import { z } from 'zod'
import { expertMaterials, expertView } from '../domain/blind'
import { SubmissionIdSchema } from '../domain/ids'
import { CURRENT_PLEDGE } from '../domain/pledge'
import { ReviewKindSchema, RubricSchema } from '../domain/rubric'
import {
  AggregationRuleSchema,
  CollaborationGroupSchema,
  ExpertSchema,
  PanelSettingsSchema,
  SubmissionSchema,
  type Campaign,
  type CollaborationGroup,
  type Expert,
  type Submission,
} from '../domain/workspace'
import { isAssigned } from '../scoring/progress'

/**
 * What an expert package carries in its content.json (issue 11): the campaign's rubric version, only
 * this expert's assigned submissions as the expert may see them (blind mode: no school or applicant,
 * materials renamed as the viewer does — domain/blind.ts), the panel rules the expert needs, the 承诺书
 * text, the expert's identity and the secretariat's (the addressee of the score package). Never: other
 * experts, other submissions, conflict data, contacts, scores.
 */
export const ExpertPackageContentSchema = z.object({
  kind: z.literal('expert-package-content'),
  campaign: z.object({
    id: z.string().max(64),
    name: z.string().max(80),
    kind: ReviewKindSchema,
    blind: z.boolean(),
    rubric: RubricSchema,
    aggregation: z.object({ rule: AggregationRuleSchema }),
    panel: PanelSettingsSchema,
  }),
  groups: z.array(CollaborationGroupSchema).max(200),
  expert: ExpertSchema,
  submissions: z.array(SubmissionSchema).max(5000),
  /** submissions whose panel this expert chairs (组长) */
  chairOf: z.array(SubmissionIdSchema).max(5000),
  pledge: z.object({ version: z.number().int(), text: z.string().max(5000) }),
  secretariat: z.object({ name: z.string().max(80), publicKey: z.string().max(64), fingerprint: z.string().max(32) }),
})
export type ExpertPackageContent = z.infer<typeof ExpertPackageContentSchema>

/** The submissions an expert judges in a campaign (their panels; before any draw, all of them). */
export function expertSubmissions(campaign: Campaign, expertId: Expert['id']): Submission[] {
  return campaign.submissions.filter((s) => isAssigned(campaign, expertId, s.id))
}

/** The content of one expert's package; pure. Materials keep their sha256 (the package carries the bytes). */
export function buildExpertPackageContent(
  campaign: Campaign,
  expert: Expert,
  groups: readonly CollaborationGroup[],
  secretariat: ExpertPackageContent['secretariat'],
): ExpertPackageContent {
  const subs = expertSubmissions(campaign, expert.id).map((s) => ({ ...expertView(campaign, s), materials: expertMaterials(campaign, s.materials) }))
  const groupIds = new Set(subs.map((s) => s.groupId as string))
  for (const g of expert.groupIds) groupIds.add(g)
  return {
    kind: 'expert-package-content',
    campaign: {
      id: campaign.id,
      name: campaign.name,
      kind: campaign.kind,
      blind: campaign.blind,
      rubric: campaign.rubric,
      aggregation: campaign.aggregation,
      panel: campaign.panel,
    },
    groups: groups.filter((g) => groupIds.has(g.id)),
    expert: {
      id: expert.id,
      name: expert.name,
      unit: expert.unit,
      title: expert.title,
      groupIds: expert.groupIds,
      fields: expert.fields,
      contact: '',
      formerUnits: [],
      relations: [],
    },
    submissions: subs,
    chairOf: subs.filter((s) => campaign.assignments[s.id]?.chairId === expert.id).map((s) => s.id),
    pledge: { version: CURRENT_PLEDGE.version, text: CURRENT_PLEDGE.text },
    secretariat,
  }
}
