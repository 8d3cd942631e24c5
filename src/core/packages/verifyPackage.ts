import { createHash } from 'node:crypto'
import { basename, extname } from 'node:path'
import { WorkbenchError } from '../domain/errors'
import { OpenedPackage } from '../intake/packages/readPackage'
import type { WorkspaceStore } from '../storage/workspaceStore'
import { PACKAGE_EXTENSIONS, type Manifest, type PackageKind } from './manifest'

export interface PackageVerdict {
  /** authentic and unmodified (and, with a workspace, signed by the key it expects) */
  ok: boolean
  kind: PackageKind
  manifest: Manifest
  /** what `verify` prints, one line each, in Chinese */
  lines: string[]
}

/** The package kind a file name routes to (.wbexp / .wbscore), or undefined. */
export function packageKindOf(path: string): PackageKind | undefined {
  const ext = extname(path).toLowerCase()
  return (Object.keys(PACKAGE_EXTENSIONS) as PackageKind[]).find((k) => PACKAGE_EXTENSIONS[k] === ext)
}

/**
 * `verify` for packages (issue 11): opens the file as an untrusted package (every refusal of
 * readPackage.ts), checks the signature over the manifest and reads every file through, checking its
 * SHA-256. With a workspace it also says whether the signer is the one this workspace knows: for an
 * expert package this workspace's own key, for a score package the expert's registered key. A refusal
 * (tampered, not a package) is a thrown PACKAGE_REFUSED with the reason in words.
 */
export async function verifyPackage(path: string, opts: { store?: WorkspaceStore; kind?: PackageKind; label?: string } = {}): Promise<PackageVerdict> {
  // kind and label: a staged upload (.staging/uploads/up-…) has no extension; its name says what it is
  const label = opts.label ?? basename(path)
  const kind = opts.kind ?? packageKindOf(path)
  if (!kind) throw new WorkbenchError('INVALID_INPUT', `「${label}」不是评审包（.wbexp）或评分包（.wbscore）。`)
  const pkg = await OpenedPackage.open(path, { label, expectKind: kind })
  try {
    await pkg.content()
    for (const f of pkg.materialFiles) {
      const h = createHash('sha256')
      for await (const c of pkg.material(f)) h.update(c)
      pkg.checkMaterialHash(f, h.digest('hex'))
    }
    const m = pkg.manifest
    const who = m.signer.role === 'workspace' ? '秘书处工作区' : `专家 ${m.expertId}`
    const lines = [
      `真实且未被改动：签名有效，${m.files.length} 个文件的校验值全部一致。`,
      `类型：${kind === 'expert-package' ? '评审包（秘书处 → 专家）' : '评分包（专家 → 秘书处）'}`,
      `签署方：${who}，密钥指纹 ${m.signer.fingerprint}（平台内签署确认）`,
      `签署时间：${m.issuedAt}；有效期至 ${m.expiresAt}`,
      `评审活动：${m.campaignName}（${m.campaignId}），指标体系第 ${m.rubricVersion} 版；专家 ${m.expertId}；序号 ${m.sequence}`,
    ]
    let ok = true
    if (opts.store) {
      const ws = (await opts.store.workspaceShard()).data
      const expected = kind === 'expert-package' ? ws.workspaceKey?.publicKey : ws.experts.find((e) => e.id === m.expertId)?.publicKey
      if (!expected) {
        ok = false
        lines.push(kind === 'expert-package' ? '本工作区没有秘书处密钥，无法确认签署方。' : `本工作区没有登记专家 ${m.expertId} 的公钥，无法确认签署方。`)
      } else if (expected !== m.signer.publicKey) {
        ok = false
        lines.push('签署方的密钥与本工作区登记的不一致：不是所声称的签署方签署的。')
      } else lines.push('签署方的密钥与本工作区登记的一致。')
    }
    return { ok, kind, manifest: m, lines }
  } finally {
    await pkg.close()
  }
}
