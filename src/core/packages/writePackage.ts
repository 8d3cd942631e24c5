import { rename, stat } from 'node:fs/promises'
import { WorkbenchError } from '../domain/errors'
import { canonicalJson } from '../signing/canonicalJson'
import type { UnlockedKey } from '../signing/keys'
import { signBytes } from '../signing/signature'
import { CONTENT_ENTRY, MANIFEST_ENTRY, SIGNATURE_ENTRY, materialEntry, type Manifest, type PackageFile, type SignatureFile } from './manifest'
import { PKG_MSG } from './messages'
import { ZipWriter } from './zipWriter'

export interface PackageMaterial {
  sha256: string
  /** where its bytes are (the workspace's attachments/<sha256>) */
  path: string
  /** the display name, for messages */
  name: string
}

export interface WritePackageInput {
  /** the manifest without what writing decides: its file list and signer */
  manifest: Omit<Manifest, 'files' | 'signer'>
  signerRole: 'workspace' | 'expert'
  key: UnlockedKey
  /** content.json: stored as its canonical JSON */
  content: unknown
  materials?: PackageMaterial[]
}

export interface WritePackageOptions {
  signal?: AbortSignal
  /** bytes written / bytes expected (materials plus a little) */
  onProgress?: (done: number, total: number) => void
  maxBytes?: number
}

export interface WrittenPackage {
  path: string
  bytes: number
  manifest: Manifest
}

/**
 * Writes a signed package to `target` (issue 11): content.json, each material once as
 * `materials/<sha256>` streamed from the store, then manifest.json (canonical JSON, listing every file
 * with its SHA-256 and size) and manifest.sig.json (Ed25519 over those bytes). A material whose bytes
 * no longer hash to its name is refused (a damaged store is not shipped). Written to `<target>.part`,
 * renamed into place only when complete; a refusal or cancel deletes the part file.
 */
export async function writePackage(target: string, input: WritePackageInput, opts: WritePackageOptions = {}): Promise<WrittenPackage> {
  const materials = dedupe(input.materials ?? [])
  const sizes = new Map<string, number>()
  for (const m of materials) {
    const st = await stat(m.path).catch(() => null)
    if (!st?.isFile()) throw new WorkbenchError('NOT_FOUND', PKG_MSG.blobMissing(m.name))
    sizes.set(m.sha256, st.size)
  }
  const content = Buffer.from(canonicalJson(input.content), 'utf8')
  const total = content.length + [...sizes.values()].reduce((a, b) => a + b, 0) + 64 * 1024
  const zip = await ZipWriter.create(target, {
    maxBytes: opts.maxBytes,
    signal: opts.signal,
    modified: new Date(input.manifest.issuedAt),
    onBytes: (n) => opts.onProgress?.(Math.min(n, total), total),
  })
  try {
    const files: PackageFile[] = []
    const c = await zip.add(CONTENT_ENTRY, { bytes: content })
    files.push({ path: CONTENT_ENTRY, sha256: c.sha256, size: c.size })
    for (const m of materials) {
      const w = await zip.add(materialEntry(m.sha256), { path: m.path }, sizes.get(m.sha256))
      if (w.sha256 !== m.sha256) throw new WorkbenchError('PACKAGE_REFUSED', PKG_MSG.blobDamaged(m.name))
      files.push({ path: w.name, sha256: w.sha256, size: w.size })
    }
    const manifest: Manifest = {
      ...input.manifest,
      signer: { role: input.signerRole, publicKey: input.key.publicKey, fingerprint: input.key.fingerprint },
      files,
    }
    const manifestBytes = Buffer.from(canonicalJson(manifest), 'utf8')
    const sig: SignatureFile = { algorithm: 'ed25519', publicKey: input.key.publicKey, signature: signBytes(input.key, manifestBytes) }
    await zip.add(MANIFEST_ENTRY, { bytes: manifestBytes })
    await zip.add(SIGNATURE_ENTRY, { bytes: Buffer.from(canonicalJson(sig), 'utf8') })
    const bytes = await zip.finish()
    await rename(zip.partPath, target)
    opts.onProgress?.(total, total)
    return { path: target, bytes, manifest }
  } catch (e) {
    await zip.abort()
    throw e
  }
}

function dedupe(ms: PackageMaterial[]): PackageMaterial[] {
  const seen = new Map<string, PackageMaterial>()
  for (const m of ms) if (!seen.has(m.sha256)) seen.set(m.sha256, m)
  return [...seen.values()]
}
