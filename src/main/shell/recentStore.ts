import { mkdir, readFile, rename, stat, writeFile, open } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import type { RecentWorkspaceView } from './contract'

/**
 * The recent-workspace list, one small JSON file outside any workspace (Electron: the app's user-data
 * folder; browser mode: a folder given to the bridge). zod-validated on every read; a file that does
 * not parse is kept aside as `<file>.bad` and the list starts empty (it is a convenience, not data).
 * Kept free of the electron import so a unit test can drive it.
 */
export const RECENT_FILE_NAME = 'recent-workspaces.json'
export const MAX_RECENT = 12

const EntrySchema = z.object({
  path: z.string().min(1),
  name: z.string(),
  lastOpened: z.string(),
})
export const RecentFileSchema = z.object({
  kind: z.literal('recent-workspaces'),
  schemaVersion: z.literal(1),
  /** most recent first */
  entries: z.array(EntrySchema).max(200),
  /** the workspace open when the app last closed (reopened on start), if any */
  last: z.string().nullable().default(null),
})
export type RecentFile = z.infer<typeof RecentFileSchema>
export type RecentEntry = z.infer<typeof EntrySchema>

const empty = (): RecentFile => ({ kind: 'recent-workspaces', schemaVersion: 1, entries: [], last: null })

/** Case-insensitive on Windows and macOS (their usual file systems), exact elsewhere. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const x = resolve(a)
  const y = resolve(b)
  return platform === 'win32' || platform === 'darwin' ? x.toLowerCase() === y.toLowerCase() : x === y
}

/** Pure: the list after `path` was opened at `now` (moved to the top, name refreshed, capped). */
export function withOpened(file: RecentFile, entry: { path: string; name: string }, now: Date): RecentFile {
  const path = resolve(entry.path)
  const rest = file.entries.filter((e) => !samePath(e.path, path))
  return { ...file, entries: [{ path, name: entry.name, lastOpened: now.toISOString() }, ...rest].slice(0, MAX_RECENT), last: path }
}

/** Pure: the list without `path` (the user removed it from the list; the folder is not touched). */
export function withoutPath(file: RecentFile, path: string): RecentFile {
  return { ...file, entries: file.entries.filter((e) => !samePath(e.path, path)), last: file.last && samePath(file.last, path) ? null : file.last }
}

/** Is there a workspace in `dir` (its workspace.json)? */
export async function workspaceExists(dir: string): Promise<boolean> {
  try {
    return (await stat(join(dir, 'workspace.json'))).isFile()
  } catch {
    return false
  }
}

export class RecentStore {
  readonly file: string
  private queue: Promise<unknown> = Promise.resolve()

  constructor(dir: string) {
    this.file = join(resolve(dir), RECENT_FILE_NAME)
  }

  async read(): Promise<RecentFile> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch {
      return empty()
    }
    try {
      return RecentFileSchema.parse(JSON.parse(text))
    } catch {
      await rename(this.file, `${this.file}.bad`).catch(() => undefined)
      return empty()
    }
  }

  /** Entries with `missing` checked on disk now. */
  async list(): Promise<RecentWorkspaceView[]> {
    const f = await this.read()
    return Promise.all(f.entries.map(async (e) => ({ ...e, missing: !(await workspaceExists(e.path)) })))
  }

  /** The workspace to reopen on start: the last one open, when it still exists. */
  async lastToReopen(): Promise<string | null> {
    const f = await this.read()
    return f.last && (await workspaceExists(f.last)) ? f.last : null
  }

  recordOpened(entry: { path: string; name: string }, now = new Date()): Promise<void> {
    return this.update((f) => withOpened(f, entry, now))
  }

  forget(path: string): Promise<void> {
    return this.update((f) => withoutPath(f, path))
  }

  /** The app closed the workspace on purpose (关闭工作区): the next start shows the start screen. */
  clearLast(): Promise<void> {
    return this.update((f) => ({ ...f, last: null }))
  }

  private update(change: (f: RecentFile) => RecentFile): Promise<void> {
    const next = this.queue.then(async () => {
      const f = change(await this.read())
      await mkdir(dirname(this.file), { recursive: true })
      const tmp = `${this.file}.${process.pid}.tmp`
      await writeFile(tmp, JSON.stringify(f, null, 2))
      const fh = await open(tmp, 'r+')
      await fh.sync().finally(() => fh.close())
      await rename(tmp, this.file)
    })
    this.queue = next.catch(() => undefined)
    return next
  }
}
