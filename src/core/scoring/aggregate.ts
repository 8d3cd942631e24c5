import type { AggregationRule } from '../domain/workspace'
import { round } from '../util/round'

export interface Aggregate {
  rule: AggregationRule
  /** the rule actually applied (trimmedMean falls back to mean with fewer than 5 totals) */
  applied: AggregationRule
  value: number | null
  dropped: { highest?: number; lowest?: number }
  count: number
}

/** Arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null
  return values.reduce((s, v) => s + v, 0) / values.length
}

/**
 * 去掉一个最高分和一个最低分: drops one highest and one lowest value and averages the rest.
 * Only with ≥ 5 values (docs/domain/review-kinds.md); with fewer, the plain mean. Two decimals.
 */
export function trimmedMean(values: readonly number[]): Aggregate {
  if (values.length < 5) return { ...plainMean(values), rule: 'trimmedMean' }
  const sorted = [...values].sort((a, b) => a - b)
  const kept = sorted.slice(1, -1)
  return {
    rule: 'trimmedMean',
    applied: 'trimmedMean',
    value: round(mean(kept)!, 2),
    dropped: { lowest: sorted[0], highest: sorted[sorted.length - 1] },
    count: values.length,
  }
}

function plainMean(values: readonly number[]): Aggregate {
  const m = mean(values)
  return { rule: 'mean', applied: 'mean', value: m === null ? null : round(m, 2), dropped: {}, count: values.length }
}

export function aggregate(rule: AggregationRule, values: readonly number[]): Aggregate {
  switch (rule) {
    case 'trimmedMean':
      return trimmedMean(values)
    case 'mean':
      return plainMean(values)
    // the values are already on the campaign's scale (panelAggregate.ts normalises them first)
    case 'zNormalised':
      return { ...plainMean(values), rule: 'zNormalised' }
  }
}
