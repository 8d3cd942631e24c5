/** A rotating copy of one workspace file in .backups/. */
export interface BackupInfo {
  file: string
  name: string
  takenAt: string
}
