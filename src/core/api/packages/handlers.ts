import { mkdir, open, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { WorkbenchError } from '../../domain/errors'
import type { ExpertId } from '../../domain/ids'
import { exportExpertPackage } from '../../packages/exportExpertPackage'
import { exportScorePackage } from '../../packages/scorePackage'
import { importScorePackage } from '../../packages/importScorePackage'
import { PACKAGE_EXTENSIONS } from '../../packages/manifest'
import { returnStatus } from '../../packages/returnStatus'
import { packageReason } from '../../intake/packages/refusal'
import { unlockExpertKey, unlockWorkspaceKey } from '../../signing/keyStore'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { loadCampaign } from '../shared/load'
import { campaignSheets } from '../shared/sheetsOf'
import { sourceFile } from '../shared/sourceFile'
import { safeFileName } from '../../util/fileName'
import type { ExpertPackageResult } from './outputs'

/** Where exported packages go: inside the workspace, so no caller names a path to write to. */
const EXPORT_DIR = 'exports/packages'

/** A score package holds sheets, not materials: far below this; a bigger file is not sent as base64. */
const MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024

/** A piece of an expert package sent at a time: 8 MB (about 11 MB as base64 in JSON). */
export const PACKAGE_PIECE_BYTES = 8 * 1024 * 1024

/** A file name that is safe on every system: ids and digits only. */
function packageFileName(parts: string[], ext: string): string {
  return `${parts.map((p) => p.replace(/[^A-Za-z0-9_-]/g, '')).join('_')}${ext}`
}

export function packagesHandlers({ store, tasks, uploads, now, newId }: HandlerDeps) {
  async function exportDir(): Promise<string> {
    const dir = join(store.root, EXPORT_DIR)
    await mkdir(dir, { recursive: true })
    return dir
  }

  return {
    'packages.exportExpert': async ({ campaignId, expertId, passphrase, validDays }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      if (!campaign.expertIds.includes(expertId)) throw new WorkbenchError('NOT_FOUND', `专家 ${expertId} 不在评审活动「${campaign.name}」的专家名单中。`)
      // unlock before the task starts: a wrong passphrase is the call's answer, not a failed task
      const key = await unlockWorkspaceKey(store, passphrase)
      const expert = (await store.workspaceShard()).data.experts.find((e) => e.id === expertId)
      const at = now()
      const stamp = at.toISOString().slice(0, 19).replace(/[-:T]/g, '')
      const target = join(await exportDir(), packageFileName([campaignId, expertId, stamp], PACKAGE_EXTENSIONS['expert-package']))
      const downloadName = `${safeFileName(`${campaign.name}-${expert?.name ?? expertId}-评审包`).slice(0, 100)}${PACKAGE_EXTENSIONS['expert-package']}`
      return tasks.start('packages.exportExpert', `正在导出「${expert?.name ?? expertId}」的评审包`, async ({ signal, progress }): Promise<ExpertPackageResult> => {
        const w = await exportExpertPackage(store, { campaignId, expertId: expertId as ExpertId, key, target, validDays, now: at, packageId: newId('pkg') }, { signal, onProgress: progress })
        return {
          path: w.path,
          fileName: target.slice(target.lastIndexOf('/') + 1),
          downloadName,
          bytes: w.bytes,
          sequence: w.manifest.sequence,
          submissions: w.manifest.files.length,
          expiresAt: w.manifest.expiresAt,
        }
      })
    },

    'packages.exportScores': async ({ passphrase }) => {
      const info = (await store.workspaceShard()).data.expertWorkspace
      if (!info) throw new WorkbenchError('CONFLICT', '本工作区不是专家工作区，不能导出评分包。')
      const key = await unlockExpertKey(store, info.expertId, passphrase)
      const at = now()
      const stamp = at.toISOString().slice(0, 19).replace(/[-:T]/g, '')
      const fileName = packageFileName([info.campaignId, info.expertId, `${info.scoreSequence + 1}`, stamp], PACKAGE_EXTENSIONS['score-package'])
      const target = join(await exportDir(), fileName)
      const w = await exportScorePackage(store, { key, target, now: at, packageId: newId('pkg') })
      return { path: w.path, fileName, bytes: w.bytes, sequence: w.manifest.sequence, sheets: w.sheets }
    },

    'packages.importScores': async ({ source, confirmFingerprint }) => {
      const file = await sourceFile(uploads, source)
      let keepUpload = false
      try {
        const r = await importScorePackage(store, file.path, { label: file.name, now: now(), confirmFingerprint })
        return { ...r, sheets: r.sheets.map((s) => ({ ...s })) }
      } catch (e) {
        // a refusal that asks the secretary to confirm the key keeps the upload for the confirmed retry
        keepUpload = packageReason(e) === 'UNKNOWN_KEY' && 'uploadId' in source
        // the confirmed retry names the same upload, so the file is not sent twice
        if (keepUpload && e instanceof WorkbenchError && 'uploadId' in source) throw new WorkbenchError(e.code, e.message, { details: { ...e.details, uploadId: source.uploadId } })
        throw e
      } finally {
        if ('uploadId' in source && !keepUpload) await uploads.discard(source.uploadId)
      }
    },

    'packages.status': async ({ campaignId }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      const experts = (await store.workspaceShard()).data.experts
      const sheets = await campaignSheets(store, campaign)
      return returnStatus(campaign, experts, (e, s) => sheets.get(e)?.[s]?.status === 'submitted')
    },

    'packages.expertInfo': async () => (await store.workspaceShard()).data.expertWorkspace ?? null,

    'packages.exportedFile': async ({ fileName }) => {
      const path = join(store.root, EXPORT_DIR, fileName)
      const size = await stat(path).then((s) => (s.isFile() ? s.size : -1), () => -1)
      if (size < 0) throw new WorkbenchError('NOT_FOUND', `评分包 ${fileName} 不存在（可能已被移走），请重新导出。`)
      if (size > MAX_DOWNLOAD_BYTES) throw new WorkbenchError('INVALID_INPUT', `评分包 ${fileName} 过大，无法下载；请到工作区的 ${EXPORT_DIR} 文件夹中取用。`)
      return { fileName, mime: 'application/octet-stream', base64: (await readFile(path)).toString('base64') }
    },

    'packages.expertPackageFile': async ({ fileName, offset }) => {
      const gone = () => new WorkbenchError('NOT_FOUND', `评审包 ${fileName} 不存在（可能已被移走），请重新导出。`)
      const fh = await open(join(store.root, EXPORT_DIR, fileName), 'r').catch(() => {
        throw gone()
      })
      try {
        const s = await fh.stat()
        if (!s.isFile()) throw gone()
        if (offset > s.size) throw new WorkbenchError('INVALID_INPUT', `评审包 ${fileName} 只有 ${s.size} 字节，不能从第 ${offset} 字节读起。`)
        const piece = Buffer.alloc(Math.min(PACKAGE_PIECE_BYTES, s.size - offset))
        let read = 0
        while (read < piece.length) {
          const { bytesRead } = await fh.read(piece, read, piece.length - read, offset + read)
          if (bytesRead === 0) break
          read += bytesRead
        }
        return { fileName, mime: 'application/octet-stream', base64: piece.subarray(0, read).toString('base64'), offset, size: s.size }
      } finally {
        await fh.close()
      }
    },
  } satisfies HandlersOf<'packages'>
}
