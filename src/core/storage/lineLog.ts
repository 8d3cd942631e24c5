import { readFile, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { storageIo, writeAll, type IoHandle } from './io'
import { storageError } from './storageError'

/** The whole lines of a line log, and the length in bytes of the part they occupy. */
export interface WholeLines {
  lines: string[]
  /** bytes up to and including the last newline; anything after it is a torn append */
  validBytes: number
  /** a torn tail (a crash or a full disk in the middle of an append) follows the whole lines */
  torn: boolean
}

/**
 * The whole lines of `text`. The part after the last newline — empty, or an append cut short by a
 * crash, a kill or a full disk — was never acknowledged and is not a record.
 */
export function wholeLines(text: string): WholeLines {
  const end = text.lastIndexOf('\n') + 1
  const lines = end === 0 ? [] : text.slice(0, end - 1).split('\n')
  return { lines, validBytes: Buffer.byteLength(text.slice(0, end)), torn: end < text.length }
}

/** Reads a line log; a missing file has no lines. */
export async function readWholeLines(path: string): Promise<WholeLines> {
  try {
    return wholeLines(await readFile(path, 'utf8'))
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], validBytes: 0, torn: false }
    throw e
  }
}

/**
 * The one append path of every journal-like file (the sheets journal, audit.jsonl). An append is
 * acknowledged only once all of its bytes are written (short writes are continued) and datasynced.
 * A torn tail left by an earlier crash is cut off before the first append, and an append that fails
 * (ENOSPC, EIO, a short write that cannot go on) is cut back to the last whole line and that cut
 * made durable — so the next append, e.g. once space has returned, starts on a clean line and the
 * file never holds a damaged line between whole ones.
 */
export class LineLog {
  private fh: IoHandle | null = null
  /** bytes of whole lines on disk; null until the file has been scanned */
  private valid: number | null = null
  /** an earlier append or cut failed: check the file's length before the next append */
  private dirty = false

  constructor(readonly path: string) {}

  /** Tells the log how long its whole lines are (after a replay read the file), sparing a scan. */
  known(validBytes: number): void {
    if (!this.fh) this.valid = validBytes
  }

  get validBytes(): number {
    return this.valid ?? 0
  }

  /** Appends `text` (whole lines, ending in a newline) and resolves once it is on disk. */
  async append(text: string): Promise<void> {
    const buf = Buffer.from(text)
    try {
      await this.ready()
    } catch (e) {
      throw storageError(e)
    }
    const fh = this.fh!
    try {
      await writeAll(fh, buf)
      await fh.datasync()
    } catch (e) {
      await this.cutBack()
      throw storageError(e)
    }
    this.valid! += buf.length
  }

  async close(): Promise<void> {
    const fh = this.fh
    this.fh = null
    this.valid = null
    this.dirty = false
    await fh?.close()
  }

  /** Forgets the file (it was removed or replaced): the next append opens and scans it again. */
  async reset(): Promise<void> {
    await this.close().catch(() => undefined)
  }

  private async ready(): Promise<void> {
    const io = storageIo()
    if (!this.fh) {
      if (this.valid === null) this.valid = (await readWholeLines(this.path)).validBytes
      const existed = await stat(this.path).then(() => true, () => false)
      await io.mkdirp(dirname(this.path))
      this.fh = await io.open(this.path, 'a')
      this.dirty = true
      // a new log file is a new folder entry: make the entry itself durable once
      if (!existed) await io.syncDir(dirname(this.path))
    }
    if (this.dirty) {
      if ((await this.fh.size()) !== this.valid) {
        await this.fh.truncate(this.valid!)
        await this.fh.datasync()
      }
      this.dirty = false
    }
  }

  /** Cuts the file back to its whole lines after a failed append; if even that fails, the next append retries it. */
  private async cutBack(): Promise<void> {
    this.dirty = true
    try {
      await this.fh!.truncate(this.valid!)
      await this.fh!.datasync()
      this.dirty = false
    } catch {
      // left dirty: the next append checks the length and cuts again before writing
    }
  }
}
