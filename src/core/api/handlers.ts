import type { WorkbenchHandlers } from './contract'
import type { HandlerDeps } from './shared/deps'
import { workspaceHandlers } from './workspace/handlers'
import { groupsHandlers } from './groups/handlers'
import { expertsHandlers } from './experts/handlers'
import { templatesHandlers } from './templates/handlers'
import { rubricHandlers } from './rubric/handlers'
import { campaignsHandlers } from './campaigns/handlers'
import { pledgesHandlers } from './pledges/handlers'
import { auditHandlers } from './audit/handlers'
import { uploadsHandlers } from './uploads/handlers'
import { tasksHandlers } from './tasks/handlers'
import { rosterHandlers } from './roster/handlers'
import { materialsHandlers } from './materials/handlers'
import { conflictsHandlers } from './conflicts/handlers'
import { assignmentsHandlers } from './assignments/handlers'
import { submissionsHandlers } from './submissions/handlers'
import { sheetsHandlers } from './sheets/handlers'
import { resultsHandlers } from './results/handlers'
import { reportsHandlers } from './reports/handlers'
import { keysHandlers } from './keys/handlers'
import { decisionsHandlers } from './decisions/handlers'
import { calibrationHandlers } from './calibration/handlers'
import { diagnosisHandlers } from './diagnosis/handlers'
import { adviceHandlers } from './advice/handlers'
import { packagesHandlers } from './packages/handlers'
import { documentsHandlers } from './documents/handlers'

/** All handlers, one factory per namespace folder; a method missing here is a compile error (docs/design/style.md §1). */
export function createHandlers(deps: HandlerDeps) {
  return {
    ...workspaceHandlers(deps),
    ...groupsHandlers(deps),
    ...expertsHandlers(deps),
    ...templatesHandlers(),
    ...rubricHandlers(deps),
    ...campaignsHandlers(deps),
    ...pledgesHandlers(deps),
    ...auditHandlers(deps),
    ...uploadsHandlers(deps),
    ...tasksHandlers(deps),
    ...rosterHandlers(deps),
    ...materialsHandlers(deps),
    ...conflictsHandlers(deps),
    ...assignmentsHandlers(deps),
    ...submissionsHandlers(deps),
    ...sheetsHandlers(deps),
    ...resultsHandlers(deps),
    ...reportsHandlers(deps),
    ...keysHandlers(deps),
    ...decisionsHandlers(deps),
    ...calibrationHandlers(deps),
    ...diagnosisHandlers(deps),
    ...adviceHandlers(deps),
    ...packagesHandlers(deps),
    ...documentsHandlers(deps),
  } satisfies WorkbenchHandlers
}
