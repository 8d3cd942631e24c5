/**
 * The short fingerprint of an Ed25519 public key, computed in the window so the secretary sees it
 * before confirming: the first 16 hex digits of SHA-256 of the 32 raw bytes, in groups of 4 — the
 * same as core/signing/keys.ts fingerprintOf (which uses Node's crypto, not available here).
 */
export async function fingerprintInWindow(publicKey: string): Promise<string | null> {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(publicKey)) return null
  const raw = Uint8Array.from(atob(publicKey), (c) => c.charCodeAt(0))
  if (raw.length !== 32) return null
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw))
  const hex = [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase()
  return hex.match(/.{4}/g)!.join('-')
}
