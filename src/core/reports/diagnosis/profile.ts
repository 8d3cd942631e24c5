import { LEVELS, type Level } from '../../domain/rubric'
import type { ScoreSheet } from '../../domain/workspace'
import { allIndicators } from '../../rubric/indicators'
import { entryPoints } from '../../scoring/sheetResult'
import { rubricFor } from '../../rubric/versions'
import { mean } from '../../scoring/aggregate'
import { round } from '../../util/round'
import type { Campaign } from '../../domain/workspace'

/**
 * A diagnosed program's profile from its panel's submitted sheets: per 一级指标 and per 二级指标 the
 * mean points, the achievement (points / max, in %) and the panel's level. The charts and the drafts
 * read this; nothing else computes it.
 */
export interface IndicatorProfile {
  code: string
  name: string
  dimensionCode: string
  max: number
  /** panel mean, two decimals; null before any sheet scored it */
  points: number | null
  /** 0–100, one decimal */
  pct: number | null
  /** the panel's level: the median of the experts' levels, a tie going to the lower (docs/domain/review-kinds.md) */
  level: Level | null
}

export interface DimensionProfile {
  code: string
  name: string
  max: number
  points: number | null
  pct: number | null
}

export interface ProgramProfile {
  dimensions: DimensionProfile[]
  indicators: IndicatorProfile[]
  total: number | null
}

const pctOf = (points: number | null, max: number) => (points === null || max <= 0 ? null : round((points / max) * 100, 1))

/** Median of levels, a tie (even count) going to the lower level. */
export function medianLevel(levels: readonly Level[]): Level | null {
  if (levels.length === 0) return null
  const sorted = [...levels].sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b))
  // index ⌊n/2⌋ in A→D order: for an even count the lower of the two middle levels
  return sorted[Math.floor(sorted.length / 2)]!
}

/** The level an achievement reads as when an indicator was scored by points: ≥ 90 A, ≥ 75 B, ≥ 60 C, else D. */
export function levelOfPct(pct: number): Level {
  return pct >= 90 ? 'A' : pct >= 75 ? 'B' : pct >= 60 ? 'C' : 'D'
}

export function programProfile(campaign: Campaign, sheets: readonly ScoreSheet[]): ProgramProfile {
  const rubric = campaign.rubric
  const indicators: IndicatorProfile[] = allIndicators(rubric).map((ind) => {
    const pts: number[] = []
    const levels: Level[] = []
    for (const s of sheets) {
      const r = rubricFor(campaign, s.rubricVersion)
      const p = entryPoints(r, ind.points, s.entries[ind.code])
      if (p !== null) pts.push(p)
      const l = s.entries[ind.code]?.level
      if (l) levels.push(l)
    }
    const m = mean(pts)
    const points = m === null ? null : round(m, 2)
    const pct = pctOf(points, ind.points)
    return {
      code: ind.code,
      name: ind.name,
      dimensionCode: ind.dimensionCode,
      max: ind.points,
      points,
      pct,
      level: levels.length === pts.length && levels.length > 0 ? medianLevel(levels) : pct === null ? null : levelOfPct(pct),
    }
  })
  const dimensions = rubric.dimensions.map((d) => {
    const own = indicators.filter((i) => i.dimensionCode === d.code && i.points !== null)
    const points = own.length ? round(own.reduce((a, i) => a + i.points!, 0), 2) : null
    return { code: d.code, name: d.name, max: d.points, points, pct: pctOf(points, d.points) }
  })
  const scored = dimensions.filter((d) => d.points !== null)
  return { dimensions, indicators, total: scored.length ? round(scored.reduce((a, d) => a + d.points!, 0), 2) : null }
}
