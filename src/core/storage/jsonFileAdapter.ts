import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { WorkbenchError } from '../domain/errors'
import { writeFileDurable } from './durableWrite'
import { migrateFile } from './migrations'
import { zodIssues } from '../util/zodIssues'
import { parseRecordFileInSlices, type RecordField } from './recordParse'
import { parseBulkFileInSlices, type BulkPath } from './bulkParse'

/** Largest workspace file we agree to parse (a sheets shard of 1,000 sheets is ~2 MB). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024

/**
 * lowdb adapter for one workspace file: compact JSON, durable writes, and a read that goes through
 * migrate + zod. A file that does not parse throws WORKSPACE_FILE_CORRUPT and is never written over,
 * because no Shard is ever created for it.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    readonly relPath: string,
    private readonly schema: z.ZodType<T>,
    private readonly kind: string,
  ) {}

  async read(): Promise<T | null> {
    const text = await this.text()
    return text === null ? null : parseWorkspaceFile(text, this.relPath, this.schema, this.kind)
  }

  /**
   * read() for a file that is mostly one record (a sheets shard): the same result and the same
   * refusals, but the record's entries are validated and frozen in slices with the event loop
   * turning in between (recordParse.ts), so opening a 1 MB shard never blocks it for ~50 ms.
   */
  async readRecord(record: RecordField): Promise<T | null> {
    const text = await this.text()
    return text === null ? null : parseRecordFileInSlices(text, this.relPath, this.schema, this.kind, record)
  }

  /**
   * read() for a file whose bulk is a few large collections (campaign.json's submissions): the same
   * result and the same refusals, its entries validated in slices (bulkParse.ts).
   */
  async readBulk(paths: readonly BulkPath[]): Promise<T | null> {
    const text = await this.text()
    return text === null ? null : parseBulkFileInSlices(text, this.relPath, this.schema, this.kind, paths)
  }

  /** The file's text, or null when there is no file. */
  private async text(): Promise<string | null> {
    try {
      return await readFile(this.path, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
  }

  async write(data: T): Promise<void> {
    await writeFileDurable(this.path, JSON.stringify(data))
  }

  /** Writes data already serialised by the caller (the shard compares drafts by their JSON). */
  async writeText(text: string): Promise<void> {
    await writeFileDurable(this.path, text)
  }
}

export function parseWorkspaceFile<T>(text: string, relPath: string, schema: z.ZodType<T>, kind: string): T {
  return validateWorkspaceFile(parseAndMigrate(text, relPath, kind), relPath, schema)
}

/** Size cap, JSON.parse and migrate: the first steps of reading any workspace file. */
export function parseAndMigrate(text: string, relPath: string, kind: string): unknown {
  if (text.length > MAX_FILE_BYTES) {
    throw corrupt(relPath, `文件过大（${Math.round(text.length / 1048576)} MB）`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw corrupt(relPath, text.trim() === '' ? '文件为空' : `不是有效的 JSON（${(e as Error).message}）`)
  }
  return migrateFile(raw, kind, relPath)
}

/** zod over a whole migrated file; WORKSPACE_FILE_CORRUPT with the first issues when it does not fit. */
export function validateWorkspaceFile<T>(migrated: unknown, relPath: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(migrated)
  if (!parsed.success) {
    const issues = zodIssues(parsed.error)
    throw corrupt(relPath, `内容不符合格式：${issues.slice(0, 3).map((i) => `${i.path} ${i.message}`).join('；')}`, issues)
  }
  return parsed.data
}

function corrupt(relPath: string, why: string, issues?: { path: string; message: string }[]): WorkbenchError {
  return new WorkbenchError(
    'WORKSPACE_FILE_CORRUPT',
    `工作区文件 ${relPath} 已损坏，无法读取：${why}。该文件未被改动；可以从最近的备份恢复。`,
    { issues, details: { file: relPath } },
  )
}
