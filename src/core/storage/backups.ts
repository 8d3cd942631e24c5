import { readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { WorkbenchError } from '../domain/errors'
import { syncDir, writeFileDurable } from './durableWrite'
import { storageIo } from './io'
import type { BackupInfo } from '../domain/backup'

export type { BackupInfo }

/** How many copies of each file .backups/ keeps. */
export const BACKUPS_PER_FILE = 5

const BACKUP_DIR = '.backups'

/** Throws if `text` is not a valid copy of the file (parseWorkspaceFile with the file's schema). */
export type ValidateBackup = (text: string) => unknown

/** `campaigns/c1/sheets/e1.json` → `.backups/campaigns__c1__sheets__e1.json/` */
function folderFor(root: string, relPath: string): string {
  return join(root, BACKUP_DIR, relPath.split('/').join('__'))
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

async function parses(text: string, validate: ValidateBackup): Promise<boolean> {
  try {
    await validate(text)
    return true
  } catch {
    return false
  }
}

/** Creates `dir` (and .backups/) with the new folder entries made durable. */
async function ensureDurableDir(root: string, dir: string): Promise<void> {
  const io = storageIo()
  for (const d of [join(root, BACKUP_DIR), dir]) {
    if (await stat(d).then(() => true, () => false)) continue
    await io.mkdirp(d)
    await syncDir(dirname(d))
  }
}

/**
 * Copies a file into .backups/ before this session first writes it: only if it parses, and durably
 * (temp file, fsync, rename, fsync of the folder — a plain copyFile left empty backups after a power
 * loss). Keeps the newest BACKUPS_PER_FILE copies; the copy just taken parses, so rotation never
 * removes the last backup that parses.
 */
export async function backupBeforeWrite(root: string, relPath: string, validate: ValidateBackup, now = new Date()): Promise<void> {
  const text = await readFile(join(root, relPath), 'utf8')
  if (!(await parses(text, validate))) return
  const dir = folderFor(root, relPath)
  await ensureDurableDir(root, dir)
  await writeFileDurable(join(dir, `${stamp(now)}.json`), text)
  const all = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  const old = all.slice(0, Math.max(0, all.length - BACKUPS_PER_FILE))
  if (old.length === 0) return
  for (const name of old) await storageIo().unlink(join(dir, name))
  await syncDir(dir)
}

/** Backups of one file that parse (only those are offered), newest first. */
export async function listBackups(root: string, relPath: string, validate: ValidateBackup): Promise<BackupInfo[]> {
  let names: string[]
  try {
    names = await readdir(folderFor(root, relPath))
  } catch {
    return []
  }
  const out: BackupInfo[] = []
  for (const name of names.filter((n) => n.endsWith('.json')).sort().reverse()) {
    const text = await readFile(join(folderFor(root, relPath), name), 'utf8').catch(() => '')
    if (await parses(text, validate)) out.push({ file: relPath, name, takenAt: fromStamp(name) })
  }
  return out
}

function fromStamp(name: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/.exec(name)
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : ''
}

/**
 * Puts a backup back in place of a damaged file. A copy of the damaged file is kept beside the
 * backups (`.backups/damaged/…`), never deleted, so nothing the user had is lost; the backup then
 * replaces it in one durable rename, so a failure on the way leaves the damaged file where it was.
 */
export async function restoreBackup(
  root: string,
  relPath: string,
  backupName: string | undefined,
  validate: ValidateBackup,
): Promise<BackupInfo> {
  const backups = await listBackups(root, relPath, validate)
  if (backups.length === 0) {
    throw new WorkbenchError('NO_BACKUP', `文件 ${relPath} 没有可用的备份。`, { details: { file: relPath } })
  }
  const chosen = backupName ? backups.find((b) => b.name === backupName) : backups[0]
  if (!chosen) throw new WorkbenchError('NOT_FOUND', `备份 ${backupName} 不存在或已损坏。`)
  const text = await readFile(join(folderFor(root, relPath), chosen.name), 'utf8')
  await validate(text)
  await keepDamaged(root, relPath, join(root, relPath))
  await writeFileDurable(join(root, relPath), text)
  return chosen
}

/** Copies a damaged file (if it exists) durably into `.backups/damaged/`, then removes the original. */
export async function keepDamaged(root: string, relPath: string, path: string, move = false): Promise<void> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return
    throw e
  }
  const dir = join(root, BACKUP_DIR, 'damaged')
  await ensureDurableDir(root, dir)
  await writeFileDurable(join(dir, `${relPath.split('/').join('__')}.${stamp(new Date())}`), bytes)
  if (move) {
    await storageIo().unlink(path)
    await syncDir(dirname(path))
  }
}
