export { readRosterTable, readTableFile } from './readRosterTable'
export { mapRoster, submissionKey, type RosterField, type RosterMapping, type MappedRosterRow, type RosterMapResult } from './mapRoster'
export { suggestMapping } from './suggestMapping'
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
