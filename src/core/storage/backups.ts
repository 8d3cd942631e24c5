import { copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { WorkbenchError } from '../domain/errors'
import { writeFileDurable } from './durableWrite'
import type { BackupInfo } from '../domain/backup'

export type { BackupInfo }

/** How many copies of each file .backups/ keeps. */
export const BACKUPS_PER_FILE = 5

const BACKUP_DIR = '.backups'

/** `campaigns/c1/sheets/e1.json` → `.backups/campaigns__c1__sheets__e1.json/` */
function folderFor(root: string, relPath: string): string {
  return join(root, BACKUP_DIR, relPath.split('/').join('__'))
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/**
 * Copies a file that has just been read successfully into .backups/ before this session first
 * writes it, keeping the newest BACKUPS_PER_FILE copies. Only files that parsed are backed up, so a
 * damaged file never pushes a good copy out.
 */
export async function backupBeforeWrite(root: string, relPath: string, now = new Date()): Promise<void> {
  const dir = folderFor(root, relPath)
  await mkdir(dir, { recursive: true })
  await copyFile(join(root, relPath), join(dir, `${stamp(now)}.json`))
  const all = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  for (const old of all.slice(0, Math.max(0, all.length - BACKUPS_PER_FILE))) {
    await rm(join(dir, old), { force: true })
  }
}


/** Backups of one file, newest first. */
export async function listBackups(root: string, relPath: string): Promise<BackupInfo[]> {
  let names: string[]
  try {
    names = await readdir(folderFor(root, relPath))
  } catch {
    return []
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse()
    .map((name) => ({ file: relPath, name, takenAt: fromStamp(name) }))
}

function fromStamp(name: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/.exec(name)
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : ''
}

/**
 * Puts a backup back in place of a damaged file. The damaged file is kept beside the backups
 * (`.backups/damaged/…`), never deleted, so nothing the user had is lost.
 * `validate` must throw if the backup itself does not parse.
 */
export async function restoreBackup(
  root: string,
  relPath: string,
  backupName: string | undefined,
  validate: (text: string) => void,
): Promise<BackupInfo> {
  const backups = await listBackups(root, relPath)
  if (backups.length === 0) {
    throw new WorkbenchError('NO_BACKUP', `文件 ${relPath} 没有可用的备份。`, { details: { file: relPath } })
  }
  const chosen = backupName ? backups.find((b) => b.name === backupName) : backups[0]
  if (!chosen) throw new WorkbenchError('NOT_FOUND', `备份 ${backupName} 不存在。`)
  const text = await readFile(join(folderFor(root, relPath), chosen.name), 'utf8')
  validate(text)
  const damagedDir = join(root, BACKUP_DIR, 'damaged')
  await mkdir(damagedDir, { recursive: true })
  try {
    await rename(join(root, relPath), join(damagedDir, `${relPath.split('/').join('__')}.${stamp(new Date())}`))
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
  await writeFileDurable(join(root, relPath), text)
  return chosen
}
