import { WorkbenchError } from '../../domain/errors'
import { ExpertSchema, type Expert } from '../../domain/workspace'
import { mapExperts } from '../../intake/experts'
import { readTableFile } from '../../intake/roster'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { sourceFile, type FileSource } from '../shared/sourceFile'
import type { ExpertImportPreview } from './outputs'

const PREVIEW_ROWS = 200
const issues = (problems: ExpertImportPreview['problems']) => problems.map((p) => ({ path: p.row ? `第 ${p.row} 行 ${p.column}` : p.column, message: p.message }))

/** experts.previewImport / experts.import: the expert pool from a table, read like the roster (intake/roster readTableFile). */
export function expertImportHandlers({ store, uploads, now, newId }: HandlerDeps) {
  async function read(source: FileSource, headerRow?: number) {
    const file = await sourceFile(uploads, source)
    const table = await readTableFile(file.path, file.name, {}, { headerRow })
    if (!table.ok) return { file, table, mapped: null }
    const ws = (await store.workspaceShard()).data
    return { file, table, mapped: mapExperts(table.table, ws.groups, ws.experts, now().getFullYear()) }
  }

  return {
    'experts.previewImport': async ({ source, headerRow }): Promise<ExpertImportPreview> => {
      const r = await read(source, headerRow)
      if (!r.table.ok) {
        const { headerRow: hr, headerChoices, problems } = r.table
        return { fileName: r.file.name, headers: [], headerRow: hr, headerChoices, columns: {}, rowCount: 0, validCount: 0, rows: [], problems }
      }
      const { table } = r.table
      const m = r.mapped!
      return {
        fileName: r.file.name,
        headers: table.headers,
        headerRow: table.headerRow,
        headerChoices: table.headerChoices,
        columns: m.columns as Record<string, string>,
        rowCount: table.rows.length,
        validCount: m.valid.length,
        rows: m.valid.slice(0, PREVIEW_ROWS).map((v) => ({ row: v.row, ...v.fields })),
        problems: m.problems,
      }
    },

    'experts.import': async ({ source, headerRow, mode }) => {
      const r = await read(source, headerRow)
      if (!r.table.ok) throw new WorkbenchError('IMPORT_REFUSED', `专家表「${r.file.name}」有 ${r.table.problems.length} 处无法读取，未导入任何专家。`, { issues: issues(r.table.problems) })
      const { valid, problems } = r.mapped!
      if (problems.some((p) => p.row === 0)) throw new WorkbenchError('IMPORT_REFUSED', `${problems[0]!.message}，未导入任何专家。`, { issues: issues(problems) })
      if (problems.length && mode === 'all') {
        throw new WorkbenchError('IMPORT_REFUSED', `专家表有 ${problems.length} 处问题，按“全部导入”未导入任何专家；可修改后重新导入，或选择“仅导入无误的行”。`, { issues: issues(problems) })
      }
      if (valid.length === 0) throw new WorkbenchError('IMPORT_REFUSED', `专家表「${r.file.name}」中没有可导入的专家。`, { issues: issues(problems) })
      const added: Expert[] = valid.map((v) => ExpertSchema.parse({ id: newId('exp'), ...v.fields }))
      const ws = await store.workspaceShard()
      // every campaign's log records the import, each entry written with the change (storage/auditOutbox.ts)
      const campaignIds = await store.campaignIds()
      await ws.update((d) => {
        // checked again inside the write: the pool may have changed since the file was read
        const keys = new Set(d.experts.map((e) => `${e.name}\u0000${e.unit}`))
        const again = added.find((e) => keys.has(`${e.name}\u0000${e.unit}`))
        if (again) throw new WorkbenchError('CONFLICT', `专家库中已有 ${again.unit} 的 ${again.name}，请重新预览后导入。`)
        d.experts.push(...added)
      }, () => campaignIds.map((campaignId) => ({ campaignId, action: 'experts.import', actor: '秘书处', data: { file: r.file.name, imported: added.length, skipped: problems.length }, at: now() })))
      if ('uploadId' in source) await uploads.discard(source.uploadId)
      return { imported: added.length, skippedRows: new Set(problems.map((p) => p.row)).size, problems }
    },
  } satisfies Pick<HandlersOf<'experts'>, 'experts.previewImport' | 'experts.import'>
}
