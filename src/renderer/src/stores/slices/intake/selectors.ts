import type { Material } from '../../../../../core/domain/workspace'
import type { WorkbenchState } from '../../types'

const NO_MATERIALS: Material[] = []

export const intakeSelectors = {
  /** the materials import of the open campaign, if one ran or runs */
  materialsJob: (s: WorkbenchState) => (s.materialsJob && s.materialsJob.campaignId === s.campaignId ? s.materialsJob : null),
  materialsRunning: (s: WorkbenchState) => s.materialsJob?.phase === 'uploading' || s.materialsJob?.phase === 'importing',
  /** materials.list of one submission of the open campaign; null until loaded */
  /** as an expert sees it when `forExpert` (blind campaigns withhold file names) */
  materialsOf: (submissionId: string, forExpert = false) => (s: WorkbenchState) =>
    s.materialLists[`${s.campaignId}/${submissionId}${forExpert ? '/expert' : ''}`] ?? null,
  noMaterials: NO_MATERIALS,
}
