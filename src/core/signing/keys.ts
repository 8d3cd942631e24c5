import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scryptSync, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import { WorkbenchError } from '../domain/errors'

/**
 * Ed25519 key pairs (issue 11). The public key travels as base64 of its 32 raw bytes; the private key is
 * kept only encrypted with its owner's passphrase (scrypt → AES-256-GCM, every parameter in the file), and
 * no function here returns it in a form that could be written out in the clear.
 */

export const SCRYPT_DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const
const SCRYPT_MAXMEM = 128 * 1024 * 1024
const MIN_PASSPHRASE = 6

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(4096)

export const EncryptedKeyFileSchema = z
  .object({
    kind: z.literal('encrypted-private-key'),
    schemaVersion: z.literal(1),
    algorithm: z.literal('ed25519'),
    publicKey: b64,
    kdf: z
      .object({
        name: z.literal('scrypt'),
        N: z.number().int().min(2 ** 14).max(2 ** 20),
        r: z.number().int().min(1).max(32),
        p: z.number().int().min(1).max(16),
        salt: b64,
      })
      .strict(),
    cipher: z.object({ name: z.literal('aes-256-gcm'), iv: b64, tag: b64 }).strict(),
    ciphertext: b64,
  })
  .strict()
export type EncryptedKeyFile = z.infer<typeof EncryptedKeyFileSchema>

/** An unlocked private key: usable for signing, never serialisable (toJSON refuses). */
export interface UnlockedKey {
  readonly publicKey: string
  readonly fingerprint: string
  readonly privateKey: KeyObject
}

/** Makes a new key pair and returns it only as the encrypted file (plus the public key in it). */
export function createEncryptedKey(passphrase: string, kdf: { N: number; r: number; p: number } = SCRYPT_DEFAULTS): EncryptedKeyFile {
  checkPassphrase(passphrase)
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' })
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const key = scryptSync(passphrase.normalize('NFC'), salt, 32, { ...kdf, maxmem: SCRYPT_MAXMEM })
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const ciphertext = Buffer.concat([cipher.update(pkcs8), cipher.final()])
  pkcs8.fill(0)
  key.fill(0)
  return {
    kind: 'encrypted-private-key',
    schemaVersion: 1,
    algorithm: 'ed25519',
    publicKey: rawPublicKey(publicKey),
    kdf: { name: 'scrypt', ...kdf, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    ciphertext: ciphertext.toString('base64'),
  }
}

/** Opens the encrypted key with the passphrase; a wrong passphrase or a damaged file is a clear refusal. */
export function unlockKey(file: EncryptedKeyFile, passphrase: string): UnlockedKey {
  const { kdf, cipher } = EncryptedKeyFileSchema.parse(file)
  const key = scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: SCRYPT_MAXMEM })
  let pkcs8: Buffer
  try {
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(cipher.iv, 'base64'))
    d.setAuthTag(Buffer.from(cipher.tag, 'base64'))
    pkcs8 = Buffer.concat([d.update(Buffer.from(file.ciphertext, 'base64')), d.final()])
  } catch {
    throw new WorkbenchError('KEY_LOCKED', '口令不正确，无法解锁签名密钥。请核对口令后重试（口令区分大小写）。')
  } finally {
    key.fill(0)
  }
  const privateKey = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })
  pkcs8.fill(0)
  const publicKey = rawPublicKey(createPublicKey(privateKey))
  if (publicKey !== file.publicKey) throw new WorkbenchError('KEY_LOCKED', '签名密钥文件已损坏：私钥与其中记录的公钥不一致。')
  const unlocked: UnlockedKey = { publicKey, fingerprint: fingerprintOf(publicKey), privateKey }
  Object.defineProperty(unlocked, 'toJSON', { value: () => ({ publicKey, fingerprint: unlocked.fingerprint }), enumerable: false })
  return unlocked
}

/** Base64 of the 32 raw bytes of an Ed25519 public key. */
export function rawPublicKey(k: KeyObject): string {
  const jwk = k.export({ format: 'jwk' })
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new TypeError('not an Ed25519 public key')
  return Buffer.from(jwk.x, 'base64url').toString('base64')
}

export function publicKeyObject(raw: string): KeyObject {
  const bytes = Buffer.from(raw, 'base64')
  if (bytes.length !== 32) throw new WorkbenchError('SIGNATURE_INVALID', '公钥格式不正确（应为 32 字节的 Ed25519 公钥）。')
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: bytes.toString('base64url') }, format: 'jwk' })
}

/** The short fingerprint shown wherever identity matters: first 16 hex digits of SHA-256(public key), in groups of 4. */
export function fingerprintOf(raw: string): string {
  const hex = createHash('sha256').update(Buffer.from(raw, 'base64')).digest('hex').slice(0, 16).toUpperCase()
  return hex.match(/.{4}/g)!.join('-')
}

export function checkPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE)
    throw new WorkbenchError('INVALID_INPUT', `口令至少需要 ${MIN_PASSPHRASE} 个字符。`)
}
