import { createHash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { WorkbenchError } from '../../domain/errors'
import { verifyBytes } from '../../signing/signature'
import {
  CONTENT_ENTRY,
  MANIFEST_ENTRY,
  ManifestSchema,
  PACKAGE_SCHEMA_VERSION,
  SIGNATURE_ENTRY,
  SignatureFileSchema,
  type Manifest,
  type PackageFile,
  type PackageKind,
} from '../../packages/manifest'
import { PKG_MSG } from '../../packages/messages'
import { ZIP_MAX_BYTES } from '../../packages/zipWriter'
import { openRegularFile } from '../files/openRegular'
import { guardZip, ZipGuardError, type GuardedEntry, type ZipViolation } from '../files/zipGuard'
import { ZipReader } from '../files/zipReader'
import { visible } from '../materials/zipScan'
import { parseUntrustedJson } from './untrustedJson'
import { packageRefusal, type PackageReason } from './refusal'

const KIND_LABEL: Record<PackageKind, string> = { 'expert-package': '评审包（.wbexp）', 'score-package': '评分包（.wbscore）' }
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024
const MAX_SIGNATURE_BYTES = 4 * 1024
const MAX_CONTENT_BYTES = 64 * 1024 * 1024
const MAX_MATERIAL_BYTES = 500 * 1024 * 1024
const ENTRY_NAME = /^(manifest\.json|manifest\.sig\.json|content\.json|materials\/[0-9a-f]{64})$/

export interface PackageReadOptions {
  /** the name shown in messages (the file as the user chose it) */
  label: string
  expectKind: PackageKind
  maxBytes?: number
  signal?: AbortSignal
}

/**
 * An opened, checked package (issue 11). open() has, before returning: checked the file is a regular
 * file under the cap and a zip; run the one zip guard (zip-slip, bombs, encryption, overlaps, hidden
 * data); refused any entry that is not a package file; parsed manifest.json and its signature with caps
 * and zod; verified the Ed25519 signature over the manifest's bytes with the key it names; checked the
 * manifest lists exactly the files present, with their sizes. content() and materials() check every
 * file's SHA-256 against the manifest as they read it.
 *
 * The signature proves the package is unchanged since `manifest.signer` signed it; whether that signer
 * is the one expected (the registered expert, this workspace) is the caller's check.
 */
export class OpenedPackage {
  private constructor(
    private readonly fh: FileHandle,
    private readonly reader: ZipReader,
    private readonly entries: Map<string, GuardedEntry>,
    readonly manifest: Manifest,
    readonly label: string,
  ) {}

  static async open(path: string, opts: PackageReadOptions): Promise<OpenedPackage> {
    const label = opts.label
    const what = KIND_LABEL[opts.expectKind]
    const max = opts.maxBytes ?? ZIP_MAX_BYTES
    const { fh } = await openRegularFile(path, label, max, () => packageRefusal('TOO_LARGE', PKG_MSG.tooBig(label, max)))
    let reader: ZipReader | undefined
    try {
      reader = await ZipReader.open(fh).catch(() => {
        throw packageRefusal('NOT_PACKAGE', PKG_MSG.notPackage(label, what))
      })
      const entries = await guard(reader, label, max, opts.signal)
      const manifestBytes = await readEntry(reader, entries, MANIFEST_ENTRY, MAX_MANIFEST_BYTES, label, what)
      const sigBytes = await readEntry(reader, entries, SIGNATURE_ENTRY, MAX_SIGNATURE_BYTES, label, what)
      const manifest = checkManifest(manifestBytes, sigBytes, label, opts.expectKind)
      checkFileList(manifest.files, entries, label)
      return new OpenedPackage(fh, reader, entries, manifest, label)
    } catch (e) {
      reader?.close()
      await fh.close()
      throw e
    }
  }

  /** content.json, hash-checked and parsed (caps, no prototype keys); zod is the caller's. */
  async content(): Promise<unknown> {
    const bytes = await readEntry(this.reader, this.entries, CONTENT_ENTRY, MAX_CONTENT_BYTES, this.label, '')
    const listed = this.manifest.files.find((f) => f.path === CONTENT_ENTRY)!
    if (sha256(bytes) !== listed.sha256) throw packageRefusal('HASH_MISMATCH', PKG_MSG.hashMismatch(this.label, CONTENT_ENTRY))
    const value = parseUntrustedJson(bytes, { maxBytes: MAX_CONTENT_BYTES, maxDepth: 32 })
    if (value === undefined) throw packageRefusal('BAD_JSON', PKG_MSG.badJson(this.label, CONTENT_ENTRY))
    return value
  }

  /** The materials listed in the manifest. */
  get materialFiles(): PackageFile[] {
    return this.manifest.files.filter((f) => f.path !== CONTENT_ENTRY)
  }

  /**
   * A material's bytes as a stream, for the attachment store; the store hashes what it writes and the
   * caller compares with `file.sha256` (a mismatch is HASH_MISMATCH, see checkMaterialHash).
   */
  async *material(file: PackageFile): AsyncGenerator<Buffer> {
    const g = this.entries.get(file.path)!
    try {
      yield* this.reader.entryData(g.entry, g.dataStart)
    } catch (e) {
      // a CRC or size that no longer matches: the bytes changed after the package was written
      if (e instanceof WorkbenchError) throw e
      throw packageRefusal('HASH_MISMATCH', PKG_MSG.hashMismatch(this.label, file.path))
    }
  }

  checkMaterialHash(file: PackageFile, actual: string): void {
    if (actual !== file.sha256) throw packageRefusal('HASH_MISMATCH', PKG_MSG.hashMismatch(this.label, file.path))
  }

  async close(): Promise<void> {
    this.reader.close()
    await this.fh.close()
  }
}

async function guard(reader: ZipReader, label: string, max: number, signal?: AbortSignal): Promise<Map<string, GuardedEntry>> {
  let guarded
  try {
    guarded = await guardZip(
      reader,
      {
        maxEntries: 20_000,
        maxEntryBytes: MAX_MATERIAL_BYTES,
        maxTotalBytes: max,
        maxRatio: 100,
        ratioMinBytes: 1024 * 1024,
        maxArchiveRatio: 100,
        archiveRatioMinBytes: 10 * 1024 * 1024,
      },
      {
        contiguous: true,
        checkCancelled: () => {
          if (signal?.aborted) throw packageRefusal('CANCELLED', PKG_MSG.cancelled)
        },
        classify: (g) => (g.type === 'file' ? 'keep' : g.type),
        visible,
      },
    )
  } catch (e) {
    if (e instanceof ZipGuardError) throw violation(e.violation, label)
    throw e
  }
  const first = guarded.skipped[0]
  if (first) throw packageRefusal('UNEXPECTED_ENTRY', PKG_MSG.unexpectedEntry(label, visible(first.g.name)))
  const entries = new Map<string, GuardedEntry>()
  for (const g of guarded.kept) {
    if (!ENTRY_NAME.test(g.name) || entries.has(g.name)) throw packageRefusal('UNEXPECTED_ENTRY', PKG_MSG.unexpectedEntry(label, visible(g.name)))
    entries.set(g.name, g)
  }
  return entries
}

function violation(v: ZipViolation, label: string): WorkbenchError {
  const detail: Record<ZipViolation['kind'], string> = {
    corrupt: '文件已损坏',
    tooManyEntries: '包内文件过多',
    unsafePath: `含有指向包外的路径「${'entry' in v ? v.entry : ''}」（zip-slip）`,
    encrypted: '含有加密的条目',
    unsupportedMethod: '使用了不支持的压缩方式',
    sizeMismatch: '条目声明的大小与实际不符',
    entryTooLarge: '单个文件过大',
    ratio: '压缩比异常（疑似压缩炸弹）',
    tooLarge: '总大小超过上限',
    archiveRatio: '压缩比异常（疑似压缩炸弹）',
    overlap: '条目相互重叠（疑似压缩炸弹）',
    hiddenData: '含有目录之外的隐藏数据',
  }
  const reason: PackageReason = v.kind === 'unsafePath' ? 'ZIP_UNSAFE_PATH' : v.kind === 'corrupt' ? 'NOT_PACKAGE' : 'ZIP_REFUSED'
  return packageRefusal(reason, PKG_MSG.zip(label, detail[v.kind]), { zip: v.kind })
}

async function readEntry(reader: ZipReader, entries: Map<string, GuardedEntry>, name: string, max: number, label: string, what: string): Promise<Buffer> {
  const g = entries.get(name)
  if (!g) throw packageRefusal(what ? 'NOT_PACKAGE' : 'MISSING_ENTRY', what ? PKG_MSG.notPackage(label, what) : PKG_MSG.missingEntry(label, name))
  if (g.entry.uncompressedSize > max) throw packageRefusal('BAD_JSON', PKG_MSG.badJson(label, name))
  const parts: Buffer[] = []
  try {
    for await (const c of reader.entryData(g.entry, g.dataStart)) parts.push(c)
  } catch {
    throw packageRefusal('HASH_MISMATCH', PKG_MSG.hashMismatch(label, name))
  }
  return Buffer.concat(parts)
}

function checkManifest(manifestBytes: Buffer, sigBytes: Buffer, label: string, expect: PackageKind): Manifest {
  const raw = parseUntrustedJson(manifestBytes, { maxBytes: MAX_MANIFEST_BYTES, maxDepth: 8 })
  if (raw === undefined || typeof raw !== 'object' || raw === null) throw packageRefusal('BAD_JSON', PKG_MSG.badJson(label, MANIFEST_ENTRY))
  const r = raw as { kind?: unknown; schemaVersion?: unknown }
  if (r.kind !== expect && (r.kind === 'expert-package' || r.kind === 'score-package')) {
    throw packageRefusal('WRONG_KIND', PKG_MSG.wrongKind(label, KIND_LABEL[expect], KIND_LABEL[r.kind]))
  }
  if (typeof r.schemaVersion === 'number' && r.schemaVersion > PACKAGE_SCHEMA_VERSION) throw packageRefusal('NEWER_FORMAT', PKG_MSG.newerFormat(label, r.schemaVersion))
  const m = ManifestSchema.safeParse(raw)
  const s = SignatureFileSchema.safeParse(parseUntrustedJson(sigBytes, { maxBytes: MAX_SIGNATURE_BYTES, maxDepth: 2 }))
  if (!m.success || m.data.kind !== expect) throw packageRefusal('BAD_JSON', PKG_MSG.badJson(label, MANIFEST_ENTRY))
  if (!s.success) throw packageRefusal('BAD_JSON', PKG_MSG.badJson(label, SIGNATURE_ENTRY))
  if (s.data.publicKey !== m.data.signer.publicKey || !verifyBytes(s.data.publicKey, manifestBytes, s.data.signature)) {
    throw packageRefusal('BAD_SIGNATURE', PKG_MSG.badSignature(label))
  }
  return m.data
}

function checkFileList(files: PackageFile[], entries: Map<string, GuardedEntry>, label: string): void {
  const listed = new Set<string>()
  for (const f of files) {
    if (listed.has(f.path)) throw packageRefusal('BAD_JSON', PKG_MSG.badJson(label, MANIFEST_ENTRY))
    listed.add(f.path)
    const g = entries.get(f.path)
    if (!g) throw packageRefusal('MISSING_ENTRY', PKG_MSG.missingEntry(label, f.path))
    if (g.entry.uncompressedSize !== f.size) throw packageRefusal('HASH_MISMATCH', PKG_MSG.hashMismatch(label, f.path))
    if (f.path !== CONTENT_ENTRY && f.path !== `materials/${f.sha256}`) throw packageRefusal('HASH_MISMATCH', PKG_MSG.hashMismatch(label, f.path))
  }
  if (!listed.has(CONTENT_ENTRY)) throw packageRefusal('MISSING_ENTRY', PKG_MSG.missingEntry(label, CONTENT_ENTRY))
  for (const name of entries.keys()) {
    if (name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY && !listed.has(name)) throw packageRefusal('UNEXPECTED_ENTRY', PKG_MSG.unexpectedEntry(label, name))
  }
}

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex')
}
