import type { z } from 'zod'
import type { MethodName } from './methodNames'
import { workspaceInputs } from './workspace/inputs'
import { groupsInputs } from './groups/inputs'
import { expertsInputs } from './experts/inputs'
import { templatesInputs } from './templates/inputs'
import { rubricInputs } from './rubric/inputs'
import { campaignsInputs } from './campaigns/inputs'
import { pledgesInputs } from './pledges/inputs'
import { auditInputs } from './audit/inputs'
import { uploadsInputs } from './uploads/inputs'
import { tasksInputs } from './tasks/inputs'
import { rosterInputs } from './roster/inputs'
import { materialsInputs } from './materials/inputs'
import { conflictsInputs } from './conflicts/inputs'
import { assignmentsInputs } from './assignments/inputs'
import { submissionsInputs } from './submissions/inputs'
import { sheetsInputs } from './sheets/inputs'
import { resultsInputs } from './results/inputs'
import { reportsInputs } from './reports/inputs'
import { keysInputs } from './keys/inputs'
import { decisionsInputs } from './decisions/inputs'
import { calibrationInputs } from './calibration/inputs'
import { diagnosisInputs } from './diagnosis/inputs'
import { adviceInputs } from './advice/inputs'
import { packagesInputs } from './packages/inputs'
import { documentsInputs } from './documents/inputs'

/**
 * zod input schema of every method: inputs are parsed at every door before a handler runs.
 * Each namespace keeps its own schemas in `<namespace>/inputs.ts`; this only gathers them.
 */
export const INPUTS = {
  ...workspaceInputs,
  ...groupsInputs,
  ...expertsInputs,
  ...templatesInputs,
  ...rubricInputs,
  ...campaignsInputs,
  ...pledgesInputs,
  ...auditInputs,
  ...uploadsInputs,
  ...tasksInputs,
  ...rosterInputs,
  ...materialsInputs,
  ...conflictsInputs,
  ...assignmentsInputs,
  ...submissionsInputs,
  ...sheetsInputs,
  ...resultsInputs,
  ...reportsInputs,
  ...keysInputs,
  ...decisionsInputs,
  ...calibrationInputs,
  ...diagnosisInputs,
  ...adviceInputs,
  ...packagesInputs,
  ...documentsInputs,
} satisfies Record<MethodName, z.ZodType>

export type Inputs = typeof INPUTS
/** What a caller passes (before defaults are applied). */
export type In<M extends MethodName> = z.input<Inputs[M]>
/** What a handler receives (after parsing). */
export type Parsed<M extends MethodName> = z.output<Inputs[M]>
