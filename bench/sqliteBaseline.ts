import Database from 'better-sqlite3'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LEVELS } from '../src/core/domain/rubric'
import { mulberry32 } from '../src/core/util/prng'

export interface SqliteBaseline {
  prefillMs: number
  /** one durable save of one random score; returns its time in ms (synchronous: it blocks the loop) */
  save: () => number
  close: () => Promise<void>
}

/**
 * The same durable single-score save in SQLite: a file DB in WAL mode with synchronous = FULL,
 * a scores table pre-filled with experts × submissions × indicators rows, one UPSERT per save
 * (autocommit: each save is its own transaction and returns after the WAL is fsynced).
 */
export async function createSqliteBaseline(opts: {
  expertIds: readonly string[]
  submissionIds: readonly string[]
  indicatorCodes: readonly string[]
  seed: number
}): Promise<SqliteBaseline> {
  const dir = await mkdtemp(join(tmpdir(), 'wb-bench-sqlite-'))
  const db = new Database(join(dir, 'scores.db'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec(`CREATE TABLE scores (
    expert_id TEXT NOT NULL, submission_id TEXT NOT NULL, indicator TEXT NOT NULL,
    level TEXT NOT NULL, PRIMARY KEY (expert_id, submission_id, indicator))`)
  const rnd = mulberry32(opts.seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const insert = db.prepare('INSERT INTO scores (expert_id, submission_id, indicator, level) VALUES (?, ?, ?, ?)')
  const t0 = performance.now()
  db.transaction(() => {
    for (const e of opts.expertIds)
      for (const s of opts.submissionIds) for (const i of opts.indicatorCodes) insert.run(e, s, i, pick(LEVELS))
  })()
  const prefillMs = performance.now() - t0
  db.pragma('wal_checkpoint(TRUNCATE)')
  const upsert = db.prepare(`INSERT INTO scores (expert_id, submission_id, indicator, level) VALUES (?, ?, ?, ?)
    ON CONFLICT (expert_id, submission_id, indicator) DO UPDATE SET level = excluded.level`)
  return {
    prefillMs,
    save: () => {
      const args = [pick(opts.expertIds), pick(opts.submissionIds), pick(opts.indicatorCodes), pick(LEVELS)] as const
      const s = performance.now()
      upsert.run(...args)
      return performance.now() - s
    },
    close: async () => {
      db.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
