import { sign as edSign, verify as edVerify } from 'node:crypto'
import type { UnlockedKey } from './keys'
import { publicKeyObject } from './keys'
import { canonicalJson } from './canonicalJson'

/** Ed25519 signature (base64) over bytes, or over a value's canonical JSON. */
export function signBytes(key: UnlockedKey, bytes: Uint8Array): string {
  return edSign(null, bytes, key.privateKey).toString('base64')
}

export function verifyBytes(publicKey: string, bytes: Uint8Array, signature: string): boolean {
  try {
    const sig = Buffer.from(signature, 'base64')
    if (sig.length !== 64) return false
    return edVerify(null, bytes, publicKeyObject(publicKey), sig)
  } catch {
    return false
  }
}

export function signValue(key: UnlockedKey, value: unknown): string {
  return signBytes(key, Buffer.from(canonicalJson(value), 'utf8'))
}

export function verifyValue(publicKey: string, value: unknown, signature: string): boolean {
  return verifyBytes(publicKey, Buffer.from(canonicalJson(value), 'utf8'), signature)
}
