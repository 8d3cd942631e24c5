import type { Quota } from '../domain/decisions'

/**
 * 名额 of a 奖项等级 (issue 12: "特等 ≤ 1, 一等 ≤ 10 %"). The rule, stated once:
 * - a share is taken of all entries of the campaign (参评申报总数, 不予评定 ones included) and
 *   rounded DOWN, because "≤ 10 %" is a ceiling: 10 % of 25 entries is 2 places, of 6 entries 0;
 * - with both a count and a share the smaller limit applies;
 * - no quota: unlimited (null).
 * The share is applied in integer millionths so 10 % of 30 is exactly 3, never 3.0000000000000004.
 */
export function quotaLimit(quota: Quota | undefined, entryCount: number): number | null {
  const limits: number[] = []
  if (quota?.maxCount !== undefined) limits.push(quota.maxCount)
  if (quota?.maxShare !== undefined) limits.push(Math.floor((Math.round(quota.maxShare * 1e6) * entryCount) / 1e6))
  return limits.length ? Math.min(...limits) : null
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`
}

/** The quota in words, e.g. "不超过申报总数 25 项的 10%（向下取整），即 2 项". */
export function quotaText(quota: Quota | undefined, entryCount: number): string {
  const limit = quotaLimit(quota, entryCount)
  if (limit === null) return '不限名额'
  const parts: string[] = []
  if (quota?.maxCount !== undefined) parts.push(`不超过 ${quota.maxCount} 项`)
  if (quota?.maxShare !== undefined) parts.push(`不超过申报总数 ${entryCount} 项的 ${percent(quota.maxShare)}（向下取整）`)
  return parts.length === 1 && quota?.maxCount !== undefined ? parts[0]! : `${parts.join('且')}，即 ${limit} 项`
}

export interface QuotaStatus {
  levelCode: string
  levelLabel: string
  limit: number | null
  limitText: string
  count: number
  ok: boolean
  /** names the level, the quota and the count when the list breaks it */
  message: string | null
}

/** Counts the list's entries per level against each level's quota. */
export function checkQuotas(
  levels: ReadonlyArray<{ code: string; label: string; quota?: Quota }>,
  assigned: ReadonlyArray<string | null>,
  entryCount: number,
): QuotaStatus[] {
  return levels.map((l) => {
    const limit = quotaLimit(l.quota, entryCount)
    const count = assigned.filter((c) => c === l.code).length
    const ok = limit === null || count <= limit
    const limitText = quotaText(l.quota, entryCount)
    return {
      levelCode: l.code,
      levelLabel: l.label,
      limit,
      limitText,
      count,
      ok,
      message: ok ? null : `${l.label}名额为 ${limit} 项（${limitText}），名单中有 ${count} 项，超出 ${count - limit!} 项。`,
    }
  })
}

/** Two quotas say the same: the same 最多项数 and the same 最高比例 (an absent limit is no limit). */
export function sameQuota(a: Quota | undefined, b: Quota | undefined): boolean {
  return (a?.maxCount ?? null) === (b?.maxCount ?? null) && (a?.maxShare ?? null) === (b?.maxShare ?? null)
}

/**
 * The levels among `changing` whose quota is no longer the one the edit began from (`expected`, as
 * decisions.get showed it): another window saved them meanwhile, so saving over them would undo that
 * unseen. A level without an expected quota is not checked (an older client). Null when none moved.
 */
export function movedQuotas(
  levels: ReadonlyArray<{ code: string; label: string; quota?: Quota }>,
  changing: readonly string[],
  expected: Readonly<Record<string, Quota>>,
  entryCount: number,
): string | null {
  const moved = levels.filter((l) => changing.includes(l.code) && l.code in expected && !sameQuota(l.quota, expected[l.code]))
  if (!moved.length) return null
  const now = moved.map((l) => `${l.label}现为${quotaText(l.quota, entryCount)}`).join('；')
  return `名额已在别处被修改（${now}），为避免覆盖，本次修改未保存。请重新打开“设置名额”核对后再保存。`
}
