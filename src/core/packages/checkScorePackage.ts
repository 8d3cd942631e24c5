import type { CampaignId } from '../domain/ids'
import { lastReceivedSequence, type ReceivedPackage } from '../domain/packageLog'
import type { Expert } from '../domain/workspace'
import type { OpenedPackage } from '../intake/packages/readPackage'
import { packageRefusal } from '../intake/packages/refusal'
import { verifySheetSignature } from '../signing/sheetSignature'
import type { WorkspaceStore } from '../storage/workspaceStore'
import { isAssigned } from '../scoring/progress'
import type { Manifest } from './manifest'
import { ScorePackageContentSchema, type ScorePackageContent } from './scorePackage'

export interface CheckedScorePackage {
  manifest: Manifest
  content: ScorePackageContent
  expert: Expert
  campaignId: CampaignId
  /** the expert has no key on record: the import registers the package's (the secretary confirmed it) */
  firstUse: boolean
  /** this very package was imported before */
  duplicate?: ReceivedPackage
}

/**
 * Every check of a score package against the secretariat workspace, reading only (issue 11). In order:
 * addressed to this workspace's key; a campaign of this workspace; an expert of that campaign; signed by
 * that expert's registered key (another expert's key, a retired key or an unknown one are refused; a
 * first key needs the secretary's confirmation of its fingerprint); the campaign's rubric version; not
 * expired; not a replay of an older sequence; content matching the manifest; every sheet this expert's,
 * of a submission assigned to them, and carrying a valid signature by the same key. Each refusal names
 * the file and says why in words a secretary understands.
 */
export async function checkScorePackage(
  store: WorkspaceStore,
  pkg: OpenedPackage,
  opts: { label: string; now: Date; confirmFingerprint?: string; manifestSha256: string },
): Promise<CheckedScorePackage> {
  const m = pkg.manifest
  const file = `「${opts.label}」`
  const ws = (await store.workspaceShard()).data
  if (!ws.workspaceKey || ws.workspaceKey.fingerprint !== m.workspaceFingerprint) {
    throw packageRefusal('MIS_ADDRESSED', `${file}是交给另一个秘书处工作区的（收件方密钥指纹 ${m.workspaceFingerprint}），不是本工作区${ws.workspaceKey ? `（指纹 ${ws.workspaceKey.fingerprint}）` : ''}的，已拒绝。`)
  }
  if (!(await store.campaignIds()).includes(m.campaignId as CampaignId)) {
    throw packageRefusal('FOREIGN_CAMPAIGN', `${file}属于评审活动「${m.campaignName}」（${m.campaignId}），本工作区没有这个评审活动，已拒绝。`)
  }
  const campaign = (await store.campaignShard(m.campaignId as CampaignId)).data.campaign
  const expert = ws.experts.find((e) => e.id === m.expertId)
  if (!expert || !campaign.expertIds.includes(expert.id)) {
    throw packageRefusal('MIS_ADDRESSED', `${file}来自专家 ${m.expertId}，该专家不在评审活动「${campaign.name}」的专家名单中，已拒绝。`)
  }
  if (m.signer.role !== 'expert') throw packageRefusal('WRONG_SIGNER', `${file}不是由专家签署的评分包，已拒绝。`)
  const signerKey = m.signer.publicKey
  const other = ws.experts.find((e) => e.id !== expert.id && (e.publicKey === signerKey || e.keyHistory?.some((h) => h.publicKey === signerKey)))
  if (other) {
    throw packageRefusal('WRONG_SIGNER', `${file}声称来自专家 ${expert.name}，却是用另一位专家（${other.name}）的密钥签署的，已拒绝。`)
  }
  let firstUse = false
  if (expert.publicKey && expert.publicKey !== signerKey) {
    const retired = expert.keyHistory?.some((h) => h.publicKey === signerKey)
    throw packageRefusal(
      'WRONG_SIGNER',
      retired
        ? `${file}是用专家 ${expert.name} 已停用的旧密钥（指纹 ${m.signer.fingerprint}）签署的，已拒绝。请专家用当前密钥（指纹 ${expert.fingerprint}）重新导出。`
        : `${file}的签名密钥（指纹 ${m.signer.fingerprint}）与专家 ${expert.name} 登记的密钥（指纹 ${expert.fingerprint}）不一致，已拒绝。如专家确已更换密钥，请先在专家库中办理更换并说明理由。`,
    )
  }
  if (!expert.publicKey) {
    if (opts.confirmFingerprint !== m.signer.fingerprint) {
      throw packageRefusal(
        'UNKNOWN_KEY',
        `首次收到专家 ${expert.name} 的评分包，其签名密钥指纹为 ${m.signer.fingerprint}。请与专家本人核对指纹一致后确认登记，再导入。`,
        { expertId: expert.id, expertName: expert.name, fingerprint: m.signer.fingerprint },
      )
    }
    firstUse = true
  }
  const duplicate = campaign.packages?.received.find((r) => r.expertId === expert.id && r.manifestSha256 === opts.manifestSha256)
  if (m.rubricVersion !== campaign.rubric.version) {
    throw packageRefusal('RUBRIC_MISMATCH', `${file}按指标体系第 ${m.rubricVersion} 版评分，而本活动现行为第 ${campaign.rubric.version} 版，已拒绝。请向专家发放新的评审包。`)
  }
  if (duplicate) return { manifest: m, content: { kind: 'score-package-content', campaignId: m.campaignId, expertId: m.expertId, fromPackageId: '', sheets: [] }, expert, campaignId: campaign.id, firstUse: false, duplicate }
  if (opts.now.getTime() > Date.parse(m.expiresAt)) {
    throw packageRefusal('EXPIRED', `${file}所属的评审包已于 ${m.expiresAt.slice(0, 10)} 过期，已拒绝。如需延期，请向专家发放新的评审包。`)
  }
  const last = lastReceivedSequence(campaign.packages, expert.id)
  if (m.sequence <= last) {
    throw packageRefusal('REPLAYED', `${file}是专家 ${expert.name} 的第 ${m.sequence} 个评分包，而本工作区已收到第 ${last} 个：这是较早的包（重放），已拒绝，未作任何改动。`, { sequence: m.sequence, last })
  }
  const parsed = ScorePackageContentSchema.safeParse(await pkg.content())
  if (!parsed.success || parsed.data.campaignId !== m.campaignId || parsed.data.expertId !== m.expertId) {
    throw packageRefusal('BAD_CONTENT', `${file}的内容不完整或与清单不符，已拒绝。`)
  }
  const seen = new Set<string>()
  for (const { sheet, signature } of parsed.data.sheets) {
    const sub = campaign.submissions.find((s) => s.id === sheet.submissionId)
    if (sheet.expertId !== expert.id || seen.has(sheet.submissionId)) throw packageRefusal('BAD_CONTENT', `${file}中含有不属于专家 ${expert.name} 的评分表，已拒绝。`)
    seen.add(sheet.submissionId)
    if (!sub || !isAssigned(campaign, expert.id, sub.id)) {
      throw packageRefusal('NOT_ASSIGNED', `${file}中有申报 ${sheet.submissionId} 的评分表，但该申报未分配给专家 ${expert.name}，已拒绝。`)
    }
    if (sheet.status !== 'submitted' || !verifySheetSignature(m.campaignId, sheet, signature, signerKey)) {
      throw packageRefusal('BAD_SIGNATURE', `${file}中申报「${sub.program || sub.id}」的评分表签名无效（内容在签名后被改动过），已拒绝。`)
    }
  }
  return { manifest: m, content: parsed.data, expert, campaignId: campaign.id, firstUse }
}
