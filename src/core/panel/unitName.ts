import { regionsCompatible, splitRegions } from './regions'

/**
 * Unit names (工作单位, 申报单位) for 回避 (docs/domain/review-kinds.md: "unit names need normalising
 * (学院/技师学院/全称/简称)"). A name is read as  places + core + type :
 *   「江苏省机械高级技工学校」 → places [江苏], core 「机械」, type 技工院校.
 *
 * Normalising (normalizeUnitName / parseUnitName):
 * - NFKC (full-width → half-width), then bracketed text is taken out of the main name: 「XX技师学院（XX高级技工
 *   学校）」 is the usual 一校两牌 form, so bracket text of ≥ 4 characters is kept as an *alias* compared on its
 *   own; shorter bracket text (（筹）, （北京）) is dropped;
 * - spaces, punctuation and symbols are removed;
 * - leading places are split off (regions.ts) and kept without suffix (广州市 → 广州);
 * - one trailing school-type suffix is unified to 技工院校: 高级技工学校, 技工学校, 技师学院, 技工学院, 高级技校,
 *   技校 (a school that became a 技师学院 keeps its 高级技工学校 name alongside). 职业技术学院 becomes its own
 *   type 高职院校: a 高职 and a 技师学院 with the same core are often two institutions, so they compare as
 *   'similar' (rule a) for the secretariat to decide rather than as 'same', which would block without review;
 * - trailing company suffixes are stripped repeatedly and unified to 企业: 股份有限公司, 有限责任公司, 有限公司,
 *   股份公司, 总公司, 公司, 集团 (三一集团有限公司 → core 「三一」).
 * The normalised name is places + core + type, e.g. 「江苏机械技工院校」. Places are kept on purpose: dropping
 * them would make 广州市机电技师学院 and 深圳市机电技师学院 the same unit.
 *
 * compareUnits(a, b), the best result over the main names and aliases of both sides:
 * - 'same': the normalised names are equal and not only a type (「技师学院」 alone names nothing);
 *   identical compact names are always 'same'.
 * - 'similar' (shown to the secretariat as 疑似回避, never decided silently), when any of:
 *   (a) equal cores with compatible places (one place list contained in the other): 湖南省机械工业技师学院 vs
 *       机械工业技师学院, or the same core with different types (徐工技师学院 vs 徐工集团, 企业办学);
 *       an empty core counts only when both sides name places (广州市技师学院 vs 广东省广州市技师学院);
 *   (b) one core contains the other, the shorter having ≥ 4 characters, with compatible places and types
 *       (equal, or one side untyped): 中联重科 vs 中联重科建筑起重机械;
 *   (c) 简称: the shorter compact name has 2–6 characters, at most half the longer one, starts with the same
 *       character, is a subsequence of it (深职院 ⊂ 深圳职业技术学院, 广机电 ⊂ 广州市机电技师学院), is not only
 *       a place, and shares at least one character with the longer name's core when that core is non-empty
 *       (so 广院 does not match every 广州… school).
 * - 'different' otherwise, and whenever either name is empty (nothing to compare is not a match).
 * Conflicting places never match under (a) or (b), and two full names are never a 简称 of each other (c), so
 * 广州市机电技师学院 vs 深圳市机电技师学院 (place) and vs 广州市工贸技师学院 (core) stay 'different'.
 * Known limits: a province and a city in it ([湖南] vs [长沙]) are not related (no city table); two companies
 * of one group with a short core (三一集团 vs 三一重工) are 'different' — the expert should declare them.
 */

export type UnitType = '技工院校' | '高职院校' | '企业' | ''
export type UnitMatch = 'same' | 'similar' | 'different'

export interface UnitNameParts {
  /** NFKC, brackets and punctuation removed */
  compact: string
  regions: string[]
  core: string
  type: UnitType
  /** the normalised name: places + core + type */
  key: string
}

export const SCHOOL_TYPE: UnitType = '技工院校'
export const VOCATIONAL_COLLEGE_TYPE: UnitType = '高职院校'
export const COMPANY_TYPE: UnitType = '企业'

/** Longest first, so 高级技工学校 wins over 技工学校 and 技校. */
const SCHOOL_SUFFIXES: readonly (readonly [string, UnitType])[] = [
  ['高级技工学校', SCHOOL_TYPE],
  ['职业技术学院', VOCATIONAL_COLLEGE_TYPE],
  ['技工学校', SCHOOL_TYPE],
  ['技师学院', SCHOOL_TYPE],
  ['技工学院', SCHOOL_TYPE],
  ['高级技校', SCHOOL_TYPE],
  ['技工院校', SCHOOL_TYPE],
  ['技校', SCHOOL_TYPE],
]
const COMPANY_SUFFIX = /(股份有限公司|有限责任公司|有限公司|股份公司|总公司|公司|集团)$/
const BRACKETED = /[(\[{【〔〖《<]([^()[\]{}【】〔〕〖〗《》<>]*)[)\]}】〕〗》>]/g
const NOISE = /[\s\p{P}\p{S}]/gu
const ALIAS_MIN = 4
const CONTAIN_MIN = 4
const SHORT_MAX = 6

/** NFKC, no whitespace, punctuation or symbols. Also used for people's names. */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(NOISE, '')
}

function mainAndBracketed(name: string): { main: string; bracketed: string[] } {
  const bracketed: string[] = []
  let main = name.normalize('NFKC')
  for (let prev = ''; prev !== main; ) {
    prev = main
    main = main.replace(BRACKETED, (_all, inner: string) => {
      bracketed.push(inner)
      return ''
    })
  }
  return { main, bracketed }
}

function partsOf(compact: string): UnitNameParts {
  const { regions, rest } = splitRegions(compact)
  let core = rest
  let type: UnitType = ''
  const school = SCHOOL_SUFFIXES.find(([suffix]) => core.endsWith(suffix))
  if (school) {
    core = core.slice(0, -school[0].length)
    type = school[1]
  } else {
    for (let m = COMPANY_SUFFIX.exec(core); m && m[0].length < core.length; m = COMPANY_SUFFIX.exec(core)) {
      core = core.slice(0, -m[0].length)
      type = COMPANY_TYPE
    }
  }
  return { compact, regions, core, type, key: regions.join('') + core + type }
}

/** The main name read as places + core + type (bracketed text removed). */
export function parseUnitName(name: string): UnitNameParts {
  return partsOf(compactText(mainAndBracketed(name).main))
}

const variantCache = new Map<string, UnitNameParts[]>()
const CACHE_MAX = 20_000

/** The main name first, then each bracketed alias of ≥ 4 characters. Cached: pools repeat their units. */
export function unitNameVariants(name: string): UnitNameParts[] {
  const hit = variantCache.get(name)
  if (hit) return hit
  const { main, bracketed } = mainAndBracketed(name)
  const variants = [partsOf(compactText(main))]
  for (const b of bracketed) {
    const c = compactText(b)
    if (c.length >= ALIAS_MIN) variants.push(partsOf(c))
  }
  if (variantCache.size >= CACHE_MAX) variantCache.clear()
  variantCache.set(name, variants)
  return variants
}

/** The normalised main name: places + core + type, e.g. 江苏省机械高级技工学校 → 江苏机械技工院校. */
export function normalizeUnitName(name: string): string {
  return parseUnitName(name).key
}

function typesCompatible(a: UnitType, b: UnitType): boolean {
  return a === b || a === '' || b === ''
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0
  for (const ch of long) if (i < short.length && ch === short[i]) i++
  return i === short.length
}

/** Rule (c): `short` reads as a 简称 of `long`. */
function isAbbreviation(short: UnitNameParts, long: UnitNameParts): boolean {
  const s = short.compact
  const l = long.compact
  if (s.length < 2 || s.length > SHORT_MAX || s.length * 2 > l.length || s[0] !== l[0]) return false
  if (short.core === '' && short.type === '') return false // only a place
  if (!isSubsequence(s, l)) return false
  return long.core === '' || [...s].some((ch) => long.core.includes(ch))
}

function compareParts(a: UnitNameParts, b: UnitNameParts): UnitMatch {
  if (a.compact === '' || b.compact === '') return 'different'
  if (a.compact === b.compact) return 'same'
  const located = (p: UnitNameParts) => p.regions.length > 0 || p.core !== ''
  if (a.key === b.key && located(a)) return 'same'
  const places = regionsCompatible(a.regions, b.regions)
  if (places && a.core === b.core && (a.core !== '' || (a.regions.length > 0 && b.regions.length > 0))) return 'similar'
  if (places && typesCompatible(a.type, b.type)) {
    const [shorter, longer] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core]
    if (shorter.length >= CONTAIN_MIN && longer.includes(shorter)) return 'similar'
  }
  const [s, l] = a.compact.length <= b.compact.length ? [a, b] : [b, a]
  if (isAbbreviation(s, l)) return 'similar'
  return 'different'
}

const RANK: Record<UnitMatch, number> = { different: 0, similar: 1, same: 2 }

/** 'same' | 'similar' | 'different' — the rules are in the file comment. Symmetric. */
export function compareUnits(a: string, b: string): UnitMatch {
  let best: UnitMatch = 'different'
  for (const va of unitNameVariants(a)) {
    for (const vb of unitNameVariants(b)) {
      const m = compareParts(va, vb)
      if (RANK[m] > RANK[best]) best = m
      if (best === 'same') return best
    }
  }
  return best
}
