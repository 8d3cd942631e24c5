import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FileVerifier, VerifyAgainst, VerifyReport } from '../signing/verifiers'
import { expertKeyRecord } from '../signing/keyStore'
import { packageKindOf, verifyPackage } from './verifyPackage'

/**
 * The packages' entry in signing's verifier registry (verifiers.ts works on bytes, e.g. a file dropped
 * on the 验证文书 screen): the bytes go to a private temp file and verifyPackage() reads them as any
 * package. The CLI verifies a package by its path instead (no copy, no whole file in memory).
 */
export const packageVerifier: FileVerifier = {
  id: 'package',
  label: '评审包 / 评分包（.wbexp / .wbscore）',
  matches: (name, head) => head[0] === 0x50 && head[1] === 0x4b && packageKindOf(name) !== undefined,
  verify: async (bytes, name, against): Promise<VerifyReport> => {
    const dir = await mkdtemp(join(tmpdir(), 'wb-verify-'))
    try {
      const path = join(dir, 'package')
      await writeFile(path, bytes)
      return await packageReport(path, name, against)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  },
  verifyPath: (path, name, against) => packageReport(path, name, against),
}

/** verifyPackage's verdict as verify's report; with a workspace, whether the signer is the one it knows. */
async function packageReport(path: string, name: string, against: VerifyAgainst | undefined): Promise<VerifyReport> {
  const base = { kind: '文件包', file: name, thisWorkspace: null }
  try {
    const v = await verifyPackage(path, { kind: packageKindOf(name), label: name })
    const m = v.manifest
    const problems: string[] = []
    let thisWorkspace: boolean | null = null
    const expert = against?.experts.find((e) => e.id === m.expertId)
    if (against) {
      const expected = m.signer.role === 'workspace' ? against.workspacePublicKey : expert && expertKeyRecord(expert, m.signer.publicKey) ? m.signer.publicKey : undefined
      thisWorkspace = expected === m.signer.publicKey
      if (!thisWorkspace) problems.push('签署方的密钥与本工作区登记的不一致。')
    }
    const kindLabel = v.kind === 'expert-package' ? '评审包' : '评分包'
    const signerName = m.signer.role === 'workspace' ? '秘书处' : (expert?.name ?? `专家 ${m.expertId}`)
    return {
      ...base,
      ok: problems.length === 0,
      kind: kindLabel,
      title: `${kindLabel}（${m.campaignName}）`,
      signer: { name: signerName, role: m.signer.role, fingerprint: m.signer.fingerprint, signedAt: m.issuedAt },
      lines: v.lines,
      problems,
      thisWorkspace,
    }
  } catch (e) {
    return { ...base, ok: false, lines: [], problems: [(e as Error).message] }
  }
}
