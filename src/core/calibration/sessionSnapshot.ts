import type { CalibrationSnapshot } from '../domain/calibration'
import { agreementReport } from './agreement'
import { campaignMatrices, type ScoredSheet } from './campaignStats'
import { mean, standardDeviation, submissionSpread } from './describe'
import { presentValues } from './matrix'
import { severity } from './severity'

/** What a snapshot reads: the anchors, the participants, the indicators with their points, the anchors' submitted sheets. */
export interface SnapshotInput {
  anchors: readonly string[]
  participants: readonly string[]
  indicators: ReadonlyArray<{ code: string; points: number }>
  sheets: readonly ScoredSheet[]
  at: string
}

const nullable = (x: number | null | undefined): number | null => (x === undefined || x === null || !Number.isFinite(x) ? null : x)

/**
 * The statistics of a calibration session on its anchors (样卷), as plain numbers: per anchor the
 * totals, trimmed mean, SD and range; agreement on the totals (ICC(2,1), ICC(2,k), ICC(3,1),
 * Kendall's W, interval alpha); per participant the severity with its 95 % interval; per indicator
 * the disagreement: the mean over the anchors of the points' sample SD divided by the indicator's
 * points (0 = every expert gave the same). Null wherever too few ratings, with the reasons.
 */
export function calibrationSnapshot(input: SnapshotInput): CalibrationSnapshot {
  const codes = input.indicators.map((i) => i.code)
  const m = campaignMatrices(input.anchors, input.participants, codes, input.sheets)
  const report = agreementReport(m.totals)
  const reasons: Record<string, string> = Object.fromEntries(Object.entries(report.reasons).map(([k, r]) => [k, r.message]))
  const anchors = m.totals.map((row, i) => {
    const present = presentValues(row)
    const spread = submissionSpread(present)
    const totals: Record<string, number> = {}
    row.forEach((v, j) => {
      if (v !== null) totals[m.expertIds[j]!] = v
    })
    return { submissionId: m.submissionIds[i]!, totals, trimmedMean: nullable(spread.trimmedMean.value), sd: nullable(spread.sd.value), range: nullable(spread.range) }
  })
  const experts = input.participants.map((expertId, j) => {
    const s = severity(m.totals, j)
    if (s.value === null) reasons[`severity.${expertId}`] = s.reason.message
    return { expertId, mean: s.value?.mean ?? null, lower: s.value?.lower ?? null, upper: s.value?.upper ?? null }
  })
  const indicators = input.indicators.map(({ code, points }) => {
    const sds = m.byIndicator[code]!.map((row) => standardDeviation(presentValues(row), 'sample').value).filter((v): v is number => v !== null)
    const d = mean(sds)
    return { code, disagreement: d === null || points <= 0 ? null : d / points }
  })
  const ranges = anchors.map((a) => a.range).filter((r): r is number => r !== null)
  return {
    at: input.at,
    anchors,
    icc: report.icc ? { ICC2: report.icc.ICC2, ICC2k: report.icc.ICC2k, ICC3: report.icc.ICC3 } : null,
    kendallW: report.kendallW?.W ?? null,
    alphaInterval: report.alpha.interval,
    meanRange: mean(ranges),
    experts,
    indicators,
    reasons,
  }
}

/** Disagreement per indicator and anchor: the points' sample SD over the indicator's points (the dashboard's heat map). */
export function indicatorHeat(
  anchors: readonly string[],
  indicators: ReadonlyArray<{ code: string; points: number }>,
  sheets: readonly ScoredSheet[],
): { anchors: string[]; rows: Array<{ code: string; cells: Array<number | null> }> } {
  return {
    anchors: [...anchors],
    rows: indicators.map(({ code, points }) => ({
      code,
      cells: anchors.map((a) => {
        const values = sheets.filter((s) => s.submissionId === a).map((s) => s.points[code]).filter((v): v is number => v !== null && v !== undefined)
        const sd = standardDeviation(values, 'sample').value
        return sd === null || points <= 0 ? null : sd / points
      }),
    })),
  }
}
