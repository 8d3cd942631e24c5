import type { Campaign } from '../../domain/workspace'

export interface PledgesOutputs {
  'pledges.accept': Campaign
}
