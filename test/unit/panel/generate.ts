import type { ExpertId, GroupId, SubmissionId } from '../../../src/core/domain/ids'
import type { Expert, PanelSettings, Submission } from '../../../src/core/domain/workspace'
import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'
import { mulberry32 } from '../../../src/core/util/prng'

/** Test data for the draw: real-looking units, 7 协作组, some experts from the submitting schools. */

export const GROUP_NAMES: Record<string, string> = Object.fromEntries(DEFAULT_GROUPS.map((g) => [g.id, g.name]))
const GROUPS = DEFAULT_GROUPS.map((g) => g.id)

const CITIES = ['广州', '深圳', '长沙', '株洲', '武汉', '南京', '无锡', '苏州', '杭州', '宁波', '济南', '青岛', '郑州', '洛阳', '成都', '西安']
const CORES = ['机电', '工贸', '交通', '轻工', '建设', '电子', '信息', '汽车', '机械', '工程', '数控', '航空']

/** Distinct school names: every (city, core) pair once, so no two of them compare 'same' or 'similar'. */
export function schoolNames(count: number): string[] {
  const out: string[] = []
  for (const core of CORES) for (const city of CITIES) out.push(`${city}市${core}技师学院`)
  if (count > out.length) throw new Error(`at most ${out.length} schools`)
  return out.slice(0, count)
}

export const defaultSettings = (over: Partial<PanelSettings> = {}): PanelSettings => ({
  size: 5,
  fieldShare: 2 / 3,
  maxPerUnit: 2,
  expertCap: null,
  formerUnitYears: 3,
  relationYears: 3,
  ...over,
})

export function expert(id: string, unit: string, groups: string[], over: Partial<Expert> = {}): Expert {
  return {
    id: id as ExpertId,
    name: `专家${id}`,
    unit,
    title: '',
    groupIds: groups as GroupId[],
    contact: '',
    formerUnits: [],
    relations: [],
    fields: [],
    ...over,
  }
}

export function submission(id: string, school: string, group: string, over: Partial<Submission> = {}): Submission {
  return {
    id: id as SubmissionId,
    school,
    program: `专业${id}`,
    groupId: group as GroupId,
    applicant: '',
    subject: { kind: 'program' },
    createdAt: '2025-03-01T00:00:00.000Z',
    materials: [],
    extra: {},
    ...over,
  }
}

/**
 * `subs` submissions spread over the 7 groups and over `schools` schools; `experts` experts, group sizes
 * proportional to the groups' submissions (each expert in one group, every third in a second one), units
 * drawn from the first third of the schools (so same-unit conflicts and the unit cap both occur), and a few
 * former units and relations that fall inside and outside the 3-year windows.
 */
export function generateInstance(subs: number, experts: number, seed = 7, schools = 60) {
  const rnd = mulberry32(seed)
  const names = schoolNames(schools)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!
  const submissions = Array.from({ length: subs }, (_v, i) =>
    submission(`s${i}`, pick(names), GROUPS[i % GROUPS.length]!, { applicant: `申报人${i}` }),
  )
  const expertUnits = names.slice(0, Math.ceil(schools / 3))
  const pool = Array.from({ length: experts }, (_v, i) => {
    const groups = [GROUPS[i % GROUPS.length]!]
    if (i % 3 === 0) groups.push(GROUPS[(i + 3) % GROUPS.length]!)
    const over: Partial<Expert> = {}
    if (i % 5 === 0) over.formerUnits = [{ unit: pick(names), from: 2015, to: 2020 + (i % 7) }]
    if (i % 7 === 0) over.relations = [{ kind: 'coauthor', name: `申报人${Math.floor(rnd() * subs)}`, unit: '', year: 2019 + (i % 6) }]
    return expert(`e${i}`, pick(expertUnits), groups, over)
  })
  return { submissions, experts: pool }
}
