import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises'
import type { Dirent } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import type { z } from 'zod'
import {
  CampaignFileSchema,
  ScoreSheetSchema,
  SheetsFileSchema,
  WORKSPACE_SCHEMA_VERSION,
  WorkspaceFileSchema,
  type CampaignFile,
  type ScoreSheet,
  type SheetsFile,
  type WorkspaceFile,
} from '../domain/workspace'
import type { CampaignId, ExpertId } from '../domain/ids'
import { WorkbenchError } from '../domain/errors'
import { Shard } from './shard'
import { RecordShard } from './recordShard'
import { acquireLock } from './lock'
import { backupBeforeWrite, keepDamaged, listBackups, restoreBackup, type BackupInfo } from './backups'
import { asStorageError } from './storageError'
import { sweepTempFiles } from './tempFiles'
import { parseWorkspaceFile } from './jsonFileAdapter'
import { syncDir, writeFileDurable } from './durableWrite'
import { AuditLog } from './auditLog'
import { routedOutbox, sheetsOutboxOnDisk, uniqueById, type AuditOutboxSink, type PendingAudit } from './auditOutbox'
import { Journal, journalPathOf, type JournalConfig } from './journal'
import { parseBulkFileInSlices, type BulkPath } from './bulkParse'
import { parseRecordFileInSlices } from './recordParse'
import { DiagnosisFileSchema, emptyDiagnosis, type DiagnosisFile } from '../reports/diagnosis/diagnosisFile'
import { AdviceLibrarySchema, starterAdviceLibrary, type AdviceLibrary } from '../reports/diagnosis/adviceLibrary'

export const WORKSPACE_FILE = 'workspace.json'
/** campaigns/.staging-<id>: a campaign folder being built (createCampaign); never listed */
const STAGING_PREFIX = '.staging-'

/**
 * A campaign folder with no campaign.json and nothing else in it (an empty sheets/ at most): what an
 * interrupted create of an older version left. Not a campaign, so not listed as a damaged one. A
 * folder that holds sheets or an audit log without its campaign.json is still listed (damaged), so
 * the user is told and can restore campaign.json from a backup.
 */
async function isEmptyLeftover(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[])
  if (names.includes('campaign.json')) return false
  if (names.some((n) => n !== 'sheets')) return false
  const sheets = names.includes('sheets') ? await readdir(join(dir, 'sheets')).catch(() => [] as string[]) : []
  return sheets.length === 0
}

/** Removes staging folders an interrupted createCampaign left behind. */
async function removeStaging(root: string): Promise<void> {
  const names = await readdir(join(root, 'campaigns')).catch(() => [] as string[])
  for (const n of names) if (n.startsWith(STAGING_PREFIX)) await rm(join(root, 'campaigns', n), { recursive: true, force: true })
}

/** An expert's sheets file: read-only data, sheets saved one by one with put() (shard.ts). */
export type SheetsShard = RecordShard<SheetsFile, ScoreSheet>

/**
 * workspace.json and campaign.json: changed only through update()'s draft; their data is frozen
 * (a change through it throws, never looks saved) but still typed as the domain types, because the
 * pure rule functions they are handed to take mutable types. Drop the second type argument (making
 * them DeepReadonly like sheets) once those functions take read-only input.
 */
export type DocShard<T> = Shard<T, T>

/** campaign.json's bulk, validated entry by entry when the file is read (bulkParse.ts) */
const CAMPAIGN_BULK: readonly BulkPath[] = [
  ['campaign', 'submissions'],
  ['campaign', 'assignments'],
  ['campaign', 'assignmentLog'],
]

const FILE_KINDS: Array<{ test: RegExp; kind: string; schema: z.ZodType<unknown> }> = [
  { test: /^workspace\.json$/, kind: 'workspace', schema: WorkspaceFileSchema },
  { test: /^campaigns\/[A-Za-z0-9_-]+\/campaign\.json$/, kind: 'campaign', schema: CampaignFileSchema },
  { test: /^campaigns\/[A-Za-z0-9_-]+\/sheets\/[A-Za-z0-9_-]+\.json$/, kind: 'sheets', schema: SheetsFileSchema },
  // issue 13 (reports): the consultant's diagnosis reports and the 建议库, each with its own schemaVersion 1
  { test: /^campaigns\/[A-Za-z0-9_-]+\/diagnoses\/[A-Za-z0-9_-]+\.json$/, kind: 'diagnosisReport', schema: DiagnosisFileSchema },
  { test: /^adviceLibrary\.json$/, kind: 'adviceLibrary', schema: AdviceLibrarySchema },
]

/**
 * The workspace folder (docs/design/architecture.md "Storage"): workspace.json, campaigns/<id>/campaign.json,
 * campaigns/<id>/sheets/<expert>.json. The only module that knows the layout; everything else asks
 * it for shards. Shards are opened lazily and cached, one per file, so each file has one write queue.
 */
export class WorkspaceStore {
  private readonly shards = new Map<string, Promise<Shard<unknown, unknown>>>()
  private readonly audits = new Map<string, AuditLog>()
  private campaignIdCache: Promise<CampaignId[]> | null = null

  private constructor(
    readonly root: string,
    private readonly release: () => Promise<void>,
  ) {}

  /**
   * Opens (and with `create`, initialises) a workspace folder and takes its lock.
   * workspace.json is read at once, so a damaged one is reported on open.
   */
  static async open(
    dir: string,
    opts: { create?: { name: string; groups?: WorkspaceFile['groups'] }; door?: string } = {},
  ): Promise<WorkspaceStore> {
    const root = resolve(dir)
    try {
      if (!(await stat(root)).isDirectory()) throw new Error('not a folder')
    } catch {
      if (!opts.create) {
        throw new WorkbenchError('WORKSPACE_NOT_FOUND', `工作区文件夹 ${root} 不存在。`, { details: { root } })
      }
      await mkdir(root, { recursive: true })
    }
    const release = await acquireLock(root, opts.door ?? 'workbench')
    await removeStaging(root)
    const store = new WorkspaceStore(root, release)
    try {
      // this process owns the workspace now: temp files in it were left by a killed process
      await sweepTempFiles(root)
      const ws = await store.workspaceShard(opts.create)
      if (opts.create) await ws.update(() => undefined)
    } catch (e) {
      // keep the lock only while the workspace is usable; a damaged workspace.json is still
      // reachable for restoreBackup through openForRepair
      if (!(e instanceof WorkbenchError && e.code === 'WORKSPACE_FILE_CORRUPT')) {
        await release()
        throw e
      }
    }
    return store
  }

  async close(): Promise<void> {
    for (const a of this.audits.values()) await a.close().catch(() => undefined)
    this.audits.clear()
    for (const s of this.shards.values()) {
      try {
        await (await s).close()
      } catch {
        // a shard that failed to open has nothing to flush
      }
    }
    this.shards.clear()
    await this.release()
  }

  get name(): string {
    return basename(this.root)
  }

  workspaceShard(create?: { name: string; groups?: WorkspaceFile['groups'] }): Promise<DocShard<WorkspaceFile>> {
    return this.shard<WorkspaceFile>(WORKSPACE_FILE, 'workspace', WorkspaceFileSchema, create
      ? () => ({
          kind: 'workspace',
          schemaVersion: WORKSPACE_SCHEMA_VERSION,
          name: create.name,
          createdAt: new Date().toISOString(),
          groups: create.groups ?? [],
          experts: [],
        })
      : undefined, undefined, routedOutbox((c) => this.audit(c as CampaignId)))
  }

  /** Campaign ids, read from the folder once: this process owns the workspace (lock), so only createCampaign changes them. */
  async campaignIds(): Promise<CampaignId[]> {
    this.campaignIdCache ??= this.readCampaignIds()
    return [...(await this.campaignIdCache)]
  }

  private async readCampaignIds(): Promise<CampaignId[]> {
    let names: Dirent[]
    try {
      names = await readdir(join(this.root, 'campaigns'), { withFileTypes: true })
    } catch {
      return []
    }
    const ids: CampaignId[] = []
    for (const d of names) {
      if (!d.isDirectory() || !/^[A-Za-z0-9_-]+$/.test(d.name)) continue
      if (await isEmptyLeftover(join(this.root, 'campaigns', d.name))) continue
      ids.push(d.name as CampaignId)
    }
    return ids.sort()
  }

  campaignShard(id: CampaignId): Promise<DocShard<CampaignFile>> {
    return this.shard<CampaignFile>(`campaigns/${id}/campaign.json`, 'campaign', CampaignFileSchema, undefined, CAMPAIGN_BULK, this.audit(id))
  }

  /**
   * Creates a campaign folder atomically (issue 9 item 9): it is built complete under
   * campaigns/.staging-<id> (campaign.json written durably, sheets/), then renamed into place, so a
   * campaign folder never exists without its campaign.json — not while a list runs beside the create,
   * not after a crash (a leftover staging folder is removed when the workspace is opened).
   */
  async createCampaign(file: CampaignFile): Promise<DocShard<CampaignFile>> {
    const id = file.campaign.id
    const campaigns = join(this.root, 'campaigns')
    const staging = join(campaigns, `${STAGING_PREFIX}${id}`)
    await rm(staging, { recursive: true, force: true })
    await mkdir(join(staging, 'sheets'), { recursive: true })
    await writeFileDurable(join(staging, 'campaign.json'), JSON.stringify(CampaignFileSchema.parse(file)))
    try {
      await rename(staging, join(campaigns, id))
    } catch (e) {
      await rm(staging, { recursive: true, force: true })
      throw e
    }
    await syncDir(campaigns)
    this.campaignIdCache = null
    return this.campaignShard(id)
  }

  /**
   * One expert's sheets in one campaign; an empty shard if the expert has scored nothing yet. A sheet
   * is saved by `put(submissionId, next, expectVersion)`, which appends just that sheet to the
   * shard's journal instead of rewriting the file (journal.ts).
   */
  sheetsShard(campaignId: CampaignId, expertId: ExpertId): Promise<SheetsShard> {
    const rel = `campaigns/${campaignId}/sheets/${expertId}.json`
    return this.cached(rel, () =>
      RecordShard.openRecord<SheetsFile, ScoreSheet>(join(this.root, rel), rel, SheetsFileSchema, 'sheets', {
        initial: () => ({ kind: 'sheets', schemaVersion: WORKSPACE_SCHEMA_VERSION, campaignId, expertId, sheets: {} }),
        journal: this.sheetsJournal(rel),
        beforeFirstWrite: () => this.backup(rel),
        outbox: this.audit(campaignId),
        describeStale: (current, expected) =>
          `评分表已在别处被修改（当前第 ${current} 版，您看到的是第 ${expected} 版），为避免覆盖，本次修改未保存。请刷新后再改。`,
      }),
    )
  }

  /** The journal beside a sheets shard (journal.ts). */
  private sheetsJournal(rel: string): JournalConfig {
    return { path: join(this.root, journalPathOf(rel)), relPath: journalPathOf(rel), field: 'sheets', itemSchema: ScoreSheetSchema }
  }

  async sheetExpertIds(campaignId: CampaignId): Promise<ExpertId[]> {
    try {
      const names = await readdir(join(this.root, 'campaigns', campaignId, 'sheets'))
      return names.filter((n) => /^[A-Za-z0-9_-]+\.json$/.test(n)).map((n) => n.slice(0, -5) as ExpertId).sort()
    } catch {
      return []
    }
  }

  /** The consultant's 诊断报告 of one submission (reports/diagnosis/diagnosisFile.ts); empty until first saved. */
  diagnosisShard(campaignId: CampaignId, submissionId: string): Promise<DocShard<DiagnosisFile>> {
    if (!/^[A-Za-z0-9_-]+$/.test(submissionId)) throw new WorkbenchError('INVALID_INPUT', `申报编号 ${submissionId} 不合法。`)
    const rel = `campaigns/${campaignId}/diagnoses/${submissionId}.json`
    return this.shard<DiagnosisFile>(rel, 'diagnosisReport', DiagnosisFileSchema, () => emptyDiagnosis(campaignId, submissionId), undefined, this.audit(campaignId))
  }

  /** Makes the campaign's diagnoses/ folder, right before a diagnosis is first saved (not on a read). */
  async prepareDiagnosisFolder(campaignId: CampaignId): Promise<void> {
    const dir = join(this.root, 'campaigns', campaignId, 'diagnoses')
    if (await stat(dir).then(() => true, () => false)) return
    await asStorageError(() => mkdir(dir, { recursive: true }))
    await syncDir(join(this.root, 'campaigns', campaignId))
  }

  /** Which submissions of a campaign have a saved 诊断报告. */
  async diagnosisIds(campaignId: CampaignId): Promise<string[]> {
    const names = await readdir(join(this.root, 'campaigns', campaignId, 'diagnoses')).catch(() => [] as string[])
    return names.filter((n) => /^[A-Za-z0-9_-]+\.json$/.test(n)).map((n) => n.slice(0, -5)).sort()
  }

  /** The workspace's 建议库; the starter library until the consultant first saves one. */
  adviceLibraryShard(): Promise<DocShard<AdviceLibrary>> {
    return this.shard<AdviceLibrary>('adviceLibrary.json', 'adviceLibrary', AdviceLibrarySchema, () => starterAdviceLibrary())
  }

  /**
   * The campaign's append-only audit log (one instance per file, so appends are serialized). Before
   * its first use in a session it appends what the campaign's outboxes hold and it does not (auditOutbox.ts).
   */
  audit(campaignId: CampaignId): AuditLog {
    let log = this.audits.get(campaignId)
    if (!log) {
      log = new AuditLog(join(this.root, 'campaigns', campaignId, 'audit.jsonl'), () => this.pendingAudit(campaignId))
      this.audits.set(campaignId, log)
    }
    return log
  }

  /**
   * The audit outboxes of a campaign's files: workspace.json's entries for the campaign, campaign.json, every sheets file (snapshot and
   * journal) and every 诊断报告. A file that cannot be read has nothing to give now; it is read again in a later session.
   */
  private async pendingAudit(campaignId: CampaignId): Promise<PendingAudit[]> {
    const lists: Array<readonly PendingAudit[] | undefined> = []
    const ws = await this.workspaceShard().catch(() => null)
    lists.push(ws?.data.auditOutbox?.filter((p) => p.campaignId === campaignId))
    const campaign = await this.campaignShard(campaignId).catch(() => null)
    lists.push(campaign?.data.auditOutbox)
    for (const expertId of await this.sheetExpertIds(campaignId)) {
      const rel = `campaigns/${campaignId}/sheets/${expertId}.json`
      const open = async () => (await this.sheetsShard(campaignId, expertId).catch(() => null))?.data.auditOutbox
      // a shard opened in this session knows its outbox; one that is not is scanned, not opened
      lists.push(this.shards.has(rel) ? await open() : await sheetsOutboxOnDisk(join(this.root, rel), join(this.root, journalPathOf(rel)), open))
    }
    for (const submissionId of await this.diagnosisIds(campaignId)) {
      const diagnosis = await this.diagnosisShard(campaignId, submissionId).catch(() => null)
      lists.push(diagnosis?.data.auditOutbox)
    }
    return uniqueById(lists)
  }

  /** Backups of a workspace file that parse, newest first (backups.ts). */
  listBackups(relPath: string): Promise<BackupInfo[]> {
    const { rel, kind, schema } = checkRel(relPath)
    return listBackups(this.root, rel, (text) => this.parseCopy(text, rel))
  }

  /**
   * Replaces a damaged file by a backup (the newest, or the one named) and forgets its cached shard.
   * A file that reads — opened in this session or not, with its journal replayed — is refused: a
   * restore is for a file the workbench cannot read, never a way to lose what it can.
   */
  async restoreBackup(relPath: string, backupName?: string): Promise<BackupInfo> {
    const { rel, kind, schema } = checkRel(relPath)
    const cached = this.shards.get(rel)
    const readable = cached ? await cached.then(() => true, () => false) : await this.fileReads(rel, kind, schema)
    if (readable) throw new WorkbenchError('CONFLICT', `文件 ${rel} 可以正常读取，无需恢复。`)
    if (kind === 'sheets') {
      // an intact journal holds whole sheets saved after the last compaction: it replays onto the
      // restored backup and brings those saves back. A damaged one is kept aside with the damaged file.
      const intact = await new Journal(this.sheetsJournal(rel))
        .replay({})
        .then(() => true, () => false)
      if (!intact) await keepDamaged(this.root, journalPathOf(rel), join(this.root, journalPathOf(rel)), true)
    }
    const info = await asStorageError(() =>
      restoreBackup(this.root, rel, backupName, (text) => this.parseCopy(text, rel, `${rel}（备份 ${backupName ?? '最新'}）`)),
    )
    this.shards.delete(rel)
    return info
  }

  /** Whether a workspace file not yet opened in this session reads (parses, and its journal replays). */
  private async fileReads(rel: string, kind: string, schema: z.ZodType<unknown>): Promise<boolean> {
    const path = join(this.root, rel)
    if (!(await stat(path).then(() => true, () => false))) return false
    const opened =
      kind === 'sheets'
        ? RecordShard.openRecord(path, rel, schema, kind, { journal: this.sheetsJournal(rel) })
        : Shard.open(path, rel, schema, kind)
    return opened.then(() => true, () => false)
  }

  /** Writes a file that is not a shard (e.g. an exported report) durably inside the workspace. */
  async writeOwnFile(relPath: string, data: Uint8Array | string): Promise<string> {
    const path = join(this.root, relPath)
    await asStorageError(async () => {
      await mkdir(join(path, '..'), { recursive: true })
      await writeFileDurable(path, data)
    })
    return path
  }

  /** Removes a file that is not a shard (e.g. a replaced key file) durably (its folder synced); false when there was none. */
  async removeOwnFile(relPath: string): Promise<boolean> {
    const path = join(this.root, relPath)
    return asStorageError(async () => {
      try {
        await rm(path)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false
        throw e
      }
      await syncDir(join(path, '..'))
      return true
    })
  }

  /** Reads a file that is not a shard (e.g. a key file under keys/); undefined when it does not exist. */
  async readOwnFile(relPath: string): Promise<Buffer | undefined> {
    try {
      return await readFile(join(this.root, relPath))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw e
    }
  }

  private shard<T>(rel: string, kind: string, schema: z.ZodType<T>, initial?: () => T, bulk?: readonly BulkPath[], outbox?: AuditOutboxSink): Promise<DocShard<T>> {
    return this.cached(rel, () =>
      Shard.open<T>(join(this.root, rel), rel, schema, kind, { initial, bulk, outbox, beforeFirstWrite: () => this.backup(rel) }),
    ) as Promise<DocShard<T>>
  }

  /** A durable backup of a file that parsed, before this session first changes it (backups.ts). */
  private backup(rel: string): Promise<void> {
    return backupBeforeWrite(this.root, rel, (text) => this.parseCopy(text, rel))
  }

  /**
   * Parses a copy of a workspace file (a backup to take or to restore) as its shard would read it: a
   * sheets shard or a campaign in slices (recordParse.ts, bulkParse.ts), so checking the 1 MB copy
   * before a session's first save does not block the loop either; `label` names the copy in a refusal.
   */
  private parseCopy(text: string, rel: string, label = rel): Promise<unknown> {
    const { kind, schema } = checkRel(rel)
    if (kind === 'sheets') return parseRecordFileInSlices(text, label, schema, kind, this.sheetsJournal(rel))
    if (kind === 'campaign') return parseBulkFileInSlices(text, label, schema, kind, CAMPAIGN_BULK)
    return Promise.resolve(parseWorkspaceFile(text, label, schema, kind))
  }

  private cached<S extends Shard<unknown, unknown>>(rel: string, open: () => Promise<S>): Promise<S> {
    let s = this.shards.get(rel) as Promise<S> | undefined
    if (!s) {
      const opened = open()
      s = opened
      this.shards.set(rel, opened as Promise<Shard<unknown, unknown>>)
      // a failed open is not cached: the next call reads the file again (e.g. after a restore)
      opened.catch(() => {
        if (this.shards.get(rel) === (opened as Promise<Shard<unknown, unknown>>)) this.shards.delete(rel)
      })
    }
    return s
  }
}

function checkRel(relPath: string): { rel: string; kind: string; schema: z.ZodType<unknown> } {
  const rel = relPath.replace(/\\/g, '/')
  const hit = FILE_KINDS.find((k) => k.test.test(rel))
  if (!hit) throw new WorkbenchError('INVALID_INPUT', `${relPath} 不是工作区数据文件。`)
  return { rel, kind: hit.kind, schema: hit.schema }
}
