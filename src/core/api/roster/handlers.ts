import { WorkbenchError } from '../../domain/errors'
import { SubmissionSchema, type Campaign, type Submission } from '../../domain/workspace'
import { readTableFile, mapRoster, suggestMapping, type RosterMapping } from '../../intake/roster'
import { rosterFieldsFor } from '../../intake/roster/rosterFields'
import { subjectKindFor } from '../../domain/subject'
import { sameSubject, submissionLabel } from '../../domain/submissionLabel'
import type { RosterPreview } from './outputs'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { loadCampaign } from '../shared/load'
import { sourceFile, type FileSource } from '../shared/sourceFile'

/** Rows shown in the preview; the import itself uses every row. */
const PREVIEW_ROWS = 200

export function rosterHandlers({ store, uploads, now, newId }: HandlerDeps) {
  async function readRoster(campaign: Campaign, source: FileSource, mapping?: Partial<RosterMapping>, headerRow?: number) {
    const file = await sourceFile(uploads, source)
    // regular files only, size checked before reading, the cap enforced while reading (issue 8 item 5)
    const read = await readTableFile(file.path, file.name, {}, { headerRow, rememberedHeaderRow: campaign.rosterHeaderRow })
    if (!read.ok) return { file, headers: [] as string[], read, mapped: null, mapping: {} as Partial<RosterMapping> }
    const groups = (await store.workspaceShard()).data.groups
    const remembered = campaign.rosterMapping as Partial<RosterMapping>
    const guess = { ...suggestMapping(read.table.headers, campaign.kind), ...filterKnown(remembered, read.table.headers), ...(mapping ?? {}) }
    const complete = rosterMappingComplete(campaign.kind, guess)
    const mapped = complete ? mapRoster(read.table, guess, groups, campaign.submissions, campaign.kind) : null
    return { file, headers: read.table.headers, read, mapped, mapping: guess }
  }

  return {
    'roster.preview': async ({ campaignId, source, mapping, headerRow }): Promise<RosterPreview> => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      const r = await readRoster(campaign, source, mapping, headerRow)
      const header = r.read.ok ? { headerRow: r.read.table.headerRow, headerChoices: r.read.table.headerChoices } : { headerRow: r.read.headerRow, headerChoices: r.read.headerChoices }
      if (!r.read.ok) return { fileName: r.file.name, headers: [], mapping: {}, fields: [...rosterFieldsFor(campaign.kind)], rowCount: 0, validCount: 0, rows: [], problems: r.read.problems, ...header }
      return {
        ...header,
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

    'roster.import': async ({ campaignId, source, mapping, headerRow, mode }) => {
      const shard = await loadCampaign(store, campaignId)
      const r = await readRoster(shard.data.campaign, source, mapping, headerRow)
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
        // checked again inside the write: another window may have imported the same rows since the file was read
        const again = added.find((a) => d.campaign.submissions.some((s) => sameSubject(s, a)))
        if (again) throw new WorkbenchError('CONFLICT', `「${submissionLabel(again)}」已在评审活动中（可能刚从另一窗口导入），未导入任何数据；请重新预览后导入。`)
        d.campaign.submissions.push(...added)
        d.campaign.rosterMapping = { ...r.mapping } as Record<string, string>
        if (r.read.ok) d.campaign.rosterHeaderRow = r.read.table.headerRow
      }, () => ({ action: 'roster.import', actor: '秘书处', data: { file: r.file.name, imported: added.length, skipped: problems.length }, at: now() }))
      if ('uploadId' in source) await uploads.discard(source.uploadId)
      return { imported: added.length, skippedRows: [...new Set(problems.map((p) => p.row))].length, problems }
    },
  } satisfies HandlersOf<'roster'>
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
