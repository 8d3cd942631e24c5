import type { MethodName } from './methodNames'
import type { WorkspaceOutputs } from './workspace/outputs'
import type { GroupsOutputs } from './groups/outputs'
import type { ExpertsOutputs } from './experts/outputs'
import type { TemplatesOutputs } from './templates/outputs'
import type { RubricOutputs } from './rubric/outputs'
import type { CampaignsOutputs } from './campaigns/outputs'
import type { PledgesOutputs } from './pledges/outputs'
import type { AuditOutputs } from './audit/outputs'
import type { UploadsOutputs } from './uploads/outputs'
import type { TasksOutputs } from './tasks/outputs'
import type { RosterOutputs } from './roster/outputs'
import type { MaterialsOutputs } from './materials/outputs'
import type { ConflictsOutputs } from './conflicts/outputs'
import type { AssignmentsOutputs } from './assignments/outputs'
import type { SubmissionsOutputs } from './submissions/outputs'
import type { SheetsOutputs } from './sheets/outputs'
import type { ResultsOutputs } from './results/outputs'
import type { ReportsOutputs } from './reports/outputs'
import type { KeysOutputs } from './keys/outputs'
import type { DecisionsOutputs } from './decisions/outputs'
import type { CalibrationOutputs } from './calibration/outputs'
import type { DiagnosisOutputs } from './diagnosis/outputs'
import type { AdviceOutputs } from './advice/outputs'
import type { PackagesOutputs } from './packages/outputs'
import type { DocumentsOutputs } from './documents/outputs'

/**
 * What every method resolves with. Each namespace declares its own in `<namespace>/outputs.ts`;
 * this only gathers them, and re-exports the named result types callers import from here.
 */
export interface Outputs
  extends WorkspaceOutputs,
    GroupsOutputs,
    ExpertsOutputs,
    TemplatesOutputs,
    RubricOutputs,
    CampaignsOutputs,
    PledgesOutputs,
    AuditOutputs,
    UploadsOutputs,
    TasksOutputs,
    RosterOutputs,
    MaterialsOutputs,
    ConflictsOutputs,
    AssignmentsOutputs,
    SubmissionsOutputs,
    SheetsOutputs,
    ResultsOutputs,
    ReportsOutputs,
    KeysOutputs,
    DecisionsOutputs,
    CalibrationOutputs,
    DiagnosisOutputs,
    AdviceOutputs,
    PackagesOutputs,
    DocumentsOutputs {}

/** A method without an output, or an output without a method, does not compile. */
type Exact<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never
const _outputsMatchMethods: Exact<keyof Outputs, MethodName> = true
void _outputsMatchMethods

export type Out<M extends MethodName> = Outputs[M]

export type { Rubric } from '../domain/rubric'
export type { FileOutput } from './shared/files'
export type { WorkspaceInfo } from './workspace/outputs'
export type { TemplateInfo } from './templates/outputs'
export type { RubricCheck, RubricFileParse } from './rubric/outputs'
export type { CampaignCard, CampaignDetail } from './campaigns/outputs'
export type { RosterPreview } from './roster/outputs'
export type { MaterialsImportResult } from './materials/outputs'
export type { ConflictRow } from './conflicts/outputs'
export type { AssignmentView, DrawPreview } from './assignments/outputs'
export type { SheetView, SheetListRow } from './sheets/outputs'
export type { ResultRow, ResultsSummary } from './results/outputs'
export type { DecisionsView, DecisionEntryView } from './decisions/outputs'
export type { CalibrationView, CalibrationScores } from './calibration/outputs'
export type { DiagnosisScreen } from './diagnosis/outputs'
export type { CampaignDocumentList, ReportFontsView } from './reports/outputs'
