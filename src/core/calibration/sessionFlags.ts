import type { CalibrationSnapshot, CalibrationThresholds } from '../domain/calibration'
import { round } from '../util/round'

/** Something the committee should discuss, found in the anchors' statistics (issue 12). */
export type CalibrationFlag =
  | { kind: 'deviation'; submissionId: string; expertId: string; total: number; trimmedMean: number; deviation: number }
  | { kind: 'range'; submissionId: string; range: number }
  | { kind: 'indicator'; code: string; disagreement: number }
  | { kind: 'severity'; expertId: string; mean: number; lower: number; upper: number }

/**
 * The flags of a snapshot: an expert's anchor total more than `deviation` points from the anchor's
 * trimmed mean; an anchor whose max − min exceeds `range`; the `topIndicators` indicators with the
 * highest disagreement (only those where experts differ at all); participants whose severity
 * interval excludes zero (consistently stricter or more lenient than the panel).
 */
export function calibrationFlags(s: CalibrationSnapshot, t: CalibrationThresholds): CalibrationFlag[] {
  const flags: CalibrationFlag[] = []
  for (const a of s.anchors) {
    if (a.trimmedMean !== null) {
      for (const [expertId, total] of Object.entries(a.totals)) {
        const deviation = round(total - a.trimmedMean, 2)
        if (Math.abs(deviation) > t.deviation) flags.push({ kind: 'deviation', submissionId: a.submissionId, expertId, total, trimmedMean: round(a.trimmedMean, 2), deviation })
      }
    }
    if (a.range !== null && a.range > t.range) flags.push({ kind: 'range', submissionId: a.submissionId, range: round(a.range, 2) })
  }
  const disagreed = s.indicators
    .filter((i): i is { code: string; disagreement: number } => i.disagreement !== null && i.disagreement > 1e-9)
    .sort((a, b) => b.disagreement - a.disagreement || a.code.localeCompare(b.code))
    .slice(0, t.topIndicators)
  for (const i of disagreed) flags.push({ kind: 'indicator', code: i.code, disagreement: i.disagreement })
  for (const e of s.experts) {
    if (e.mean === null || e.lower === null || e.upper === null) continue
    if (e.lower > 0 || e.upper < 0) flags.push({ kind: 'severity', expertId: e.expertId, mean: e.mean, lower: e.lower, upper: e.upper })
  }
  return flags
}

/** The flag as the committee reads it; names are looked up by the caller. */
export function flagText(f: CalibrationFlag, name: (id: string) => string): string {
  switch (f.kind) {
    case 'deviation':
      return `${name(f.expertId)} 对样卷「${name(f.submissionId)}」的总分 ${f.total.toFixed(2)} 与去高低分平均 ${f.trimmedMean.toFixed(2)} 相差 ${Math.abs(f.deviation).toFixed(2)} 分`
    case 'range':
      return `样卷「${name(f.submissionId)}」专家总分极差 ${f.range.toFixed(2)} 分`
    case 'indicator':
      return `指标「${name(f.code)}」专家评分分歧较大（平均标准差为该项分值的 ${(f.disagreement * 100).toFixed(1)}%）`
    case 'severity':
      return `${name(f.expertId)} 评分${f.mean > 0 ? '持续偏宽' : '持续偏严'}（平均偏差 ${f.mean.toFixed(2)} 分，95% 区间 ${f.lower.toFixed(2)} 至 ${f.upper.toFixed(2)}）`
  }
}
