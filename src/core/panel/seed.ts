import { mulberry32 } from '../util/prng'

/**
 * 随机抽取 must be reproducible: the draw record keeps its seed string, and running the draw again with the
 * same seed and the same input gives the same panels (DrawRecord.resultHash checks it).
 *
 * The string seed becomes a 32-bit number with FNV-1a (offset basis 2166136261, prime 16777619) over the
 * string's UTF-16 code units — small, stable across platforms, and spreads similar seeds ("2025-1", "2025-2")
 * far apart. mulberry32 then gives the stream. Not for anything security-related: a seed is public on purpose.
 */
export function seedToUint32(seed: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A seeded stream of numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  return mulberry32(seedToUint32(seed))
}

/** Fisher–Yates shuffle into a new array; the input is left alone. */
export function seededShuffle<T>(items: readonly T[], rnd: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    const t = out[i]!
    out[i] = out[j]!
    out[j] = t
  }
  return out
}
