import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { WorkbenchError } from '../../domain/errors'
import { placeholderExpert } from '../../domain/workspace'
import { buildScoreSheetModel } from '../../reports/buildScoreSheetModel'
import { renderSignedScoreSheet } from '../../reports/signedScoreSheet'
import { documentSigning, scoreSheetFileName } from './issued'
import { DOCUMENT_KINDS, documentKind, documentStem } from '../../reports/documentKinds'
import { findSoffice, SOFFICE_MISSING } from '../../reports/pdf/soffice'
import type { HandlerDeps } from '../shared/deps'
import { safeFileName } from '../../util/fileName'
import { DOCX_MIME, XLSX_MIME } from '../shared/files'
import type { HandlersOf } from '../contract'
import { findSubmission, loadCampaign, requireExpertInCampaign } from '../shared/load'
import { reportFontHandlers, reportFontsOf } from './fontHandlers'
import { loadDocContext } from './context'
import { startExportAll } from './exportAll'

const docx = (fileName: string, bytes: Uint8Array) => ({ fileName: safeFileName(fileName), mime: DOCX_MIME, base64: Buffer.from(bytes).toString('base64') })

export function reportsHandlers(deps: HandlerDeps) {
  const { store } = deps
  return {
    ...reportFontHandlers(deps),
    'reports.scoreSheet': async ({ campaignId, expertId, submissionId }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      requireExpertInCampaign(campaign, expertId)
      const submission = findSubmission(campaign, submissionId)
      const sheet = (await store.sheetsShard(campaignId, expertId)).data.sheets[submissionId]
      if (!sheet || sheet.status !== 'submitted') {
        throw new WorkbenchError('SHEET_INCOMPLETE', '只有已提交的评分表才能导出专家评分表。')
      }
      const ws = (await store.workspaceShard()).data
      const expert = ws.experts.find((e) => e.id === expertId) ?? placeholderExpert(expertId)
      const signing = await documentSigning(store, [expertId], deps.now)
      const model = buildScoreSheetModel({ campaign, sheet, expert, groups: ws.groups, fonts: reportFontsOf(ws), signatureImage: signing.signatureImages.get(expertId) })
      const { bytes, signature } = await renderSignedScoreSheet(model, campaignId, sheet, signing.workspaceKey)
      if (signature) await signing.issued(signature, bytes)
      return docx(scoreSheetFileName(submission, expert.name), bytes)
    },
    'reports.panelOpinion': async ({ campaignId, submissionId }) => {
      const ctx = await loadDocContext(deps, campaignId)
      const s = findSubmission(ctx.campaign, submissionId)
      const kind = documentKind('panelOpinion')!
      const doc = kind.list(ctx).find((d) => d.key === s.id)
      if (!doc) throw new WorkbenchError('SHEET_INCOMPLETE', '该申报还没有已提交的评分表，无法生成专家组评审意见。')
      return docx(`${documentStem(kind, doc)}.docx`, await kind.render(ctx, s.id))
    },
    'reports.documents': async ({ campaignId }) => {
      const ctx = await loadDocContext(deps, campaignId)
      const soffice = findSoffice()
      return {
        kinds: DOCUMENT_KINDS.filter((k) => k.appliesTo(ctx.campaign)).map((k) => ({
          id: k.id,
          label: k.label,
          documents: k.list(ctx).map((d) => ({ key: d.key, school: d.school, subject: d.subject, fileName: `${safeFileName(documentStem(k, d))}.docx` })),
        })),
        pdfAvailable: soffice !== null,
        pdfMessage: soffice ? '' : SOFFICE_MISSING,
      }
    },
    'reports.document': async ({ campaignId, kind: id, key }) => {
      const kind = documentKind(id)
      if (!kind) throw new WorkbenchError('NOT_FOUND', `没有「${id}」这种文书。`)
      const ctx = await loadDocContext(deps, campaignId)
      const doc = kind.appliesTo(ctx.campaign) ? kind.list(ctx).find((d) => d.key === key) : undefined
      if (!doc) throw new WorkbenchError('NOT_FOUND', `评审活动「${ctx.campaign.name}」中没有这份${kind.label}（尚无已提交的评分，或编号有误）。`)
      return docx(`${documentStem(kind, doc)}.docx`, await kind.render(ctx, key))
    },
    'reports.exportAll': async (input) => {
      await loadCampaign(store, input.campaignId)
      return startExportAll(deps, input)
    },
    'reports.exportedFile': async ({ campaignId, folder, fileName }) => {
      await loadCampaign(store, campaignId)
      const bytes = await readFile(join(store.root, 'reports', campaignId, folder, fileName)).catch(() => {
        throw new WorkbenchError('NOT_FOUND', `导出文件 ${fileName} 不存在。`)
      })
      const mime = fileName.endsWith('.xlsx') ? XLSX_MIME : fileName.endsWith('.pdf') ? 'application/pdf' : DOCX_MIME
      return { fileName, mime, base64: bytes.toString('base64') }
    },
  } satisfies HandlersOf<'reports'>
}
