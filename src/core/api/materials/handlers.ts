import { stat } from 'node:fs/promises'
import { WorkbenchError } from '../../domain/errors'
import type { SubmissionId } from '../../domain/ids'
import { AttachmentStore, sweepUnreferenced } from '../../intake/attachments'
import { importFiles, importFolder, importZip, matchByNamingRule } from '../../intake/materials'
import type { ImportPlan } from '../../intake/materials/types'
import { docxText } from '../../intake/docxText'
import { expertMaterials } from '../../domain/blind'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { DOCX_MIME } from '../shared/files'
import { findSubmission, loadCampaign } from '../shared/load'
import { sourceFile } from '../shared/sourceFile'
import { attachUnmatched, keepUnmatched } from './unmatched'
import { dropUnreferencedBlobs, referencedBlobs, storingBlobs, sweepWhenIdle } from '../shared/blobs'
import type { MaterialsImportResult } from './outputs'

export function materialsHandlers({ store, uploads, tasks, now }: HandlerDeps) {
  /** Deletes the blobs nothing references, unless another import is storing blobs (shared/blobs.ts). */
  const sweep = (attachments: AttachmentStore) => sweepWhenIdle(store, async () => sweepUnreferenced(attachments, await referencedBlobs(store)))

  return {
    'materials.import': async ({ campaignId, source, submissionId, rule }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      if (submissionId) findSubmission(campaign, submissionId)
      const file = await sourceFile(uploads, source)
      const isDir = (await stat(file.path)).isDirectory()
      const attachments = new AttachmentStore(store.root)
      return tasks.start('materials.import', `正在导入「${file.name}」`, async ({ signal, progress }): Promise<MaterialsImportResult> => {
        try {
          return await storingBlobs(store, () => importAndCommit({ signal, progress }))
        } finally {
          // blobs nothing references (unmatched files, a cancelled commit) are removed again
          await sweep(attachments)
        }
      })

      async function importAndCommit({ signal, progress }: { signal: AbortSignal; progress: (done: number, total: number) => void }): Promise<MaterialsImportResult> {
        const opts = { store: attachments, label: file.name, signal, onProgress: (done: number, total: number) => progress(done, total) }
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
        if (signal.aborted) throw new WorkbenchError('IMPORT_REFUSED', '导入已取消，未作任何改动。', { details: { reason: 'CANCELLED' } })
        const at = now().toISOString()
        const shard = await loadCampaign(store, campaignId)
        await shard.update((d) => {
          for (const f of files) {
            const s = d.campaign.submissions.find((x) => x.id === f.submissionId)
            // a material is a name; two names with the same bytes are two materials sharing one blob
            if (!s || s.materials.some((m) => m.sha256 === f.sha256 && m.name === f.name)) continue
            s.materials.push({ sha256: f.sha256, name: f.name, size: f.size, mime: f.mime, addedAt: at })
          }
          keepUnmatched(d.campaign, matched.unmatched, file.name, at)
        }, () => ({ action: 'materials.import', actor: '秘书处', data: { file: file.name, attached: files.length, unmatched: matched.unmatched.length }, at: now() }))
        return {
          attached: files.length,
          unmatched: matched.unmatched.map((f) => f.path),
          skipped: plan.skipped,
          problems: plan.problems,
        }
      }
    },

    'materials.addFiles': async ({ campaignId, submissionId, sources }) => {
      findSubmission((await loadCampaign(store, campaignId)).data.campaign, submissionId)
      const files: Array<{ path: string; name: string }> = []
      for (const src of sources) files.push(await sourceFile(uploads, src))
      const attachments = new AttachmentStore(store.root)
      let attached = 0
      let plan: ImportPlan
      try {
        plan = await storingBlobs(store, () => addAndCommit())
      } finally {
        await sweep(attachments)
        for (const src of sources) if ('uploadId' in src) await uploads.discard(src.uploadId)
      }
      async function addAndCommit(): Promise<ImportPlan> {
        const plan = await importFiles(files, { store: attachments })
        const at = now().toISOString()
        const shard = await loadCampaign(store, campaignId)
        await shard.update((d) => {
          const s = findSubmission(d.campaign, submissionId)
          for (const f of plan.files) {
            if (s.materials.some((m) => m.sha256 === f.sha256 && m.name === f.name)) continue
            s.materials.push({ sha256: f.sha256, name: f.name, size: f.size, mime: f.mime, addedAt: at })
            attached++
          }
        }, () => ({ action: 'materials.addFiles', actor: '秘书处', data: { submissionId, files: plan.files.map((f) => f.name), skipped: plan.skipped.length }, at: now() }))
        return plan
      }
      return { attached, skipped: plan.skipped, problems: plan.problems }
    },

    'materials.unmatched': async ({ campaignId }) => (await loadCampaign(store, campaignId)).data.campaign.unmatchedMaterials,

    'materials.attach': async ({ campaignId, submissionId, sha256, path, reason, actor }) => {
      const shard = await loadCampaign(store, campaignId)
      const attached = await shard.update(
        (d) => attachUnmatched(d.campaign, submissionId, sha256, path, now().toISOString()),
        (a) => ({ action: 'materials.attach', actor, data: { submissionId, file: a.name, path, sha256, reason }, at: now() }),
      )
      return attached
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

    'materials.remove': async ({ campaignId, submissionId, sha256, name, reason }) => {
      const shard = await loadCampaign(store, campaignId)
      const sub = findSubmission(shard.data.campaign, submissionId)
      if (!sub.materials.some((m) => m.sha256 === sha256 && m.name === name)) {
        throw new WorkbenchError('NOT_FOUND', `申报「${sub.school} ${sub.program}」没有材料「${name}」。`)
      }
      const materials = await shard.update((d) => {
        const s = findSubmission(d.campaign, submissionId)
        // checked again in the write: a second window may have removed it since
        if (!s.materials.some((m) => m.sha256 === sha256 && m.name === name)) throw new WorkbenchError('NOT_FOUND', `申报「${sub.school} ${sub.program}」没有材料「${name}」，可能已被删除。`)
        s.materials = s.materials.filter((m) => !(m.sha256 === sha256 && m.name === name))
        return s.materials
      }, () => ({ action: 'material.remove', actor: '秘书处', data: { submissionId, name, sha256, reason }, at: now() }))
      const gone = await dropUnreferencedBlobs(store, tasks, [sha256])
      return { materials, blobRemoved: gone.length > 0 }
    },
  } satisfies HandlersOf<'materials'>
}
