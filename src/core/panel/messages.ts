import type { RELATION_KINDS } from '../domain/workspace'

/**
 * Every user-visible string of 回避 and 分配 in one place (docs/design/style.md: "keep all user-visible strings in one
 * place per feature so an English locale can follow"). Names and units are quoted with 「」 as they were
 * entered, not normalised, so the secretariat recognises them.
 */

type RelationKind = (typeof RELATION_KINDS)[number]

export const RELATION_LABEL: Record<RelationKind, string> = {
  relative: '亲属',
  advisorStudent: '师生',
  coauthor: '合作作者',
  projectPartner: '项目合作者',
}

const q = (s: string) => `「${s}」`

function period(from: number | undefined, to: number): string {
  return from === undefined ? `至 ${to} 年` : `${from}—${to} 年`
}

export const conflictText = {
  sameUnit: (unit: string, school: string) => `专家工作单位${q(unit)}与申报单位${q(school)}相同`,
  similarUnit: (unit: string, school: string) => `专家工作单位${q(unit)}与申报单位${q(school)}名称相近，疑似同一单位`,
  formerUnit: (unit: string, from: number | undefined, to: number, years: number, school: string, same: boolean) =>
    `专家曾在${q(unit)}工作（${period(from, to)}，在 ${years} 年回避期内），` +
    (same ? `与申报单位${q(school)}相同` : `与申报单位${q(school)}名称相近，疑似同一单位`),
  relationUnit: (kind: RelationKind, name: string, year: number | undefined, unit: string, school: string, same: boolean) =>
    `专家申报的${RELATION_LABEL[kind]}${name ? q(name) : ''}${relationYear(kind, year)}所在单位${q(unit)}` +
    (same ? `与申报单位${q(school)}相同` : `与申报单位${q(school)}名称相近，疑似同一单位`),
  relationPerson: (kind: RelationKind, name: string, year: number | undefined, applicant: string) =>
    `专家申报的${RELATION_LABEL[kind]}${q(name)}${relationYear(kind, year)}与申报人${q(applicant)}同名`,
  relationPersonAtUnit: (kind: RelationKind, name: string, year: number | undefined, unit: string, school: string) =>
    `专家申报的${RELATION_LABEL[kind]}${q(name)}${relationYear(kind, year)}即申报人（所在单位${q(unit)}，申报单位${q(school)}）`,
  relationNameOnly: (kind: RelationKind, name: string, year: number | undefined, unit: string, school: string) =>
    `专家申报的${RELATION_LABEL[kind]}${q(name)}${relationYear(kind, year)}与申报人同名，但其单位${q(unit)}与申报单位${q(school)}不同，请核实是否同一人`,
  ownSubmission: (name: string, unit: string, school: string) =>
    `申报人${q(name)}即专家本人（专家单位${q(unit)}，申报单位${q(school)}）`,
  sameNameOtherUnit: (name: string, unit: string, school: string) =>
    `申报人与专家同名${q(name)}，但专家单位${q(unit)}与申报单位${q(school)}不同，请核实是否本人申报`,
  declared: (reason: string) => `专家在承诺书中申请回避：${reason}`,
  decidedConflict: (reason: string) => `秘书处认定回避：${reason}`,
  decidedNoConflict: (reason: string) => `秘书处认定无需回避：${reason}`,
}

function relationYear(kind: RelationKind, year: number | undefined): string {
  if (kind === 'relative') return ''
  return year === undefined ? '（未填年份）' : `（${year} 年）`
}

/** 2/3 → 三分之二 etc.; other shares as a percentage. */
export function shareText(share: number): string {
  const named: [number, string][] = [
    [1, '全部'],
    [2 / 3, '三分之二'],
    [1 / 2, '二分之一'],
    [3 / 4, '四分之三'],
    [3 / 5, '五分之三'],
    [1 / 3, '三分之一'],
  ]
  const hit = named.find(([v]) => Math.abs(v - share) < 1e-9)
  return hit ? hit[1] : `${Math.round(share * 1000) / 10}%`
}

export const assignText = {
  evenSize: (size: number) => `专家组人数应为奇数，当前设置为 ${size} 人`,
  tooFewExperts: (count: number, size: number) => `可用专家只有 ${count} 名，不足 ${size} 人`,
  capacity: (cap: number, total: number, needed: number) =>
    `专家负荷上限 ${cap} 份，现有专家总容量 ${total} 份，少于需要的 ${needed} 份`,
  groupCapacity: (group: string, experts: number, cap: number, total: number, submissions: number, needed: number) =>
    `${group} 组 ${experts} 名专家负荷上限各 ${cap} 份，共 ${total} 份，少于该组 ${submissions} 份申报所需的 ${needed} 份`,
  undecided: (expert: string, unit: string, submission: string, reasons: string[]) =>
    `专家${q(expert)}（${unit}）与${submission}存在疑似回避，尚未确认：${reasons.join('；')}。请秘书处先确认是否回避`,
  fewAvailable: (submission: string, count: number, size: number) =>
    `${submission}：无回避的可用专家只有 ${count} 名，不足 ${size} 人`,
  fewField: (submission: string, group: string, count: number, needed: number, size: number, share: number) =>
    `${submission}：${group} 组只有 ${count} 名无回避专家，需要 ${needed} 名（${size} 人专家组的${shareText(share)}）`,
  unitLimited: (submission: string, maxPerUnit: number, reachable: number, size: number) =>
    `${submission}：无回避专家集中在少数单位，每个单位至多 ${maxPerUnit} 人，最多只能组成 ${reachable} 人的专家组，不足 ${size} 人`,
  fieldUnitLimited: (submission: string, group: string, maxPerUnit: number, reachable: number, needed: number) =>
    `${submission}：${group} 组无回避专家集中在少数单位，每个单位至多 ${maxPerUnit} 人，最多只能选出 ${reachable} 名本组专家，需要 ${needed} 名`,
  existingBlocked: (submission: string, expert: string, reasons: string[]) =>
    `${submission}：已选专家${q(expert)}需回避（${reasons.join('；')}），请先将其移出专家组`,
  unsolved: (submission: string, detail: string) =>
    `${submission}：在负荷上限和同单位人数限制下无法组成专家组（已尝试与其他专家组调换成员）；${detail}`,
  unsolvedField: (group: string, have: number, needed: number) => `${group} 组专家只凑到 ${have} 名，需要 ${needed} 名`,
  unsolvedSize: (have: number, size: number) => `只凑到 ${have} 名专家，需要 ${size} 名`,
}
