/** 概览 */
export const OVERVIEW_STRINGS = {
  submissions: '申报',
  experts: '专家',
  sheets: '已提交评分表',
  completion: '完成率',
  byExpert: '各专家进度',
  bySubmission: '各申报进度',
  attention: '需要关注',
  expert: '专家',
  submission: '申报',
  progress: '进度',
  none: '暂无',
  allClear: '暂无需要处理的事项',
  flagged: (expert: string, school: string, program: string, deviation: string) =>
    `${expert} 对「${school} · ${program}」的评分偏离合成结果 ${deviation} 分，超过 15 分，需复议`,
  missing: (n: number) => `还有 ${n} 份评分表未提交`,
  noExperts: '尚未添加专家：请到「专家与分配」添加',
  noSubmissions: '尚无申报：请到「申报与材料」新增',
  pledgesMissing: (names: string) => `以下专家尚未签署承诺书，签署前不能评分：${names}`,
  conflictsUndecided: (n: number) => `有 ${n} 处疑似回避尚未认定：请到「专家与分配 · 回避」处理（认定前不能随机抽取）`,
  conflictDeclared: (expert: string, submission: string) => `专家 ${expert} 在承诺书中申请回避 ${submission}，待认定（认定前该专家不能评该项）`,
  noPanel: (n: number) => `有 ${n} 项申报尚未分配专家组`,
  notRated: (school: string, program: string, reason: string) => `「${school} · ${program}」不予评定：${reason}`,
  vetoPending: (school: string, program: string, text: string, count: number, needed: number) =>
    `「${school} · ${program}」有专家提出一票否决「${text}」（${count} 票，需 ${needed} 票确认）`,
}
