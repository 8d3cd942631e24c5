import type { SheetListRow } from '../../../../core/api/outputs'

/** 评分: acting as an expert, the expert's list, and the scoring form. */
export const SCORING_STRINGS = {
  actAs: '评分专家',
  expertOption: (name: string, unit: string) => `${name}（${unit}）`,
  field: (label: string, value: string) => `${label}：${value}`,
  fieldSep: '　',
  expertLine: (name: string, unit: string, title: string) => [name, [unit, title].filter(Boolean).join(' · ')].filter(Boolean).join('，'),
  actAsPlaceholder: '选择以哪位专家的身份评分',
  actAsHint: '秘书处代专家录入时，请先选择专家；评分表以该专家的名义保存。',
  chooseExpert: '请先选择评分专家',
  noExperts: '本评审活动尚无专家，请先到「专家与分配」添加。',
  noSubmissions: '本评审活动尚无申报。',
  noAssigned: '尚未分配给该专家评审的申报。',
  school: '申报单位',
  program: '专业',
  group: '协作组',
  status: '状态',
  progress: '已评指标',
  total: '总分',
  action: '操作',
  statusText: { empty: '未开始', draft: '评分中', submitted: '已提交' } satisfies Record<SheetListRow['status'], string>,
  open: { empty: '开始评分', draft: '继续评分', submitted: '查看' } satisfies Record<SheetListRow['status'], string>,
  back: '返回列表',
  expert: '评分专家',
  applicant: '申报联系人',
  totalLabel: '加权总分',
  outOf: (max: number) => `/ ${max}`,
  grade: '等次',
  gradeProvisional: '未评完，按已评指标暂计',
  scored: '已评',
  submitted: '已提交',
  draft: '草稿',
  submittedAt: (date: string) => `提交于 ${date}`,
  submit: '提交评分表',
  submitTitle: '提交评分表',
  submitText: '提交后评分表不能再修改（如需修改，须在校准会上附理由提出）。确定提交吗？',
  submitOk: '提交',
  submitCancel: '取消',
  submitIncomplete: (n: number) => `还有 ${n} 项指标未评分，全部评完才能提交`,
  submitEligibilityPending: (n: number) => `请先核查资格条件（还有 ${n} 项未核查）`,
  submittedOk: '评分表已提交',
  subtotal: (got: string, max: number) => `小计 ${got} / ${max}`,
  dimensionTitle: (code: string, name: string, points: number) => `${code} ${name}（${points} 分）`,
  points: (p: number) => `${p} 分`,
  keyMark: '★',
  keyTooltip: '关键指标：评为 D 时等次最高为合格',
  levelTooltip: (level: string, label: string, coef: number, pts: string) => `${level} ${label}（×${coef}，${pts} 分）`,
  pickHint: '键盘操作：Tab 到某一指标，按 A / B / C / D（或 1–4）选择等级并跳到下一项，Delete 清除；鼠标悬停等级可看等级描述。',
  observationPoints: '观测点',
  comment: '评审意见',
  commentPlaceholder: '写下对该申报的评审意见：主要优势、存在问题与改进建议。停止输入后自动保存。',
  readOnly: '评分表已提交，只读。',
  noComment: '（未填写评审意见）',
  needsRecheckTag: '需复核',
  recheck: (from: number, to: number) =>
    `指标体系已更新：本评分表按第 ${from} 版评分，现行为第 ${to} 版。请按新版逐项复核；下一次修改时评分表转到新版，已删去指标的评分随之清除。`,
  eligibilityTitle: '资格条件',
  eligibilityHint: '先逐项核查资格条件；任一项不符合即不予评定，其余指标无需再评。',
  pass: '符合',
  fail: '不符合',
  notRated: '不予评定',
  vetoTitle: '一票否决项',
  vetoHint: '发现否决情形时勾选并写明依据（离开输入框即保存）；经专家组 2/3 以上确认后，评审结果为不予评定。',
  raiseVeto: '提出否决',
  vetoEvidence: '否决依据',
  vetoEvidencePlaceholder: '写明发现的情形及其依据（材料名称、页码等）',
  vetoRaised: (n: number) => `已提出一票否决 ${n} 项`,
  bonusTitle: (cap: number) => `加分项（合计不超过 ${cap} 分）`,
  bonusMax: (p: number) => `最高 ${p} 分`,
  bonusInTotal: (b: string) => `含加分 ${b}`,
  pointsPlaceholder: '分数',
}

/**
 * 承诺书 (pledge): the text every expert accepts before scoring. It must match the core's PLEDGE_TEXT
 * (version 1, src/core/api/pledges/handlers.ts), which the audit log records by version.
 */
export const PLEDGE_TEXT =
  '本人自愿担任本次评审专家，郑重承诺：一、坚持公平、公正、客观原则，严格按照评审标准独立评分，不受任何单位和个人干预；' +
  '二、严格遵守保密纪律，不泄露评审材料、评审意见和评审结果，不复制、不外传申报材料；' +
  '三、如实申报回避事项：与申报单位存在任职关系、近三年曾在申报单位任职，或与申报人存在亲属、师生、合作关系等可能影响公正评审的情形，主动申请回避；' +
  '四、廉洁自律，不接受任何形式的请托和馈赠。如有违反，自愿承担相应责任。'

export const PLEDGE_STRINGS = {
  title: '评审专家承诺书',
  /** the text split before 一、二、三、四 and the closing sentence, for reading */
  paragraphs: PLEDGE_TEXT.split(/(?=[一二三四]、)|(?<=。)(?=如有违反)/),
  declaration: '回避声明',
  declarationHint: '如与本次申报单位或申报人存在需要回避的情形，请逐项写明；没有请填“无”。',
  defaultDeclaration: '无',
  signer: (name: string, unit: string, date: string) => `承诺人：${name}${unit ? `（${unit}）` : ''}　${date}`,
  sign: '签署承诺书',
  signed: '承诺书已签署',
  signedOn: (date: string) => `已于 ${date} 签署承诺书`,
  declared: (text: string) => `回避声明：${text}`,
}
