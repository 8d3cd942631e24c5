import type { Expert } from '../../../../../core/domain/workspace'
import type { WorkbenchState } from '../../types'

export const expertsSelectors = {
  pool: (s: WorkbenchState) => s.experts,
}

/** An expert as the UI lists it (ids unbranded: a campaign may name an id the pool lost). */
export type ExpertRow = Pick<Expert, 'name' | 'unit' | 'title' | 'contact' | 'formerUnits' | 'relations' | 'fields'> & { id: string; groupIds: string[] }

/** The campaign's experts in the campaign's order; an id missing from the pool shows as its id. */
export function campaignExperts(pool: readonly Expert[], expertIds: readonly string[]): ExpertRow[] {
  return expertIds.map((id) => pool.find((e) => e.id === id) ?? { id, name: id, unit: '', title: '', groupIds: [], contact: '', formerUnits: [], relations: [], fields: [] })
}
