import type { StateCreator } from 'zustand'
import type { WorkbenchApi } from '../../../core/api/contract'
import type { SaveSlice } from './slices/save/state'
import type { SessionSlice } from './slices/session/state'
import type { CampaignsSlice } from './slices/campaigns/state'
import type { ExpertsSlice } from './slices/experts/state'
import type { ScoringSlice } from './slices/scoring/state'
import type { ResultsSlice } from './slices/results/state'
import type { RubricSlice } from './slices/rubric/state'
import type { IntakeSlice } from './slices/intake/state'
import type { PanelSlice } from './slices/panel/state'
import type { CalibrationSlice } from './slices/calibration/state'
import type { DecisionsSlice } from './slices/decisions/state'
import type { DiagnosisSlice } from './slices/diagnosis/state'
import type { PackagesSlice } from './slices/packages/state'
import type { SigningSlice } from './slices/signing/state'

/** The whole store: a cache of what the core returned plus UI state, one slice per feature (docs/design/style.md §12). */
export type WorkbenchState = SaveSlice & SessionSlice & CampaignsSlice & ExpertsSlice & ScoringSlice & ResultsSlice & RubricSlice & IntakeSlice & PanelSlice & CalibrationSlice & DecisionsSlice & DiagnosisSlice & PackagesSlice & SigningSlice

/** A slice creator gets the typed api and sees the whole store (zustand "slices pattern"). */
export type SliceCreator<T> = (api: WorkbenchApi) => StateCreator<WorkbenchState, [], [], T>
