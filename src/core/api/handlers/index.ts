import type { WorkbenchHandlers } from '../contract'
import type { HandlerDeps } from './deps'
import { workspaceHandlers } from './workspace'
import { expertHandlers } from './experts'
import { campaignHandlers } from './campaigns'
import { sheetHandlers } from './sheets'
import { resultHandlers } from './results'
import { reportHandlers } from './reports'
import { rubricHandlers } from './rubric'
import { campaignSettingsHandlers } from './campaignSettings'
import { assignmentHandlers } from './assignments'
import { intakeHandlers } from './intake'
import { groupHandlers } from './groups'

/** All handlers; a method missing here is a compile error (style.md §1). */
export function createHandlers(deps: HandlerDeps) {
  return {
    ...workspaceHandlers(deps),
    ...expertHandlers(deps),
    ...campaignHandlers(deps),
    ...sheetHandlers(deps),
    ...resultHandlers(deps),
    ...reportHandlers(deps),
    ...rubricHandlers(deps),
    ...campaignSettingsHandlers(deps),
    ...assignmentHandlers(deps),
    ...intakeHandlers(deps),
    ...groupHandlers(deps),
  } satisfies WorkbenchHandlers
}
