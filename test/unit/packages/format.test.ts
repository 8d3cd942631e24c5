import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEncryptedKey, unlockKey } from '../../../src/core/signing/keys'
import { writePackage } from '../../../src/core/packages/writePackage'
import { OpenedPackage } from '../../../src/core/intake/packages/readPackage'
import { packageReason } from '../../../src/core/intake/packages/refusal'
import { tempDir } from '../../helpers/tempWorkspace'

const KEY = unlockKey(createEncryptedKey('测试口令123', { N: 2 ** 14, r: 8, p: 1 }), '测试口令123')
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

function manifest(over: Record<string, unknown> = {}) {
  return {
    kind: 'expert-package' as const,
    schemaVersion: 1 as const,
    packageId: 'pkg-1',
    campaignId: 'c-1',
    campaignName: '测试活动',
    rubricVersion: 1,
    expertId: 'e-1',
    workspaceFingerprint: KEY.fingerprint,
    issuedAt: '2026-11-29T10:00:00.000Z',
    expiresAt: '2026-12-29T10:00:00.000Z',
    sequence: 1,
    ...over,
  }
}

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDir('wb-pkg-')))
afterEach(async () => cleanup())

async function material(name: string, bytes: Buffer) {
  const path = join(dir, name)
  await writeFile(path, bytes)
  return { sha256: sha(bytes), path, name }
}

async function refusal(path: string, kind: 'expert-package' | 'score-package' = 'expert-package') {
  try {
    const p = await OpenedPackage.open(path, { label: 'x.wbexp', expectKind: kind })
    await p.content()
    for (const f of p.materialFiles) {
      const h = createHash('sha256')
      for await (const c of p.material(f)) h.update(c)
      p.checkMaterialHash(f, h.digest('hex'))
    }
    await p.close()
  } catch (e) {
    return { reason: packageReason(e), message: (e as Error).message }
  }
  throw new Error('expected a refusal')
}

describe('package container', () => {
  it('round-trips content and materials, every hash checked, the same input giving the same bytes', async () => {
    const pdf = await material('a.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024, 7)]))
    const target = join(dir, 'out.wbexp')
    const progress: number[] = []
    const w = await writePackage(target, { manifest: manifest(), signerRole: 'workspace', key: KEY, content: { hello: '世界', n: 1 }, materials: [pdf, pdf] }, { onProgress: (d) => progress.push(d) })
    expect(w.manifest.files.map((f) => f.path)).toEqual(['content.json', `materials/${pdf.sha256}`])
    expect(progress.length).toBeGreaterThan(2)
    expect(progress.at(-1)).toBe(progress.reduce((a, b) => Math.max(a, b), 0))
    const first = await readFile(target)
    const p = await OpenedPackage.open(target, { label: 'out.wbexp', expectKind: 'expert-package' })
    expect(p.manifest.signer.fingerprint).toBe(KEY.fingerprint)
    expect(await p.content()).toEqual({ hello: '世界', n: 1 })
    const [m] = p.materialFiles
    const h = createHash('sha256')
    for await (const c of p.material(m!)) h.update(c)
    expect(h.digest('hex')).toBe(pdf.sha256)
    await p.close()
    // deterministic: a second export of the same data is byte-identical
    const again = join(dir, 'again.wbexp')
    await writePackage(again, { manifest: manifest(), signerRole: 'workspace', key: KEY, content: { n: 1, hello: '世界' }, materials: [pdf] })
    expect(sha(await readFile(again))).toBe(sha(first))
    // and another reader (JSZip) reads it as a plain zip
    const z = await JSZip.loadAsync(first)
    expect(Object.keys(z.files).sort()).toEqual(['content.json', 'manifest.json', 'manifest.sig.json', `materials/${pdf.sha256}`].sort())
  })

  it('refuses a changed byte in a material, in content.json and in the manifest', async () => {
    const pdf = await material('a.pdf', Buffer.from('%PDF-1.4 some text of the material\n'))
    const target = join(dir, 'out.wbexp')
    await writePackage(target, { manifest: manifest(), signerRole: 'workspace', key: KEY, content: { score: 90 }, materials: [pdf] })
    const bytes = await readFile(target)
    for (const [needle, reason] of [
      ['some text', 'HASH_MISMATCH'],
      ['"score":90', 'HASH_MISMATCH'],
    ] as const) {
      const i = bytes.indexOf(needle)
      expect(i).toBeGreaterThan(0)
      const bad = Buffer.from(bytes)
      bad[i + needle.length - 1] = needle.endsWith('1') ? 0x32 : needle.endsWith('0') ? 0x31 : 0x58
      const path = join(dir, `bad-${reason}-${i}.wbexp`)
      await writeFile(path, bad)
      const r = await refusal(path)
      expect(r.reason).toBe(reason)
      expect(r.message).toContain('x.wbexp')
    }
    // a careful forger rewrites the zip so every CRC is right: the hashes and the signature still refuse it
    for (const [entry, from, to, reason] of [
      ['content.json', '"score":90', '"score":99', 'HASH_MISMATCH'],
      ['manifest.json', '"rubricVersion":1', '"rubricVersion":2', 'BAD_SIGNATURE'],
    ] as const) {
      const z = await JSZip.loadAsync(bytes)
      const text = await z.file(entry)!.async('string')
      expect(text).toContain(from)
      z.file(entry, text.replace(from, to))
      const path = join(dir, `forged-${reason}.wbexp`)
      await writeFile(path, await z.generateAsync({ type: 'nodebuffer' }))
      expect((await refusal(path)).reason).toBe(reason)
    }
  })

  it('refuses a zip-slip entry, a foreign entry, a wrong kind, not a zip', async () => {
    const z = new JSZip()
    z.file('../evil.txt', 'x')
    z.file('manifest.json', '{}')
    await writeFile(join(dir, 'slip.wbexp'), await z.generateAsync({ type: 'nodebuffer' }))
    expect((await refusal(join(dir, 'slip.wbexp'))).reason).toBe('ZIP_UNSAFE_PATH')

    const target = join(dir, 'ok.wbexp')
    await writePackage(target, { manifest: manifest(), signerRole: 'workspace', key: KEY, content: {} })
    const extra = await JSZip.loadAsync(await readFile(target))
    extra.file('readme.txt', 'hi')
    await writeFile(join(dir, 'extra.wbexp'), await extra.generateAsync({ type: 'nodebuffer' }))
    expect((await refusal(join(dir, 'extra.wbexp'))).reason).toBe('UNEXPECTED_ENTRY')

    const r = await refusal(target, 'score-package')
    expect(r.reason).toBe('WRONG_KIND')
    expect(r.message).toContain('评审包')

    await writeFile(join(dir, 'text.wbexp'), 'not a zip at all')
    expect((await refusal(join(dir, 'text.wbexp'))).reason).toBe('NOT_PACKAGE')
  })

  it('refuses a __proto__ key and deep nesting inside a signed content.json', async () => {
    const target = join(dir, 'proto.wbexp')
    await writePackage(target, { manifest: manifest(), signerRole: 'workspace', key: KEY, content: JSON.parse('{"a":{"__proto__":{"x":1}}}') })
    expect((await refusal(target)).reason).toBe('BAD_JSON')
    let deep: unknown = 1
    for (let i = 0; i < 40; i++) deep = [deep]
    await writePackage(join(dir, 'deep.wbexp'), { manifest: manifest(), signerRole: 'workspace', key: KEY, content: deep })
    expect((await refusal(join(dir, 'deep.wbexp'))).reason).toBe('BAD_JSON')
  })

  it('stops at the size cap and on cancel, leaving no file behind', async () => {
    const big = await material('big.pdf', Buffer.alloc(2 * 1024 * 1024, 1))
    const target = join(dir, 'capped.wbexp')
    await expect(writePackage(target, { manifest: manifest(), signerRole: 'workspace', key: KEY, content: {}, materials: [big] }, { maxBytes: 1024 * 1024 })).rejects.toThrow(/上限/)
    const ac = new AbortController()
    ac.abort()
    await expect(writePackage(join(dir, 'cancel.wbexp'), { manifest: manifest(), signerRole: 'workspace', key: KEY, content: {}, materials: [big] }, { signal: ac.signal })).rejects.toThrow(/取消/)
    expect((await readdir(dir)).sort()).toEqual(['big.pdf'])
  })
})
