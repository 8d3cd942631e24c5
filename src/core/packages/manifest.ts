import { z } from 'zod'

/**
 * The manifest of a package (issue 11): what it is, for whom, from whom, until when, and every file in
 * it with its SHA-256 and size. The signer signs the manifest's canonical JSON (`manifest.json` holds
 * exactly those bytes); the manifest's hashes then bind every other file. Reading refuses anything not
 * listed here (readPackage.ts), so a signature over the manifest is a signature over the package.
 */
export const PACKAGE_KINDS = ['expert-package', 'score-package'] as const
export type PackageKind = (typeof PACKAGE_KINDS)[number]

/** The file extension a door routes by (the shell opens a double-clicked file by it). */
export const PACKAGE_EXTENSIONS: Record<PackageKind, string> = { 'expert-package': '.wbexp', 'score-package': '.wbscore' }

export const PACKAGE_SCHEMA_VERSION = 1

export const MANIFEST_ENTRY = 'manifest.json'
export const SIGNATURE_ENTRY = 'manifest.sig.json'
export const CONTENT_ENTRY = 'content.json'
export const MATERIAL_PREFIX = 'materials/'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const b64 = (max: number) => z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(max)
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
const isoTime = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), '不是有效的时间')

/** A file inside the package: `content.json` or `materials/<sha256>`. */
export const PackageFileSchema = z
  .object({
    path: z.string().max(80).regex(/^(content\.json|materials\/[0-9a-f]{64})$/),
    sha256,
    size: z.number().int().nonnegative(),
  })
  .strict()
export type PackageFile = z.infer<typeof PackageFileSchema>

export const PartySchema = z
  .object({
    role: z.enum(['workspace', 'expert']),
    publicKey: b64(64),
    fingerprint: z.string().max(32),
  })
  .strict()
export type Party = z.infer<typeof PartySchema>

export const ManifestSchema = z
  .object({
    kind: z.enum(PACKAGE_KINDS),
    schemaVersion: z.literal(PACKAGE_SCHEMA_VERSION),
    packageId: id,
    campaignId: id,
    campaignName: z.string().max(80),
    rubricVersion: z.number().int().positive(),
    expertId: id,
    /** the expert's key: in an expert package the one they must sign with (when known), in a score package theirs */
    expertFingerprint: z.string().max(32).optional(),
    /** the secretariat workspace's key: the issuer of an expert package, the addressee of a score package */
    workspaceFingerprint: z.string().max(32),
    issuedAt: isoTime,
    expiresAt: isoTime,
    /** per expert and kind, increasing: an older sequence than one already imported is a replay */
    sequence: z.number().int().positive(),
    /** score package: hash of the expert workspace's latest audit entry (a cut or replayed history shows) */
    auditHead: z.string().max(128).optional(),
    signer: PartySchema,
    files: z.array(PackageFileSchema).max(100_000),
  })
  .strict()
export type Manifest = z.infer<typeof ManifestSchema>

export const SignatureFileSchema = z
  .object({
    algorithm: z.literal('ed25519'),
    publicKey: b64(64),
    signature: b64(128),
  })
  .strict()
export type SignatureFile = z.infer<typeof SignatureFileSchema>

/** Bytes of a material inside a package: its entry name. */
export function materialEntry(sha: string): string {
  return `${MATERIAL_PREFIX}${sha}`
}
