import { WorkbenchError } from '../../domain/errors'
import type { CampaignId, SubmissionId } from '../../domain/ids'
import { normalizedName } from '../../domain/submissionLabel'
import { buildDiagnosisView } from '../../reports/diagnosis/diagnosisView'
import { CLOSING_PARTS, ISSUE_KIND_LABELS, type ClosingPart, type DiagnosisFile, type DiagnosisPart } from '../../reports/diagnosis/diagnosisFile'
import { simpleWorkbook } from '../../reports/xlsx/workbook'
import { safeFileName } from '../../util/fileName'
import type { HandlersOf } from '../contract'
import type { HandlerDeps } from '../shared/deps'
import { XLSX_MIME } from '../shared/files'
import { findSubmission, loadCampaign } from '../shared/load'
import { loadDocContext } from '../reports/context'
import type { DiagnosisScreen } from './outputs'

type Key = { campaignId: CampaignId; submissionId: SubmissionId }

/** The consultant's 诊断报告 (issue 13): load → pure view (reports/diagnosis) → store → audit → view. */
export function diagnosisHandlers(deps: HandlerDeps) {
  const { store, now, newId } = deps

  async function requireDiagnosis({ campaignId, submissionId }: Key) {
    const campaign = (await loadCampaign(store, campaignId)).data.campaign
    if (campaign.kind !== 'diagnostic') throw new WorkbenchError('CONFLICT', `评审活动「${campaign.name}」不是专业建设诊断，没有诊断报告。`)
    return { campaign, submission: findSubmission(campaign, submissionId) }
  }

  async function screen(k: Key): Promise<DiagnosisScreen> {
    const ctx = await loadDocContext(deps, k.campaignId)
    const s = findSubmission(ctx.campaign, k.submissionId)
    const baselineOptions: DiagnosisScreen['baselineOptions'] = []
    for (const id of await store.campaignIds()) {
      if (id === k.campaignId) continue
      const other = (await store.campaignShard(id)).data.campaign
      if (other.kind !== 'diagnostic') continue
      for (const o of other.submissions) {
        if (normalizedName(o.school) === normalizedName(s.school) && normalizedName(o.program) === normalizedName(s.program)) {
          baselineOptions.push({ campaignId: id, campaignName: other.name, submissionId: o.id })
        }
      }
    }
    return {
      ...buildDiagnosisView(ctx, k.submissionId),
      campaignName: ctx.campaign.name,
      dimensions: ctx.campaign.rubric.dimensions.map((d) => ({ code: d.code, name: d.name })),
      baselineOptions,
    }
  }

  /** One change to the diagnosis file: refused when it is no longer at the version the consultant saw. */
  async function change(k: Key, expectVersion: number, action: string, apply: (d: DiagnosisFile) => void, audit: Record<string, unknown>) {
    await requireDiagnosis(k)
    const shard = await store.diagnosisShard(k.campaignId, k.submissionId)
    if (shard.data.version !== expectVersion) {
      throw new WorkbenchError('STALE_VERSION', `诊断报告已在别处被修改（当前第 ${shard.data.version} 版，您看到的是第 ${expectVersion} 版），为避免覆盖，本次修改未保存。请刷新后再改。`)
    }
    await store.prepareDiagnosisFolder(k.campaignId)
    await shard.update((d) => {
      if (d.version !== expectVersion) throw new WorkbenchError('STALE_VERSION', '诊断报告已在别处被修改，本次修改未保存。请刷新后再改。')
      apply(d)
      d.version += 1
      d.updatedAt = now().toISOString()
    }, () => ({ action, actor: '诊断顾问', data: { submissionId: k.submissionId, ...audit }, at: now() }))
    return screen(k)
  }

  return {
    'diagnosis.get': async (k) => {
      await requireDiagnosis(k)
      return screen(k)
    },
    'diagnosis.setPart': async ({ dimensionCode, part, text, accepted, expectVersion, ...k }) => {
      const { campaign } = await requireDiagnosis(k)
      const closing = (CLOSING_PARTS as readonly string[]).includes(part)
      if (!closing && !campaign.rubric.dimensions.some((d) => d.code === dimensionCode)) {
        throw new WorkbenchError('INVALID_INPUT', `指标体系中没有编号为 ${dimensionCode ?? '（空）'} 的一级指标。`)
      }
      if (accepted && !text.trim()) throw new WorkbenchError('INVALID_INPUT', '内容为空，不能确认采用。')
      return change(
        k,
        expectVersion,
        'diagnosis.setPart',
        (d) => {
          const value = { text, accepted }
          if (closing) d[part as ClosingPart] = value
          else d.parts[dimensionCode!] = { ...d.parts[dimensionCode!], [part as DiagnosisPart]: value }
        },
        { dimensionCode: dimensionCode ?? '', part, accepted },
      )
    },
    'diagnosis.setIssues': async ({ issues, expectVersion, ...k }) => {
      const { campaign } = await requireDiagnosis(k)
      for (const i of issues) {
        if (i.dimensionCode && !campaign.rubric.dimensions.some((d) => d.code === i.dimensionCode)) {
          throw new WorkbenchError('INVALID_INPUT', `问题「${i.text}」所属的一级指标 ${i.dimensionCode} 不存在。`)
        }
      }
      return change(k, expectVersion, 'diagnosis.setIssues', (d) => {
        d.issues = issues.map((i) => ({ ...i, id: i.id ?? newId('iss') }))
      }, { count: issues.length })
    },
    'diagnosis.setInfo': async ({ reportNo, diagnosingBody, baseline, expectVersion, ...k }) => {
      if (baseline) {
        if (baseline.campaignId === k.campaignId) throw new WorkbenchError('INVALID_INPUT', '复诊应与另一次评审活动中的诊断比较。')
        await requireDiagnosis(baseline)
      }
      return change(k, expectVersion, 'diagnosis.setInfo', (d) => {
        if (reportNo !== undefined) d.reportNo = reportNo
        if (diagnosingBody !== undefined) d.diagnosingBody = diagnosingBody
        if (baseline === null) delete d.baseline
        else if (baseline) d.baseline = baseline
      }, { reportNo, baseline })
    },
    'diagnosis.issuesXlsx': async (k) => {
      const { submission } = await requireDiagnosis(k)
      const v = await screen(k)
      const dimName = (code: string) => v.dimensions.find((d) => d.code === code)?.name ?? ''
      const bytes = await simpleWorkbook(
        '问题清单',
        ['序号', '类别', '一级指标', '问题', '责任部门（人）', '整改期限'],
        v.issues.map((i, n) => [n + 1, ISSUE_KIND_LABELS[i.kind], dimName(i.dimensionCode), i.text, i.owner, i.deadline]),
        new Date(v.file.updatedAt || now().toISOString()),
      )
      return { fileName: safeFileName(`${submission.school}-${submission.program}-问题清单.xlsx`), mime: XLSX_MIME, base64: Buffer.from(bytes).toString('base64') }
    },
  } satisfies HandlersOf<'diagnosis'>
}
