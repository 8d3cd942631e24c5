import { createStore, type StoreApi } from 'zustand/vanilla'
import type { WorkbenchApi } from '../../../core/api/contract'
import type { WorkbenchState } from './types'
import { createSaveSlice } from './slices/save/actions'
import { createSessionSlice } from './slices/session/actions'
import { createCampaignsSlice } from './slices/campaigns/actions'
import { createExpertsSlice } from './slices/experts/actions'
import { createScoringSlice } from './slices/scoring/actions'
import { createResultsSlice } from './slices/results/actions'
import { createRubricSlice } from './slices/rubric/actions'
import { createIntakeSlice } from './slices/intake/actions'
import { createPanelSlice } from './slices/panel/actions'
import { createCalibrationSlice } from './slices/calibration/actions'
import { createDecisionsSlice } from './slices/decisions/actions'
import { createDiagnosisSlice } from './slices/diagnosis/actions'
import { createPackagesSlice } from './slices/packages/actions'
import { createSigningSlice } from './slices/signing/actions'

export type WorkbenchStore = StoreApi<WorkbenchState>

/** One store per window, built from the api it talks to (tests pass their own). */
export function createWorkbenchStore(api: WorkbenchApi): WorkbenchStore {
  return createStore<WorkbenchState>()((...a) => ({
    ...createSaveSlice(api)(...a),
    ...createSessionSlice(api)(...a),
    ...createCampaignsSlice(api)(...a),
    ...createExpertsSlice(api)(...a),
    ...createScoringSlice(api)(...a),
    ...createResultsSlice(api)(...a),
    ...createRubricSlice(api)(...a),
    ...createIntakeSlice(api)(...a),
    ...createPanelSlice(api)(...a),
    ...createCalibrationSlice(api)(...a),
    ...createDecisionsSlice(api)(...a),
    ...createDiagnosisSlice(api)(...a),
    ...createPackagesSlice(api)(...a),
    ...createSigningSlice(api)(...a),
  }))
}
