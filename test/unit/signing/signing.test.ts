import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../src/core/signing/canonicalJson'
import { createEncryptedKey, fingerprintOf, unlockKey, EncryptedKeyFileSchema } from '../../../src/core/signing/keys'
import { signValue, verifyValue, verifyBytes } from '../../../src/core/signing/signature'
import { signSheet, verifySheetSignature } from '../../../src/core/signing/sheetSignature'
import type { ScoreSheet } from '../../../src/core/domain/workspace'
import { WorkbenchError } from '../../../src/core/domain/errors'

const FAST = { N: 2 ** 14, r: 8, p: 1 }

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: '评 分' } })).toBe('{"a":{"c":"评 分","d":[3,{"y":2,"z":1}]},"b":1}')
  })
  it('gives the same text whatever order the keys were built in', () => {
    const x = { one: 1, two: [1, 2], three: { a: null } }
    const y = { three: { a: null }, two: [1, 2], one: 1 }
    expect(canonicalJson(x)).toBe(canonicalJson(y))
  })
  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ a: NaN })).toThrow(/\$\.a is not a finite number/)
    expect(() => canonicalJson({ a: [Infinity] })).toThrow(/\$\.a\[0\]/)
    expect(() => canonicalJson({ a: 1n })).toThrow(/bigint/)
  })
  it('leaves out undefined members as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}')
  })
})

describe('encrypted Ed25519 keys', () => {
  const file = createEncryptedKey('正确的口令 123', FAST)

  it('keeps the private key only encrypted, with every parameter in the file', () => {
    expect(EncryptedKeyFileSchema.parse(file)).toEqual(file)
    const text = JSON.stringify(file)
    expect(text).not.toMatch(/PRIVATE KEY/)
    expect(file.kdf).toMatchObject({ name: 'scrypt', N: FAST.N, r: 8, p: 1 })
    expect(Buffer.from(file.publicKey, 'base64')).toHaveLength(32)
  })

  it('unlocks with the passphrase, and refuses a wrong one with KEY_LOCKED', () => {
    const key = unlockKey(file, '正确的口令 123')
    expect(key.publicKey).toBe(file.publicKey)
    expect(key.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/)
    let err: unknown
    try {
      unlockKey(file, '错误的口令 123')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(WorkbenchError)
    expect((err as WorkbenchError).code).toBe('KEY_LOCKED')
  })

  it('never writes the private key out when an unlocked key is serialised or printed', () => {
    const key = unlockKey(file, '正确的口令 123')
    const pkcs8 = key.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')
    const seed = pkcs8.slice(-43)
    expect(JSON.stringify(key)).not.toContain(seed)
    expect(JSON.stringify({ wrapped: key })).toBe(JSON.stringify({ wrapped: { publicKey: key.publicKey, fingerprint: key.fingerprint } }))
    expect(String(key.privateKey)).not.toContain(seed)
  })

  it('refuses a short passphrase', () => {
    expect(() => createEncryptedKey('12345', FAST)).toThrow(/至少需要 6 个字符/)
  })

  it('detects a damaged ciphertext as a wrong key, not as a crash', () => {
    const damaged = { ...file, ciphertext: Buffer.from(Buffer.from(file.ciphertext, 'base64').map((b, i) => (i === 5 ? b ^ 1 : b))).toString('base64') }
    expect(() => unlockKey(damaged, '正确的口令 123')).toThrow(WorkbenchError)
  })

  it('fingerprints depend on the public key only', () => {
    expect(fingerprintOf(file.publicKey)).toBe(unlockKey(file, '正确的口令 123').fingerprint)
    expect(fingerprintOf(createEncryptedKey('另一个口令abc', FAST).publicKey)).not.toBe(fingerprintOf(file.publicKey))
  })
})

describe('signatures', () => {
  const a = unlockKey(createEncryptedKey('passphrase-a', FAST), 'passphrase-a')
  const b = unlockKey(createEncryptedKey('passphrase-b', FAST), 'passphrase-b')

  it('verifies a value signed by its key and refuses another key or a changed value', () => {
    const sig = signValue(a, { total: 87.5, who: '专家甲' })
    expect(verifyValue(a.publicKey, { who: '专家甲', total: 87.5 }, sig)).toBe(true)
    expect(verifyValue(b.publicKey, { who: '专家甲', total: 87.5 }, sig)).toBe(false)
    expect(verifyValue(a.publicKey, { who: '专家甲', total: 88.5 }, sig)).toBe(false)
  })

  it('refuses garbage signatures and keys without throwing', () => {
    expect(verifyBytes(a.publicKey, Buffer.from('x'), 'not base64 at all!')).toBe(false)
    expect(verifyBytes('AAAA', Buffer.from('x'), Buffer.alloc(64).toString('base64'))).toBe(false)
  })

  const sheet: ScoreSheet = {
    submissionId: 'sub-1' as ScoreSheet['submissionId'], expertId: 'exp-1' as ScoreSheet['expertId'], rubricVersion: 2,
    entries: { '1.1': { level: 'A', points: 8 } } as ScoreSheet['entries'],
    eligibility: {}, vetoFlags: {}, bonus: {}, comment: '材料齐全', dimensionNotes: {}, highlights: '',
    status: 'submitted', version: 26, updatedAt: '2026-11-29T10:00:00.000Z', submittedAt: '2026-11-29T10:00:00.000Z',
  }

  it('a sheet signature binds content, campaign and submitted version, not the autosave counter', () => {
    const sig = signSheet('c-1', sheet, a, 1, new Date('2026-11-29T10:00:00Z'))
    expect(sig.submittedVersion).toBe(1)
    expect(verifySheetSignature('c-1', sheet, sig, a.publicKey)).toBe(true)
    expect(verifySheetSignature('c-1', { ...sheet, version: 27, updatedAt: 'later' }, sig, a.publicKey)).toBe(true)
    expect(verifySheetSignature('c-2', sheet, sig, a.publicKey)).toBe(false)
    expect(verifySheetSignature('c-1', { ...sheet, comment: '材料齐全。' }, sig, a.publicKey)).toBe(false)
    expect(verifySheetSignature('c-1', sheet, { ...sig, submittedVersion: 2 }, a.publicKey)).toBe(false)
    expect(verifySheetSignature('c-1', sheet, sig, b.publicKey)).toBe(false)
  })
})
