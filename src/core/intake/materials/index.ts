export { importZip } from './importZip'
export { importFiles, type SingleFile } from './importFiles'
export { importFolder, type FolderImportOptions } from './importFolder'
export { matchByNamingRule, type NamingRule, type MatchResult } from './match'
export { sanitizeDisplayName, sanitizeDisplayPath, MAX_DISPLAY_NAME } from './displayName'
export {
  MATERIALS_DEFAULTS,
  type ImportPlan,
  type PlannedFile,
  type SkippedEntry,
  type SkipReason,
  type ImportProblem,
  type MaterialsImportOptions,
} from './types'
