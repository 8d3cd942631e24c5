export { readRosterTable, readTableFile } from './readRosterTable'
export { mapRoster, submissionKey, type RosterField, type RosterMapping, type MappedRosterRow, type RosterMapResult } from './mapRoster'
export { suggestMapping } from './suggestMapping'
export { detectHeaderRow, HEADER_SCAN_ROWS, type HeaderChoice } from './headerRow'
export type { HeaderOption } from './assemble'
export { parseDateText, isDateHeader } from './dates'
export {
  DEFAULT_ROSTER_LIMITS,
  columnLetter,
  type RosterLimits,
  type RosterTable,
  type RosterRow,
  type RosterProblem,
  type RosterReadResult,
} from './types'
