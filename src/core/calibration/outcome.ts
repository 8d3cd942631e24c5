/**
 * A statistic either has a value or says why it has none (issue 12: "a statistic that cannot be
 * computed is null with the reason"). The reason carries a code for programs and a Chinese sentence
 * for the committee; all such sentences live here so another locale can follow.
 */
export type UnavailableCode =
  | 'TOO_FEW_RATERS'
  | 'TOO_FEW_SUBJECTS'
  | 'TOO_FEW_VALUES'
  | 'NO_VARIANCE'
  | 'NO_PAIRABLE_VALUES'
  | 'NEGATIVE_RATIO_VALUES'

export interface Unavailable {
  code: UnavailableCode
  message: string
}

/** `{ value }` when computed; `{ value: null, reason }` when not. */
export type Stat<T> = { value: T; reason: null } | { value: null; reason: Unavailable }

export const computed = <T>(value: T): Stat<T> => ({ value, reason: null })
export const unavailable = <T = never>(code: UnavailableCode, message: string): Stat<T> => ({ value: null, reason: { code, message } })

/** The Chinese sentences, one place (docs/design/style.md: user-visible strings together per feature). */
export const REASONS = {
  tooFewRaters: (k: number) => `只有 ${k} 名专家的评分，至少需要 2 名专家才能计算`,
  tooFewSubjects: (n: number, dropped: number) =>
    dropped > 0
      ? `只有 ${n} 个评审对象有全部专家的评分（另有 ${dropped} 个因缺评被排除），至少需要 2 个才能计算`
      : `只有 ${n} 个评审对象，至少需要 2 个才能计算`,
  tooFewValues: (n: number, min: number) => `只有 ${n} 个评分，至少需要 ${min} 个才能计算`,
  noVariance: '所有评分相同（方差为 0），无法计算',
  noPairableValues: '没有任何评审对象得到 2 名及以上专家的评分，无法配对比较',
  negativeRatio: '比率尺度要求评分不小于 0，数据中有负值',
} as const
