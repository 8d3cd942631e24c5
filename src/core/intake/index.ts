/**
 * Intake: everything that reads a user's files (docs/design/architecture.md: "only core/intake/* reads user
 * files"). Rosters (xlsx/csv), material zips and folders, the content-addressed attachment store.
 * Every rule here answers docs/design/hostile-inputs.md.
 */
export * from './roster'
export * from './attachments'
export * from './materials'
export { intakeError, intakeReason, type IntakeReason } from './intakeError'
export { MSG as INTAKE_MESSAGES, formatBytes } from './messages'
