import type { TieOrder } from '../domain/decisions'

/**
 * 排名 with the committee's tie rules (issue 12, docs/domain/review-kinds.md "Ties broken by the ★
 * subtotal, then by vote"):
 * 1. higher result (two decimals) first;
 * 2. equal results: higher ★ (key-item) subtotal first;
 * 3. equal on both: a tie; the committee's recorded vote (a TieOrder naming exactly the tied entries)
 *    puts them in order. Without one they share a rank (1, 1, 3) and the tie is listed "to decide".
 * Values are compared in hundredths (the two decimals results are rounded to), never as raw floats.
 * Only the entries passed in are ranked: the caller leaves out 暂定 and 不予评定 entries.
 */
export interface RankEntry {
  id: string
  result: number
  keySubtotal: number
}

export type RankBasis = 'result' | 'keySubtotal' | 'vote' | 'tied'

export interface RankedEntry extends RankEntry {
  /** 1-based; shared by the members of a tie that is not yet decided */
  rank: number
  /** what separated this entry from its neighbours */
  basis: RankBasis
}

export interface Tie {
  /** the tied entries, in the decided order when resolved */
  ids: string[]
  result: number
  keySubtotal: number
  /** the rank the tie starts at */
  rank: number
  resolved: boolean
  /** the record of the committee's vote when resolved */
  note?: string
}

const hundredths = (x: number) => Math.round(x * 100)

function sameKey(a: RankEntry, b: RankEntry): boolean {
  return hundredths(a.result) === hundredths(b.result) && hundredths(a.keySubtotal) === hundredths(b.keySubtotal)
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}

/** The latest recorded order naming exactly these tied entries, if any. */
export function tieOrderFor(ids: readonly string[], orders: readonly TieOrder[]): TieOrder | undefined {
  return [...orders].reverse().find((o) => sameSet(o.order, ids))
}

export function rankWithTies(entries: readonly RankEntry[], tieOrders: readonly TieOrder[] = []): { ranked: RankedEntry[]; ties: Tie[] } {
  // stable sort: entries equal on both keys keep the caller's order until the committee decides
  const sorted = [...entries].sort((a, b) => hundredths(b.result) - hundredths(a.result) || hundredths(b.keySubtotal) - hundredths(a.keySubtotal))
  const ranked: RankedEntry[] = []
  const ties: Tie[] = []
  let i = 0
  while (i < sorted.length) {
    let j = i + 1
    while (j < sorted.length && sameKey(sorted[i]!, sorted[j]!)) j++
    const group = sorted.slice(i, j)
    const rank = i + 1
    if (group.length === 1) {
      const e = group[0]!
      const prev = sorted[i - 1]
      const next = sorted[j]
      const byKey = [prev, next].some((n) => n && hundredths(n.result) === hundredths(e.result))
      ranked.push({ ...e, rank, basis: byKey ? 'keySubtotal' : 'result' })
    } else {
      const ids = group.map((e) => e.id)
      const order = tieOrderFor(ids, tieOrders)
      const base = { result: group[0]!.result, keySubtotal: group[0]!.keySubtotal, rank }
      if (order) {
        order.order.forEach((id, k) => ranked.push({ ...group.find((e) => e.id === id)!, rank: rank + k, basis: 'vote' }))
        ties.push({ ...base, ids: [...order.order], resolved: true, note: order.note })
      } else {
        for (const e of group) ranked.push({ ...e, rank, basis: 'tied' })
        ties.push({ ...base, ids, resolved: false })
      }
    }
    i = j
  }
  return { ranked, ties }
}
