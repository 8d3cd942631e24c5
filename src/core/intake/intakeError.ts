/** Intake refusals live in files/refusal.ts (the one refusal vocabulary); this path stays for existing imports. */
export { intakeError, intakeReason, throwIfCancelled, refuseFile, asFileRefusal, type IntakeReason, type FileRefusal } from './files/refusal'
