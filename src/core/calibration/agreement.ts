import { icc, ICC_FORMS, type IccForm } from './icc'
import { iccOneWayPanels } from './iccPanels'
import { kendallW } from './kendallW'
import { ALPHA_LEVELS, krippendorffAlphaAll, type AlphaLevel } from './krippendorff'
import { raterCount, withoutEmptyRaters, type RatingsMatrix } from './matrix'
import type { Unavailable } from './outcome'

/**
 * Every agreement statistic of one ratings matrix, flattened for JSON (CLI, documents): a number or
 * null per statistic, and `reasons` naming why each null is null. Missing ratings: ICC and Kendall's W
 * use listwise deletion (subjects with a missing rating are left out; `subjectsUsed` says how many
 * remain); `iccPanels` (one-way ICC(1) for panel designs) and Krippendorff's alpha use every subject
 * with at least 2 ratings. Raters who rated nothing are left out of
 * all three first (`ratersUsed`), so one expert without a submitted sheet does not empty the table.
 */
export interface AgreementReport {
  subjects: number
  raters: number
  ratersUsed: number
  icc: (Record<IccForm, number | null> & { subjectsUsed: number; subjectsDropped: number }) | null
  /** ICC(1) over every subject with ≥ 2 ratings, whatever its panel (S&F Case 1; see iccOneWayPanels) */
  iccPanels: { ICC1: number; ICC1k: number; k0: number; subjectsUsed: number } | null
  kendallW: { W: number; chi2: number; df: number; p: number; subjectsUsed: number; subjectsDropped: number } | null
  alpha: Record<AlphaLevel, number | null> & { pairableValues: number }
  /** keyed `icc`, `icc.ICC3`, `kendallW`, `alpha.ratio` … */
  reasons: Record<string, Unavailable>
}

export function agreementReport(all: RatingsMatrix): AgreementReport {
  const m = withoutEmptyRaters(all).matrix
  const reasons: Record<string, Unavailable> = {}
  const i = icc(m)
  let iccOut: AgreementReport['icc'] = null
  if (i.value === null) reasons.icc = i.reason
  else {
    const forms = {} as Record<IccForm, number | null>
    for (const f of ICC_FORMS) {
      const s = i.value.forms[f]
      forms[f] = s.value
      if (s.value === null) reasons[`icc.${f}`] = s.reason
    }
    iccOut = { ...forms, subjectsUsed: i.value.anova.n, subjectsDropped: i.value.anova.dropped }
  }
  const p = iccOneWayPanels(m)
  if (p.value === null) reasons.iccPanels = p.reason
  const w = kendallW(m)
  if (w.value === null) reasons.kendallW = w.reason
  const alpha = { pairableValues: 0 } as AgreementReport['alpha']
  const alphas = krippendorffAlphaAll(m)
  for (const level of ALPHA_LEVELS) {
    const a = alphas[level]
    alpha[level] = a.value?.alpha ?? null
    if (a.value === null) reasons[`alpha.${level}`] = a.reason
    else alpha.pairableValues = a.value.pairable
  }
  return {
    subjects: m.length,
    raters: raterCount(all),
    ratersUsed: raterCount(m),
    icc: iccOut,
    iccPanels: p.value && { ICC1: p.value.ICC1, ICC1k: p.value.ICC1k, k0: p.value.k0, subjectsUsed: p.value.n },
    kendallW: w.value && { W: w.value.W, chi2: w.value.chi2, df: w.value.df, p: w.value.p, subjectsUsed: w.value.n, subjectsDropped: w.value.dropped },
    alpha,
    reasons,
  }
}
