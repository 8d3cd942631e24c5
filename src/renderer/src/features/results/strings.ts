import type { AggregationRule } from '../../../../core/domain/workspace'

/** 结果与评定 */
export const RESULTS_STRINGS = {
  rule: '合成规则',
  submission: '申报单位 / 专业',
  group: '协作组',
  expertScores: '各专家评分',
  submitted: '已提交',
  applied: '规则',
  result: '合成结果',
  grade: '等次',
  rank: '排名',
  empty: '尚无申报',
  noExperts: '尚无专家',
  ruleName: { mean: '算术平均', trimmedMean: '去高低分后平均' } satisfies Record<AggregationRule, string>,
  fellBack: '取平均',
  fellBackWhy: (n: number) => `仅 ${n} 名专家提交，不足 5 名，不去掉最高分和最低分，取平均`,
  dropped: (hi: string, lo: string) => `去掉最高分 ${hi}、最低分 ${lo}`,
  deviation: (d: string) => `偏离合成结果 ${d} 分，超过 15 分，需复议`,
  draft: '评分中，未提交，不计入结果',
  notStarted: '未评分',
  flaggedCount: (n: number) => `${n} 个评分偏离合成结果超过 15 分（红色标出），需复议`,
  refresh: '刷新',
}
