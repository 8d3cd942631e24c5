import { z } from 'zod'
import { CampaignIdSchema } from '../../domain/ids'
import { none, type InputsOf } from '../shared/fields'

export const auditInputs = {
  'audit.list': z.object({ campaignId: CampaignIdSchema }).strict(),
  /** every campaign's log against its chain and head (audit verify --workspace W, 审计日志校验) */
  'audit.verify': none,
} satisfies InputsOf<'audit'>
