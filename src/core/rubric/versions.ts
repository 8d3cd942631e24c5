import type { Rubric } from '../domain/rubric'
import type { Campaign, ScoreSheet } from '../domain/workspace'
import { allIndicators } from './indicators'
import { STANDARD_GRADE_BANDS, STANDARD_LEVELS } from './templates/common'

/** The rubric a sheet was scored under: the current one, or an earlier version from the history. */
export function rubricFor(campaign: Campaign, version: number): Rubric {
  if (campaign.rubric.version === version) return campaign.rubric
  return campaign.rubricHistory.find((h) => h.rubric.version === version)?.rubric ?? campaign.rubric
}

/** A sheet scored under an earlier version must be checked again by its expert. */
export function needsRecheck(campaign: Campaign, sheet: Pick<ScoreSheet, 'rubricVersion'>): boolean {
  return sheet.rubricVersion < campaign.rubric.version
}

/**
 * Moves a draft sheet to the current rubric: keeps the scores of indicators, eligibility items,
 * vetoes and bonus items that still exist, and drops the rest (the expert sees them as unscored).
 */
export function moveSheetToRubric<S extends ScoreSheet>(sheet: S, rubric: Rubric): S {
  const codes = new Set(allIndicators(rubric).map((i) => i.code as string))
  const keep = <T>(rec: Record<string, T>, ok: (k: string) => boolean) =>
    Object.fromEntries(Object.entries(rec).filter(([k]) => ok(k))) as Record<string, T>
  return {
    ...sheet,
    rubricVersion: rubric.version,
    entries: keep(sheet.entries, (k) => codes.has(k)),
    eligibility: keep(sheet.eligibility, (k) => rubric.eligibility.some((e) => e.code === k)),
    vetoFlags: keep(sheet.vetoFlags, (k) => rubric.vetoes.some((v) => v.code === k)),
    bonus: keep(sheet.bonus, (k) => !!rubric.bonus?.items.some((b) => b.code === k)),
  }
}

/** A minimal sound rubric to start from scratch: one 一级指标 with one 二级指标 of 100 points. */
export function blankRubric(kind: Rubric['kind'], id: string): Rubric {
  return {
    id,
    name: '自定义指标体系',
    kind,
    version: 1,
    total: 100,
    levels: [...STANDARD_LEVELS],
    gradeBands: [...STANDARD_GRADE_BANDS],
    dimensions: [
      {
        code: '1',
        name: '一级指标一',
        points: 100,
        indicators: [
          {
            code: '1.1' as Rubric['dimensions'][number]['indicators'][number]['code'],
            name: '二级指标一',
            points: 100,
            key: false,
            scale: 'levels',
            descriptors: { A: '全面达到要求，成效显著', B: '较好达到要求', C: '基本达到要求，存在明显不足', D: '未达到要求' },
            observationPoints: [],
          },
        ],
      },
    ],
    vetoes: [],
    eligibility: [],
    awardLevels: [],
    resultNote: '',
  }
}
