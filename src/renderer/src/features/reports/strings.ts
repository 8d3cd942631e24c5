/** 报告 */
export const REPORTS_STRINGS = {
  intro: '已提交的评分表可导出为《专家评分表》（Word 文档，含逐项得分、评审意见与承诺声明）。',
  school: '申报单位',
  program: '专业',
  expert: '评分专家',
  total: '总分',
  action: '操作',
  export: '导出专家评分表',
  empty: '尚无已提交的评分表',
  exported: (name: string) => `已导出 ${name}`,
  pending: (n: number) => `另有 ${n} 份评分表尚未提交，提交后可导出。`,
}
