import type { ConflictRow } from '../../../../core/api/outputs'
import type { AssignmentLogEntry } from '../../../../core/domain/workspace'

export type ConflictTag = 'certain' | 'decidedConflict' | 'suspected' | 'decidedClear'

/** 专家与分配: 回避, panel rules, the draw, the matrix and its log (docs/design/style.md: one place per feature). */
const PREVIEW_NAMES = 5
/** 'A、B、C' up to five names; 'A、B、C、D、E 等 12 项' beyond. */
const someOf = (labels: string[]) => (labels.length <= PREVIEW_NAMES ? labels.join('、') : `${labels.slice(0, PREVIEW_NAMES).join('、')} 等 ${labels.length} 项`)

export const PANEL_STRINGS = {
  tabs: { experts: '专家', conflicts: '回避', assign: '专家组与分配', log: '分配记录' },
  // ---- 回避 ----
  conflictsIntro: '按工作单位、近年曾任职单位、申报的亲属/师生/合作关系和本人申报自动识别。疑似情形须由秘书处认定后才能抽取专家。',
  conflictsNone: '未发现回避情形',
  pending: (n: number) => `待认定 ${n} 项`,
  filterAll: '全部',
  filterPending: '待认定',
  filterCertain: '确定回避',
  filterDecided: '已认定',
  colExpert: '专家',
  colSubmission: '申报',
  colStatus: '状态',
  colReasons: '情形与依据',
  colAction: '认定',
  tag: {
    certain: '确定回避',
    decidedConflict: '已认定回避',
    suspected: '疑似回避',
    decidedClear: '已认定无需回避',
  } satisfies Record<ConflictTag, string>,
  decideConflict: '需回避',
  decideClear: '无需回避',
  redecide: '改认定',
  certainLocked: '确定回避情形不能认定为无需回避；如信息有误，请先更正专家信息。',
  decideTitle: (decision: 'conflict' | 'noConflict') => (decision === 'conflict' ? '认定为需回避' : '认定为无需回避'),
  decidePair: (expert: string, submission: string) => `${expert} — ${submission}`,
  reason: '认定理由',
  reasonRequired: '请填写认定理由',
  reasonPlaceholder: '写明核实的情况，如“经核实，同名不同人”',
  manualConflict: '手动认定回避',
  manualConflictHint: '秘书处掌握、但专家信息中没有的回避情形',
  chooseExpert: '选择专家',
  chooseSubmission: '选择申报',
  decided: '已认定',
  // ---- panel settings ----
  settingsTitle: '专家组规则',
  size: '每组专家人数',
  sizeOdd: '专家组人数应为奇数',
  fieldShare: '本领域专家占比不少于',
  maxPerUnit: '同一单位最多',
  expertCap: '每位专家最多评审',
  expertCapNone: '不限（均衡分配）',
  formerUnitYears: '曾任职单位回避年限',
  relationYears: '合作关系回避年限',
  people: '人',
  items: '份',
  years: '年',
  saveSettings: '保存规则',
  settingsSaved: '专家组规则已保存',
  blind: '盲评',
  blindHint: '开启后，专家看不到申报单位和申报人（显示为盲评编号），评审包中也不含这些信息。',
  blindOn: '已开启盲评',
  blindOff: '已关闭盲评',
  shares: [
    [1 / 2, '二分之一'],
    [3 / 5, '五分之三'],
    [2 / 3, '三分之二'],
    [3 / 4, '四分之三'],
    [1, '全部'],
    [0, '不限'],
  ] as Array<[number, string]>,
  percent: (v: number) => `${Math.round(v * 1000) / 10}%`,
  // ---- draw ----
  drawTitle: '随机抽取专家',
  seed: '随机种子',
  seedPlaceholder: '留空则随机生成',
  seedHint: '相同的种子与相同的专家、申报和规则，抽取结果相同，可复核。',
  keepExisting: '保留已有分配',
  autoAssign: '自动分配',
  // ---- draw preview (issue 9 items 1 and 17) ----
  previewTitle: (seed: string) => `按种子 ${seed} 抽取将作如下变化，确认后才会保存`,
  partialTitle: (n: number) => `可以先抽取其余申报，${n} 项申报暂不分配（原因见下表）`,
  previewCounts: (c: Record<'kept' | 'unchanged' | 'changed' | 'new' | 'notDrawn', number>) =>
    [
      c.kept && `保留 ${c.kept} 个已有评分的专家组（不会移出任何已保存或已提交的评分表）`,
      c.changed && `${c.changed} 个专家组将改变`,
      c.new && `新分配 ${c.new} 个专家组`,
      c.unchanged && `${c.unchanged} 个不变`,
      c.notDrawn && `${c.notDrawn} 项暂不分配`,
    ]
      .filter(Boolean)
      .join('；') + '。',
  previewStatus: { kept: '保留（已评分）', unchanged: '不变', changed: '将改变', new: '新分配', notDrawn: '暂不分配' },
  previewChange: '变化',
  previewBefore: '现专家组',
  previewAfter: '抽取后',
  previewWhy: '说明',
  keptWhy: (sheets: number, submitted: number) => `已有 ${sheets} 份评分表（其中已提交 ${submitted} 份），专家组保持不变`,
  previewExperts: '受影响的专家',
  // at most PREVIEW_NAMES labels each way, then the count: a first draw over 1,000 submissions gave every expert a
  // line of several hundred names (the rows above list each submission's panel in full, paged)
  previewExpert: (name: string, added: string[], removed: string[]) =>
    `${name}：${[added.length ? `加入 ${someOf(added)}` : '', removed.length ? `退出 ${someOf(removed)}` : ''].filter(Boolean).join('；')}`,
  confirmDraw: '确认抽取',
  previewCardTitle: '抽取预览（尚未保存）',
  previewBelow: '抽取结果预览见下方，确认后才会保存。',
  drawPartial: (drawn: number, left: number) => `抽取可行的 ${drawn} 项，其余 ${left} 项暂不分配`,
  cancelDraw: '取消',
  previewTotal: (n: number) => `共 ${n} 项`,
  partialDone: (n: number) => `已抽取可行部分，${n} 项申报暂未分配，请按上述原因处理后再抽取（勾选「保留已有分配」）`,
  infeasibleCount: (n: number) => `无法完成分配：有 ${n} 个问题，须先解决`,
  lastDraw: (at: string, seed: string) => `最近一次抽取：${at}，种子 ${seed}`,
  drawn: (seed: string) => `已完成随机抽取，种子 ${seed}`,
  drawHash: '结果校验值',
  drawHistory: '抽取记录',
  colAt: '时间',
  colSeed: '种子',
  colPanelSize: '每组人数',
  colCount: '申报数',
  colHash: '结果校验值',
  undecidedBlock: (n: number) => `还有 ${n} 项疑似回避待认定，认定后才能抽取。`,
  // ---- matrix ----
  matrixTitle: '分配结果',
  colSchool: '申报单位',
  colProgram: '专业',
  colGroup: '协作组',
  colPanel: '专家组',
  colSize: '人数',
  chair: '组长',
  short: '不足',
  addMember: '加入专家',
  removeMember: '移出',
  changeTitleAdd: (submission: string) => `加入专家：${submission}`,
  makeChair: '设为组长',
  changeTitleChair: (expert: string, submission: string) => `设为组长：${expert}（${submission}）`,
  changeTitleRemove: (expert: string, submission: string) => `移出专家：${expert}（${submission}）`,
  changeReason: '调整理由',
  changeReasonRequired: '手动调整分配必须填写理由',
  changeReasonPlaceholder: '如“专家因故不能参加，改由同组专家替补”',
  blockedOption: '回避',
  suspectedOption: '疑似回避，待认定',
  changed: '分配已调整',
  loadTitle: '专家负荷',
  load: (n: number) => `${n} 份`,
  noAssignments: '尚未分配。设置规则后点击「自动分配」。',
  // ---- log ----
  logTitle: '分配记录',
  colLogAction: '操作',
  colReason: '理由',
  logAction: { add: '加入', remove: '移出', draw: '随机抽取', chair: '设为组长' } satisfies Record<AssignmentLogEntry['action'], string>,
  logEmpty: '暂无记录',
  logNote: '最近 200 条',
}

/** Which tag a conflict row shows: a certain conflict outranks any decision. */
export function conflictTag(r: ConflictRow): ConflictTag {
  if (r.levels.includes('certain')) return 'certain'
  if (r.decision?.decision === 'conflict') return 'decidedConflict'
  if (r.status === 'suspected') return 'suspected'
  return 'decidedClear'
}
