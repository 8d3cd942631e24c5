import { describe, expect, it } from 'vitest'
import { calibrationSnapshot, indicatorHeat } from '../../../src/core/calibration/sessionSnapshot'
import { calibrationFlags } from '../../../src/core/calibration/sessionFlags'
import { reviseSheet } from '../../../src/core/calibration/sessionRevision'
import { CalibrationThresholdsSchema } from '../../../src/core/domain/calibration'
import { WorkbenchError } from '../../../src/core/domain/errors'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import { allIndicators } from '../../../src/core/rubric/indicators'
import type { ScoreSheet } from '../../../src/core/domain/workspace'
import type { ScoredSheet } from '../../../src/core/calibration/campaignStats'

const T = CalibrationThresholdsSchema.parse({})
const NOW = '2026-11-29T23:00:00.000Z'
const sheet = (submissionId: string, expertId: string, total: number, points: Record<string, number> = {}): ScoredSheet => ({ submissionId, expertId, total, points })

describe('calibrationSnapshot and flags', () => {
  const indicators = [{ code: 'i1', points: 10 }, { code: 'i2', points: 5 }]
  const sheets = [
    // anchor a: four experts near 80, e5 at 60 → trimmed mean (79+80+81)/3 = 80, e5 deviates 20
    sheet('a', 'e1', 79, { i1: 8, i2: 4 }), sheet('a', 'e2', 80, { i1: 8, i2: 4 }), sheet('a', 'e3', 81, { i1: 8, i2: 4 }), sheet('a', 'e4', 82, { i1: 8, i2: 4 }), sheet('a', 'e5', 60, { i1: 3, i2: 4 }),
    sheet('b', 'e1', 70, { i1: 7, i2: 3 }), sheet('b', 'e2', 70, { i1: 7, i2: 3 }), sheet('b', 'e3', 71, { i1: 7, i2: 3 }), sheet('b', 'e4', 69, { i1: 7, i2: 3 }), sheet('b', 'e5', 68, { i1: 7, i2: 3 }),
  ]
  const snap = calibrationSnapshot({ anchors: ['a', 'b'], participants: ['e1', 'e2', 'e3', 'e4', 'e5'], indicators, sheets, at: 't' })

  it('per anchor: totals, trimmed mean, range; the mean range over anchors', () => {
    expect(snap.anchors[0]).toMatchObject({ submissionId: 'a', trimmedMean: 80, range: 22 })
    // b: 68 and 71 dropped, (69 + 70 + 70) / 3
    expect(snap.anchors[1]!.trimmedMean).toBeCloseTo(209 / 3, 12)
    expect(snap.anchors[1]!.range).toBe(3)
    expect(snap.meanRange).toBe(12.5)
  })

  it('indicator disagreement: mean over anchors of the points SD / points; only i1 differs', () => {
    const sdA = Math.sqrt(((8 - 7) ** 2 * 4 + (3 - 7) ** 2) / 4)
    expect(snap.indicators.find((i) => i.code === 'i1')!.disagreement).toBeCloseTo(sdA / 2 / 10, 12)
    expect(snap.indicators.find((i) => i.code === 'i2')!.disagreement).toBe(0)
  })

  it('flags: the deviating expert, the wide anchor, the disagreed indicator (not the agreed one)', () => {
    const flags = calibrationFlags(snap, T)
    expect(flags.filter((f) => f.kind === 'deviation')).toEqual([{ kind: 'deviation', submissionId: 'a', expertId: 'e5', total: 60, trimmedMean: 80, deviation: -20 }])
    expect(flags.filter((f) => f.kind === 'range')).toEqual([{ kind: 'range', submissionId: 'a', range: 22 }])
    expect(flags.filter((f) => f.kind === 'indicator').map((f) => (f.kind === 'indicator' ? f.code : ''))).toEqual(['i1'])
    // a wider threshold flags nothing of the first two kinds
    expect(calibrationFlags(snap, { ...T, deviation: 25, range: 25 }).filter((f) => f.kind === 'deviation' || f.kind === 'range')).toEqual([])
  })

  it('too few anchors: severity and agreement are null with reasons, never NaN', () => {
    const one = calibrationSnapshot({ anchors: ['a'], participants: ['e1', 'e2'], indicators, sheets: sheets.slice(0, 2), at: 't' })
    expect(one.experts.every((e) => e.mean === null)).toBe(true)
    expect(one.icc).toBeNull()
    expect(Object.keys(one.reasons).length).toBeGreaterThan(0)
  })

  it('the heat map has one row per indicator and one cell per anchor', () => {
    const heat = indicatorHeat(['a', 'b'], indicators, sheets)
    expect(heat.rows.map((r) => r.cells.map((c) => (c === null ? null : Math.round(c * 1000) / 1000)))).toEqual([[0.224, 0], [0, 0]])
  })
})

describe('reviseSheet (pure)', () => {
  const rubric = diagnosticTemplate
  const codes = allIndicators(rubric).map((i) => i.code)
  const submitted: ScoreSheet = {
    submissionId: 'sub-1' as never, expertId: 'exp-1' as never, rubricVersion: rubric.version,
    entries: Object.fromEntries(codes.map((c) => [c, { level: 'C' as const }])),
    eligibility: {}, vetoFlags: {}, bonus: {}, comment: '', dimensionNotes: {}, highlights: '',
    status: 'submitted', version: 7, updatedAt: 'x', submittedAt: 'x',
  }
  it('a new version, still submitted, with the changed indicators before and after', () => {
    const { sheet, signAs, revision } = reviseSheet(rubric, submitted, [{ indicatorCode: codes[0]!, level: 'A' }, { indicatorCode: codes[1]!, level: 'C' }], ' 理由 ', NOW)
    expect(sheet).toMatchObject({ status: 'submitted', updatedAt: NOW, submittedAt: NOW })
    expect(sheet.version).toBeGreaterThan(7)
    expect(signAs).toBe(2)
    expect(sheet.signatures?.['1']).toMatchObject({ submittedVersion: 1, reopened: { by: '校准会', reason: '理由' } })
    expect(revision).toMatchObject({ reason: '理由', fromVersion: 1, toVersion: 2, changes: [{ code: codes[0], before: { level: 'C' }, after: { level: 'A' } }] })
    expect(revision.afterTotal).toBeGreaterThan(revision.beforeTotal)
    expect(submitted.entries[codes[0]!]).toEqual({ level: 'C' })
  })
  it.each([
    ['an empty reason', submitted, [{ indicatorCode: codes[0]!, level: 'A' as const }], '  ', '理由'],
    ['a draft', { ...submitted, status: 'draft' as const }, [{ indicatorCode: codes[0]!, level: 'A' as const }], '改', '尚未提交'],
    ['no change', submitted, [{ indicatorCode: codes[0]!, level: 'C' as const }], '改', '相同'],
    ['an unknown indicator', submitted, [{ indicatorCode: 'zz', level: 'A' as const }], '改', 'zz'],
    ['an empty score', submitted, [{ indicatorCode: codes[0]! }], '改', '新的等级或分数'],
  ])('refuses %s', (_l, s, changes, reason, message) => {
    expect(() => reviseSheet(rubric, s, changes, reason, NOW)).toThrow(WorkbenchError)
    expect(() => reviseSheet(rubric, s, changes, reason, NOW)).toThrow(message)
  })
})
