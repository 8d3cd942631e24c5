/**
 * Intake: everything that reads a user's files (docs/design/architecture.md: "only core/intake/* reads user
 * files"). Rosters (xlsx/csv), material zips and folders, the content-addressed attachment store.
 * Every rule here answers docs/design/hostile-inputs.md.
 */
export * from './roster'
export * from './attachments'
export * from './materials'
export { intakeError, intakeReason, refuseFile, asFileRefusal, type IntakeReason, type FileRefusal } from './intakeError'
export * from './files'
export { MSG as INTAKE_MESSAGES, formatBytes } from './messages'
