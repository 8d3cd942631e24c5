import { readFile, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { WorkbenchError } from '../../domain/errors'
import { SubmissionSchema, type Campaign, type Submission } from '../../domain/workspace'
import type { SubmissionId } from '../../domain/ids'
import { readRosterTable, mapRoster, suggestMapping, type RosterMapping } from '../../intake/roster'
import { AttachmentStore, sweepUnreferenced } from '../../intake/attachments'
import { importFolder, importZip, matchByNamingRule } from '../../intake/materials'
import type { ImportPlan } from '../../intake/materials/types'
import { docxText } from '../../intake/docxText'
import { expertMaterials } from '../../domain/blind'
import { subjectKindFor } from '../../domain/subject'
import { submissionLabel } from '../../domain/submissionLabel'
import { rosterFieldsFor } from '../../intake/roster/rosterFields'

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
import type { RosterPreview } from '../outputs'
import type { HandlerDeps } from './deps'
import type { WorkbenchHandlers } from '../contract'
import type { Parsed } from '../inputs'
import { findSubmission, loadCampaign } from './load'

type Source = Parsed<'roster.preview'>['source']

/** Rows shown in the preview; the import itself uses every row. */
const PREVIEW_ROWS = 200

export function intakeHandlers({ store, uploads, tasks, now, newId }: HandlerDeps) {
  async function sourceFile(source: Source): Promise<{ path: string; name: string }> {
    if ('uploadId' in source) {
      const u = await uploads.finished(source.uploadId)
      return { path: u.path, name: u.name }
    }
    const path = resolve(source.path)
    if (!(await stat(path).catch(() => null))) throw new WorkbenchError('NOT_FOUND', `文件 ${path} 不存在。`)
    return { path, name: basename(path) }
  }

  async function readRoster(campaign: Campaign, source: Source, mapping?: Partial<RosterMapping>) {
    const file = await sourceFile(source)
    const bytes = new Uint8Array(await readFile(file.path))
    const read = await readRosterTable(bytes, file.name)
    if (!read.ok) return { file, headers: [] as string[], read, mapped: null, mapping: {} as Partial<RosterMapping> }
    const groups = (await store.workspaceShard()).data.groups
    const remembered = campaign.rosterMapping as Partial<RosterMapping>
    const guess = { ...suggestMapping(read.table.headers, campaign.kind), ...filterKnown(remembered, read.table.headers), ...(mapping ?? {}) }
    const complete = rosterMappingComplete(campaign.kind, guess)
    const mapped = complete ? mapRoster(read.table, guess, groups, campaign.submissions, campaign.kind) : null
    return { file, headers: read.table.headers, read, mapped, mapping: guess }
  }

  async function allReferenced(): Promise<Set<string>> {
    const refs = new Set<string>()
    for (const id of await store.campaignIds()) {
      const c = await store.campaignShard(id).then((s) => s.data.campaign, () => null)
      for (const s of c?.submissions ?? []) for (const m of s.materials) refs.add(m.sha256)
    }
    return refs
  }

  return {
    'uploads.begin': async ({ name, size }) => ({ uploadId: await uploads.begin(name, size) }),
    'uploads.chunk': async ({ uploadId, offset, base64 }) => ({ received: await uploads.chunk(uploadId, offset, Buffer.from(base64, 'base64')) }),
    'tasks.get': async ({ taskId }) => tasks.get(taskId),
    'tasks.cancel': async ({ taskId }) => tasks.cancel(taskId),

    'roster.preview': async ({ campaignId, source, mapping }): Promise<RosterPreview> => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      const r = await readRoster(campaign, source, mapping)
      if (!r.read.ok) return { fileName: r.file.name, headers: [], mapping: {}, fields: [...rosterFieldsFor(campaign.kind)], rowCount: 0, validCount: 0, rows: [], problems: r.read.problems }
      return {
        fileName: r.file.name,
        headers: r.headers,
        mapping: r.mapping,
        fields: [...rosterFieldsFor(campaign.kind)],
        rowCount: r.read.table.rows.length,
        validCount: r.mapped?.valid.length ?? 0,
        rows: (r.mapped?.valid ?? []).slice(0, PREVIEW_ROWS).map((v) => ({ row: v.row, ...v.fields, label: submissionLabel(v.fields) })),
        problems: r.mapped?.problems ?? [{ row: 0, column: '', message: mappingHint(campaign.kind) }],
      }
    },

    'roster.import': async ({ campaignId, source, mapping, mode }) => {
      const shard = await loadCampaign(store, campaignId)
      const r = await readRoster(shard.data.campaign, source, mapping)
      if (!r.read.ok) {
        throw new WorkbenchError('IMPORT_REFUSED', `申报汇总表「${r.file.name}」有 ${r.read.problems.length} 处无法读取，未导入任何数据。`, {
          issues: r.read.problems.map((p) => ({ path: `第 ${p.row} 行 ${p.column}`, message: p.message })),
        })
      }
      if (!r.mapped) throw new WorkbenchError('INVALID_INPUT', `${mappingHint(shard.data.campaign.kind)}。`)
      const { valid, problems } = r.mapped
      if (problems.length && mode === 'all') {
        throw new WorkbenchError('IMPORT_REFUSED', `申报汇总表有 ${problems.length} 处问题，按“全部导入”未导入任何数据；可修改后重新导入，或选择“仅导入无误的行”。`, {
          issues: problems.map((p) => ({ path: `第 ${p.row} 行 ${p.column}`, message: p.message })),
        })
      }
      const at = now().toISOString()
      const added: Submission[] = valid.map((v) => SubmissionSchema.parse({ id: newId('sub'), ...v.fields, createdAt: at }))
      await shard.update((d) => {
        d.campaign.submissions.push(...added)
        d.campaign.rosterMapping = { ...r.mapping } as Record<string, string>
      })
      if ('uploadId' in source) await uploads.discard(source.uploadId)
      await store.audit(campaignId).append('roster.import', '秘书处', { file: r.file.name, imported: added.length, skipped: problems.length }, now())
      return { imported: added.length, skippedRows: [...new Set(problems.map((p) => p.row))].length, problems }
    },

    'materials.import': async ({ campaignId, source, submissionId, rule }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      if (submissionId) findSubmission(campaign, submissionId)
      const file = await sourceFile(source)
      const isDir = (await stat(file.path)).isDirectory()
      const attachments = new AttachmentStore(store.root)
      return tasks.start('materials.import', `正在导入「${file.name}」`, async ({ signal, progress }) => {
        const opts = { store: attachments, signal, onProgress: (done: number, total: number) => progress(done, total) }
        let plan: ImportPlan
        try {
          plan = isDir ? await importFolder(file.path, opts) : await importZip(file.path, opts)
        } finally {
          if ('uploadId' in source) await uploads.discard(source.uploadId)
        }
        const matched = submissionId
          ? { files: plan.files.map((f) => ({ ...f, submissionId })), unmatched: [] as typeof plan.files }
          : matchByNamingRule(plan.files, campaign.submissions, rule ?? 'schoolProgram')
        const files = matched.files.filter((f) => f.submissionId)
        try {
          if (signal.aborted) throw new WorkbenchError('IMPORT_REFUSED', '导入已取消，未作任何改动。', { details: { reason: 'CANCELLED' } })
          const at = now().toISOString()
          const shard = await loadCampaign(store, campaignId)
          await shard.update((d) => {
            for (const f of files) {
              const s = d.campaign.submissions.find((x) => x.id === f.submissionId)
              if (!s || s.materials.some((m) => m.sha256 === f.sha256)) continue
              s.materials.push({ sha256: f.sha256, name: f.name, size: f.size, mime: f.mime, addedAt: at })
            }
          })
        } finally {
          // blobs nothing references (unmatched files, a cancelled commit) are removed again
          await sweepUnreferenced(attachments, await allReferenced())
        }
        await store.audit(campaignId).append('materials.import', '秘书处', { file: file.name, attached: files.length, unmatched: matched.unmatched.length }, now())
        return {
          attached: files.length,
          unmatched: matched.unmatched.map((f) => f.path),
          skipped: plan.skipped,
          problems: plan.problems,
        }
      })
    },

    'materials.preview': async ({ campaignId, submissionId, sha256 }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      const m = findSubmission(campaign, submissionId).materials.find((x) => x.sha256 === sha256)
      if (!m) throw new WorkbenchError('NOT_FOUND', '该申报没有这个材料文件。')
      if (m.mime !== DOCX_MIME) throw new WorkbenchError('INVALID_INPUT', `「${m.name}」不是 Word 文件，请直接在查看器中打开。`)
      return { name: m.name, ...(await docxText(new AttachmentStore(store.root).path(sha256))) }
    },

    'materials.list': async ({ campaignId, submissionId, forExpert }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      const materials = findSubmission(campaign, submissionId as SubmissionId).materials
      return forExpert ? expertMaterials(campaign, materials) : materials
    },
  } satisfies Partial<WorkbenchHandlers>
}

/** Every required field of the kind has a column (an achievement: 申报单位 or 完成单位). */
function rosterMappingComplete(kind: Campaign['kind'], m: Partial<RosterMapping>): boolean {
  const defs = rosterFieldsFor(kind)
  if (!defs.every((d) => !d.required || !!m[d.field])) return false
  return subjectKindFor(kind) !== 'achievement' || !!m.school || !!m.units
}

function mappingHint(kind: Campaign['kind']): string {
  return `请先为 ${rosterFieldsFor(kind).filter((d) => d.required).map((d) => d.label).join('、')} 选择对应的列`
}

function filterKnown(mapping: Partial<RosterMapping>, headers: readonly string[]): Partial<RosterMapping> {
  return Object.fromEntries(Object.entries(mapping).filter(([, h]) => headers.includes(h as string))) as Partial<RosterMapping>
}
