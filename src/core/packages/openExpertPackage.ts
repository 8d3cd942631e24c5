import { randomBytes } from 'node:crypto'
import { readdir, rename, rm, rmdir } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { WorkbenchError } from '../domain/errors'
import type { ExpertWorkspaceInfo } from '../domain/expertWorkspace'
import { WORKSPACE_SCHEMA_VERSION, CampaignSchema, type Campaign } from '../domain/workspace'
import type { CampaignId } from '../domain/ids'
import { AttachmentStore } from '../intake/attachments'
import { OpenedPackage } from '../intake/packages/readPackage'
import { packageRefusal } from '../intake/packages/refusal'
import { WorkspaceStore } from '../storage/workspaceStore'
import { ExpertPackageContentSchema, type ExpertPackageContent } from './expertPackage'
import type { Manifest } from './manifest'

export interface OpenExpertPackageOptions {
  /** the package's name as the user chose it, for messages */
  label: string
  now: Date
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
}

export interface OpenedExpertWorkspace {
  root: string
  info: ExpertWorkspaceInfo
  submissions: number
  materials: number
}

/**
 * Opens an expert package on the expert's machine (issue 11) and creates their expert workspace in
 * `dir` (which must not exist, or be empty). The package is read as an untrusted import
 * (intake/packages/readPackage.ts); then the content is parsed with zod and checked against the signed
 * manifest (issuer, campaign, expert, rubric version, materials), and the expiry against `now`. Only
 * then is the workspace built, complete, in a staging folder beside `dir` and renamed into place: a
 * refused or cancelled open leaves nothing behind.
 */
export async function openExpertPackage(pkgPath: string, dir: string, opts: OpenExpertPackageOptions): Promise<OpenedExpertWorkspace> {
  const root = resolve(dir)
  const existing = await readdir(root).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)))
  if (existing && existing.length > 0) throw new WorkbenchError('CONFLICT', `文件夹 ${root} 不是空的；请为专家工作区选择一个新的或空的文件夹。`)
  const pkg = await OpenedPackage.open(pkgPath, { label: opts.label, expectKind: 'expert-package', signal: opts.signal })
  const staging = join(dirname(root), `.${basename(root)}.staging-${randomBytes(4).toString('hex')}`)
  let store: WorkspaceStore | undefined
  try {
    const content = checkContent(await pkg.content(), pkg.manifest, opts.label, opts.now)
    const info: ExpertWorkspaceInfo = {
      expertId: content.expert.id,
      campaignId: content.campaign.id as CampaignId,
      packageId: pkg.manifest.packageId,
      packageSequence: pkg.manifest.sequence,
      issuedAt: pkg.manifest.issuedAt,
      expiresAt: pkg.manifest.expiresAt,
      openedAt: opts.now.toISOString(),
      secretariat: content.secretariat,
      scoreSequence: 0,
    }
    store = await WorkspaceStore.open(staging, { create: { name: `专家工作区 · ${content.expert.name}`, groups: content.groups }, door: 'expert-package' })
    const attachments = new AttachmentStore(staging)
    const files = pkg.materialFiles
    const total = files.reduce((a, f) => a + f.size, 0)
    let done = 0
    for (const f of files) {
      if (opts.signal?.aborted) throw packageRefusal('CANCELLED', '已取消，未创建专家工作区。')
      const put = await attachments.put(pkg.material(f), { deferDirSync: true, label: f.path, maxBytes: f.size, signal: opts.signal, onBytes: (n) => opts.onProgress?.((done += n), total) })
      pkg.checkMaterialHash(f, put.sha256)
    }
    if (files.length) await attachments.syncDir()
    await (await store.workspaceShard()).update((d) => {
      d.experts = [content.expert]
      d.expertWorkspace = info
    })
    await store.createCampaign({ kind: 'campaign', schemaVersion: WORKSPACE_SCHEMA_VERSION, campaign: campaignOf(content, opts.now) })
    await store.audit(info.campaignId).append('package.openExpert', content.expert.name, { packageId: info.packageId, sequence: info.packageSequence, issuer: content.secretariat.fingerprint, submissions: content.submissions.length }, opts.now)
    await store.close()
    store = undefined
    if (existing) await rmdir(root)
    await rename(staging, root)
    return { root, info, submissions: content.submissions.length, materials: files.length }
  } catch (e) {
    await store?.close().catch(() => undefined)
    await rm(staging, { recursive: true, force: true })
    throw e
  } finally {
    await pkg.close()
  }
}

/** The content, parsed and held against the signed manifest; any disagreement is a refusal. */
function checkContent(raw: unknown, m: Manifest, label: string, now: Date): ExpertPackageContent {
  const parsed = ExpertPackageContentSchema.safeParse(raw)
  const bad = () => packageRefusal('BAD_CONTENT', `「${label}」的内容不完整或格式不正确，无法打开。`)
  if (!parsed.success) throw bad()
  const c = parsed.data
  if (m.signer.role !== 'workspace' || c.secretariat.publicKey !== m.signer.publicKey) {
    throw packageRefusal('WRONG_SIGNER', `「${label}」不是由其中所写的秘书处签署的，已拒绝。`)
  }
  if (c.campaign.id !== m.campaignId || c.expert.id !== m.expertId || c.campaign.rubric.version !== m.rubricVersion) throw bad()
  const listed = new Set(m.files.map((f) => f.path))
  const used = new Set(c.submissions.flatMap((s) => s.materials.map((x) => `materials/${x.sha256}`)))
  if (used.size !== listed.size - 1 || [...used].some((p) => !listed.has(p))) throw bad()
  if (now.getTime() > Date.parse(m.expiresAt)) {
    throw packageRefusal('EXPIRED', `「${label}」已于 ${m.expiresAt.slice(0, 10)} 过期，请向秘书处索取新的评审包。`, { expiresAt: m.expiresAt })
  }
  return c
}

/** The expert workspace's copy of the campaign: only this expert, only their submissions (already as they may see them). */
function campaignOf(c: ExpertPackageContent, now: Date): Campaign {
  const chair = new Set<string>(c.chairOf)
  return CampaignSchema.parse({
    id: c.campaign.id,
    name: c.campaign.name,
    kind: c.campaign.kind,
    createdAt: now.toISOString(),
    rubric: c.campaign.rubric,
    expertIds: [c.expert.id],
    submissions: c.submissions,
    aggregation: c.campaign.aggregation,
    // the submissions are already blinded by the secretariat (names, materials); blinding them again
    // here would renumber the 盲评编号 by position in this shorter list
    blind: false,
    panel: c.campaign.panel,
    assignments: Object.fromEntries(c.submissions.map((s) => [s.id, { expertIds: [c.expert.id], ...(chair.has(s.id) ? { chairId: c.expert.id } : {}) }])),
    rubricFrozenAt: now.toISOString(),
  })
}
