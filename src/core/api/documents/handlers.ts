import { WorkbenchError } from '../../domain/errors'
import type { WorkspaceFile } from '../../domain/workspace'
import { subjectName } from '../../domain/submissionLabel'
import { normalizeVerificationCode } from '../../signing/documentSignature'
import { verifyFileAt, type VerifyAgainst, type VerifyReport } from '../../signing/verifiers'
import type { WorkspaceStore } from '../../storage/workspaceStore'
import { readRegister, scoreSheetFileName, type IssuedDocument } from '../reports/issued'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { PLATFORM_SIGNATURE_LABEL, type DocumentVerdict, type LookupResult, type RegisteredDocument } from './outputs'

const ROLE_LABEL = { expert: '评审专家', workspace: '秘书处' } as const

/**
 * What a file is checked against in the app: the secretariat's key (at an expert's workspace, the key
 * of the secretariat that issued its package) and the roster with every expert's current and earlier keys.
 */
function againstOf(ws: WorkspaceFile): VerifyAgainst {
  return { workspacePublicKey: ws.workspaceKey?.publicKey ?? ws.expertWorkspace?.secretariat.publicKey, experts: ws.experts }
}

/** verify's report in the shape the 验证文书 screen shows. */
export function verdictOf(r: VerifyReport): DocumentVerdict {
  return {
    authentic: r.ok,
    kind: r.kind,
    fileName: r.file,
    title: r.title ?? null,
    signer: r.signer
      ? { ...r.signer, roleLabel: ROLE_LABEL[r.signer.role], submittedVersion: r.signer.submittedVersion ?? null }
      : null,
    workspaceFingerprint: r.workspaceFingerprint ?? null,
    verificationCode: r.verificationCode ?? null,
    thisWorkspace: r.thisWorkspace,
    lines: r.lines,
    reasons: r.problems,
    label: PLATFORM_SIGNATURE_LABEL,
  }
}

/** A file verify cannot even read as a signed document: not authentic, with the reason. */
function unreadable(fileName: string, reason: string): DocumentVerdict {
  return verdictOf({ ok: false, kind: '文件', file: fileName, lines: [], problems: [reason], thisWorkspace: null })
}

async function registeredDocument(store: WorkspaceStore, code: string, d: IssuedDocument): Promise<RegisteredDocument> {
  const submission = await store
    .campaignShard(d.campaignId as never)
    .then((c) => c.data.campaign.submissions.find((s) => s.id === d.submissionId))
    .catch(() => undefined)
  return {
    code,
    title: d.title,
    kindLabel: d.title,
    campaignId: d.campaignId,
    campaignName: d.campaignName,
    subject: submission ? `${submission.school} · ${subjectName(submission)}` : d.submissionId,
    signer: { name: d.expertName, fingerprint: d.expertFingerprint },
    submittedVersion: d.submittedVersion,
    signedAt: d.signedAt,
    issuedAt: d.firstIssuedAt,
    workspaceFingerprint: d.workspaceFingerprint,
    fileName: submission ? scoreSheetFileName(submission, d.expertName) : `专家评分表_${d.submissionId}_${d.expertName}.docx`,
    fileSha256: d.fileSha256,
  }
}

/** 验证文书 (issue 11): the check is verifiers.ts verifyFile, the same as `npm run cli -- verify`. */
export function documentsHandlers({ store, uploads }: HandlerDeps) {
  return {
    'documents.verify': async ({ uploadId }) => {
      const file = await uploads.finished(uploadId)
      try {
        const against = againstOf((await store.workspaceShard()).data)
        return verdictOf(await verifyFileAt(file.path, file.name, against))
      } catch (e) {
        // a file that is not a signed document at all is an answer, not a failed call
        if (e instanceof WorkbenchError && e.code !== 'WORKSPACE_FILE_CORRUPT') return unreadable(file.name, e.message)
        throw e
      } finally {
        await uploads.discard(uploadId)
      }
    },
    'documents.lookup': async ({ code: typed }): Promise<LookupResult> => {
      const code = normalizeVerificationCode(typed)
      if (!code) return { found: false, code: typed, message: '验证码应为 16 位字母和数字（如 7K3M-Q9XA-2B4C-8D6E），请核对后重新输入。' }
      const entry = (await readRegister(store)).documents[code]
      if (!entry) return { found: false, code, message: `未找到该验证码（${code}）：本工作区没有签发过这份文书。请核对验证码，或向签发文书的秘书处查询。` }
      return { found: true, document: await registeredDocument(store, code, entry) }
    },
  } satisfies HandlersOf<'documents'>
}
