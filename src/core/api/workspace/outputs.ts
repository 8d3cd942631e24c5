import type { BackupInfo } from '../../domain/backup'

export interface WorkspaceInfo {
  name: string
  root: string
  campaignCount: number
  expertCount: number
}

export interface WorkspaceOutputs {
  'workspace.info': WorkspaceInfo
  'workspace.listBackups': BackupInfo[]
  'workspace.restoreBackup': BackupInfo
}
