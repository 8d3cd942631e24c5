import type { ReviewKind } from '../../domain/rubric'
import { subjectKindFor, type SubjectKind } from '../../domain/subject'

/** Every field a roster column can fill, over all review kinds. */
export const ROSTER_FIELDS = [
  'school',
  'program',
  'group',
  'applicant',
  'name',
  'gender',
  'birthYear',
  'title',
  'post',
  'years',
  'contact',
  'hours',
  'team',
  'authors',
  'units',
] as const
export type RosterField = (typeof ROSTER_FIELDS)[number]

export interface RosterFieldDef {
  field: RosterField
  /** what the user sees: the column it usually is in a 申报汇总表 */
  label: string
  required: boolean
}

/** For an achievement, the 申报单位 may be left to the first 完成单位 (one of the two is required). */
export const SCHOOL_OR_UNITS = 'schoolOrUnits'

const F = (field: RosterField, label: string, required = false): RosterFieldDef => ({ field, label, required })

/**
 * The roster fields of each subject kind, in the order the mapping step shows them. The labels are
 * the headers a secretary writes: 姓名/性别/出生年份/职称/职务/专业（工种）/教龄, 课程名称/学时/团队成员,
 * 成果名称/完成人（按顺序）/完成单位.
 */
export const FIELDS_BY_SUBJECT: Record<SubjectKind, readonly RosterFieldDef[]> = {
  program: [F('school', '学校', true), F('program', '专业', true), F('group', '协作组', true), F('applicant', '申报人')],
  person: [
    F('school', '学校', true),
    F('name', '姓名', true),
    F('program', '专业（工种）', true),
    F('group', '协作组', true),
    F('gender', '性别'),
    F('birthYear', '出生年份'),
    F('title', '职称'),
    F('post', '职务'),
    F('years', '教龄/一线工作年限'),
    F('contact', '联系方式'),
  ],
  course: [
    F('school', '学校', true),
    F('name', '课程名称', true),
    F('program', '专业', true),
    F('group', '协作组', true),
    F('hours', '学时'),
    F('team', '团队成员'),
    F('applicant', '课程负责人'),
  ],
  achievement: [
    F('name', '成果名称', true),
    F('authors', '完成人（按顺序）', true),
    F('units', '完成单位'),
    F('school', '申报单位'),
    F('group', '协作组', true),
    F('program', '所属专业'),
  ],
}

export function rosterFieldsFor(kind: ReviewKind): readonly RosterFieldDef[] {
  return FIELDS_BY_SUBJECT[subjectKindFor(kind)]
}

/** "张三、李四，王五" → ['张三', '李四', '王五']: 顿号, commas, semicolons, slashes or line breaks, order kept. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；/／\n]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** A whole number written as "12", "12年", "64学时", "1978", "1978年5月", "1978-05" → its leading integer; undefined if none. */
export function leadingInteger(text: string): number | undefined {
  const m = /^(\d{1,5})(?:\s*(?:年|学时|课时|个月)?|[-./年].*)$/u.exec(text.normalize('NFKC').trim())
  return m ? Number(m[1]) : undefined
}
