import { WorkbenchError } from '../../domain/errors'
import { RubricSchema, type Rubric } from '../../domain/rubric'
import { findTemplate } from '../../rubric/templates'
import { validateRubric } from '../../rubric/validate'
import { rubricFromJson, rubricToJson } from '../../rubric/exchange/json'
import { rubricFromXlsx, rubricToXlsx } from '../../rubric/exchange/xlsx'
import { rubricSchemaMessage, schemaProblems } from '../../rubric/problems'
import type { RubricCheck, RubricFileParse } from './outputs'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { loadCampaign } from '../shared/load'
import { XLSX_MIME } from '../shared/files'
import { safeFileName } from '../../util/fileName'
import { sniffKind, type FileKind } from '../../intake/files/sniff'
import { wrongKindMessage } from '../../intake/files/describe'

/** Schema and content checks of a rubric as the editor sends it; `rubric` is the parsed draft when it passed the schema. */
function checkRubricParsed(input: unknown): RubricCheck & { rubric?: Rubric } {
  const parsed = RubricSchema.safeParse(input, { error: rubricSchemaMessage })
  if (!parsed.success) {
    return { ok: false, problems: schemaProblems(parsed.error.issues) }
  }
  const problems = validateRubric(parsed.data)
  return { ok: problems.length === 0, problems, total: parsed.data.dimensions.reduce((s, d) => s + d.points, 0), rubric: parsed.data }
}

export function checkRubric(input: unknown): RubricCheck {
  const { rubric: _parsed, ...check } = checkRubricParsed(input)
  return check
}

/** xlsx, json, or what the one sniffer table of intake says the file is (intake/files/sniff.ts). */
function sniff(bytes: Buffer, fileName: string): 'xlsx' | 'json' | 'text' | FileKind {
  const kind = sniffKind(bytes, fileName)
  if (kind === 'zip' || kind === 'xlsx') return 'xlsx'
  if (kind !== 'text') return kind
  const head = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart()
  return head.startsWith('{') ? 'json' : 'text'
}

export function rubricHandlers({ store, now }: HandlerDeps) {
  async function sourceRubric(input: { campaignId?: string; templateId?: string }): Promise<Rubric> {
    if (input.campaignId) return (await loadCampaign(store, input.campaignId as never)).data.campaign.rubric
    const t = input.templateId ? findTemplate(input.templateId) : undefined
    if (!t) throw new WorkbenchError('NOT_FOUND', `找不到指标体系模板 ${input.templateId ?? ''}。`)
    return t
  }

  async function anySheet(campaignId: Parameters<typeof loadCampaign>[1]): Promise<boolean> {
    for (const expertId of await store.sheetExpertIds(campaignId)) {
      if (Object.keys((await store.sheetsShard(campaignId, expertId)).data.sheets).length > 0) return true
    }
    return false
  }

  return {
    'rubric.validate': async ({ rubric }) => checkRubric(rubric),

    'rubric.update': async ({ campaignId, rubric: candidate, note, baseVersion }) => {
      const check = checkRubricParsed(candidate)
      if (!check.ok) {
        throw new WorkbenchError('INVALID_INPUT', `指标体系有 ${check.problems.length} 处问题，未保存：${check.problems.slice(0, 3).map((p) => `${p.where}：${p.message}`).join('；')}`, {
          issues: check.problems.map((p) => ({ path: p.where, message: p.message })),
        })
      }
      const shard = await loadCampaign(store, campaignId)
      const before = shard.data.campaign.rubric.version
      // a campaign scored before rubricFrozenAt existed (or by an older build) is frozen all the same
      const scored = !shard.data.campaign.rubricFrozenAt && (await anySheet(campaignId))
      const updated = await shard.update((d) => {
        const c = d.campaign
        const next = check.rubric!
        if (next.kind !== c.kind) throw new WorkbenchError('INVALID_INPUT', '指标体系的评审类型与评审活动不一致。')
        const at = now().toISOString()
        if (scored) c.rubricFrozenAt = at
        if (!c.rubricFrozenAt) {
          // nothing scored yet: the draft is simply replaced, same version
          c.rubric = { ...next, id: c.rubric.id, version: c.rubric.version }
          if (note) c.rubricNotes.push({ version: c.rubric.version, note, at })
          return c
        }
        // an edit of a version that is no longer current (a double-clicked 保存, a second window): refused,
        // so two saves never make two versions of one edit. (Re-applying the same content on purpose, an
        // exported file imported back with a note, is a new version like any other.)
        if (baseVersion !== undefined && baseVersion !== c.rubric.version) {
          throw new WorkbenchError('STALE_VERSION', `指标体系已保存为第 ${c.rubric.version} 版（您修改的是第 ${baseVersion} 版），本次修改未保存；请重新打开指标体系后再修改。`)
        }
        if (!note?.trim()) {
          throw new WorkbenchError('INVALID_INPUT', '评分已经开始，指标体系已冻结；修改将生成新版本，请填写修改说明。')
        }
        c.rubricHistory.push({ rubric: c.rubric, note, replacedAt: at })
        c.rubric = { ...next, id: c.rubric.id, version: c.rubric.version + 1 }
        c.rubricNotes.push({ version: c.rubric.version, note, at })
        return c
      }, (c) => (c.rubric.version !== before ? { action: 'rubric.version', actor: '秘书处', data: { from: before, to: c.rubric.version, note: note ?? '' }, at: now() } : null))
      return updated
    },

    'rubric.export': async ({ format, ...from }) => {
      const rubric = await sourceRubric(from)
      const base = safeFileName(`指标体系_${rubric.name}_第${rubric.version}版`)
      if (format === 'json') {
        return { fileName: `${base}.json`, mime: 'application/json', base64: Buffer.from(rubricToJson(rubric, now()), 'utf8').toString('base64') }
      }
      return { fileName: `${base}.xlsx`, mime: XLSX_MIME, base64: Buffer.from(await rubricToXlsx(rubric)).toString('base64') }
    },

    'rubric.parseFile': async ({ fileName, base64 }): Promise<RubricFileParse> => {
      const bytes = Buffer.from(base64, 'base64')
      const kind = sniff(bytes, fileName)
      if (kind === 'json') {
        const r = rubricFromJson(bytes.toString('utf8').replace(/^\uFEFF/, ''))
        return r.ok
          ? { ok: true, rubric: r.rubric, problems: [] }
          : { ok: false, problems: r.problems }
      }
      if (kind === 'xlsx') {
        const r = await rubricFromXlsx(new Uint8Array(bytes), fileName)
        return r.ok
          ? { ok: true, rubric: r.rubric, problems: [] }
          : {
              ok: false,
              problems: r.problems.map((p) => ({
                code: p.code ?? 'FILE',
                path: p.path ?? [],
                params: p.params ?? {},
                where: p.sheet ? `工作表「${p.sheet}」第 ${p.row} 行 ${p.column} 列` : '(文件)',
                message: p.message,
                sheet: p.sheet,
                row: p.row,
                column: p.column,
              })),
            }
      }
      const fileProblem = (message: string) => ({ ok: false, problems: [{ code: 'FILE', path: [], params: {}, where: '(文件)', message }] })
      if (kind === 'text') return fileProblem('无法识别的文件：请选择工作台导出的 .json 或 .xlsx 指标体系文件')
      // a PDF, an old .xls, an encrypted workbook …: the sentence every door uses for it
      return fileProblem(wrongKindMessage(kind, fileName, '指标体系文件（.json 或 .xlsx）', bytes))
    },
  } satisfies HandlersOf<'rubric'>
}
