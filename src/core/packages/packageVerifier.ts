import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FileVerifier, VerifyReport } from '../signing/verifiers'
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
    const path = join(dir, packageKindOf(name) === 'expert-package' ? 'p.wbexp' : 'p.wbscore')
    const base = { kind: '文件包', file: name, thisWorkspace: null }
    try {
      await writeFile(path, bytes)
      const v = await verifyPackage(path)
      const problems: string[] = []
      let thisWorkspace: boolean | null = null
      if (against) {
        const m = v.manifest
        const expected = m.signer.role === 'workspace' ? against.workspacePublicKey : against.experts.find((e) => e.id === m.expertId)?.publicKey
        thisWorkspace = expected === m.signer.publicKey
        if (!thisWorkspace) problems.push('签署方的密钥与本工作区登记的不一致。')
      }
      return { ...base, ok: problems.length === 0, kind: v.kind === 'expert-package' ? '评审包' : '评分包', lines: v.lines, problems, thisWorkspace }
    } catch (e) {
      return { ...base, ok: false, lines: [], problems: [(e as Error).message.replaceAll('p.wbexp', name).replaceAll('p.wbscore', name)] }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  },
}
