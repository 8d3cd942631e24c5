import { DEFAULT_GROUPS } from '../src/core/domain/groups'

/**
 * Real-looking names for the intake and assignment benchmarks: schools, programs (each with the
 * 专业建设协作组 it belongs to, by the names of DEFAULT_GROUPS), people.
 */

const CITIES = [
  '广州', '深圳', '长沙', '株洲', '武汉', '南京', '无锡', '苏州', '杭州', '宁波', '济南',
  '青岛', '郑州', '洛阳', '成都', '西安', '沈阳', '大连', '合肥', '福州', '南宁', '昆明',
]
const CORES = ['机电', '工贸', '交通', '轻工', '建设', '电子', '信息', '汽车', '机械', '工程', '数控', '航空']

/**
 * Distinct school names, every (city, core) pair once, so no two compare 'same' or 'similar'
 * (panel/unitName.ts): different places never match, and 2-character cores are too short to contain
 * one another. Every fifth is a 高级技工学校.
 */
export function schoolNames(count: number): string[] {
  const out: string[] = []
  for (const core of CORES) for (const city of CITIES) out.push(`${city}市${core}${out.length % 5 === 4 ? '高级技工学校' : '技师学院'}`)
  if (count > out.length) throw new Error(`at most ${out.length} schools`)
  return out.slice(0, count)
}

/** 申报专业 and the index of its 协作组 in DEFAULT_GROUPS. */
export const PROGRAMS: ReadonlyArray<readonly [string, number]> = [
  ['机电一体化技术', 0],
  ['电气自动化设备安装与维修', 0],
  ['工业机器人应用与维护', 1],
  ['智能制造技术应用', 3],
  ['数控加工（数控车工）', 2],
  ['模具制造', 2],
  ['增材制造技术应用', 3],
  ['计算机网络应用', 4],
  ['人工智能技术应用', 4],
  ['新能源汽车检测与维修', 5],
  ['汽车维修', 5],
  ['工业设计', 6],
]

export const groupName = (index: number): string => DEFAULT_GROUPS[index]!.name

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌晓玲'

/** A person's name of 2–3 characters. */
export function personName(rnd: () => number): string {
  const pick = (s: string) => s[Math.floor(rnd() * s.length)]!
  return pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : '')
}

/** `count` distinct (school, program) pairs: each school applies with `perSchool` of the programs. */
export function rosterPairs(count: number, perSchool: number, rnd: () => number): Array<{ school: string; program: string; group: number }> {
  const schools = schoolNames(Math.ceil(count / perSchool))
  const out: Array<{ school: string; program: string; group: number }> = []
  for (const school of schools) {
    const offset = Math.floor(rnd() * PROGRAMS.length)
    for (let k = 0; k < perSchool && out.length < count; k++) {
      const [program, group] = PROGRAMS[(offset + k * 5) % PROGRAMS.length]!
      out.push({ school, program, group })
    }
  }
  return out
}
