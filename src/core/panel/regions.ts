/**
 * Leading place names in Chinese unit names (江苏省…, 广州市…, 北京市海淀区…), so that 「广州市机电技师学院」
 * and 「广州机电技师学院」 compare as the same unit and 「湖南省机械工业技师学院」 as similar to
 * 「机械工业技师学院」 (docs/domain/review-kinds.md, 回避: unit names need normalising).
 *
 * Rules, applied repeatedly from the start of an already compacted name (no spaces or punctuation):
 * 1. a known name (the 31 provincial-level units, a list of major cities, and 中国) with an optional
 *    administrative suffix (省, 市, 自治区 and its 壮族/回族/维吾尔 forms, 特别行政区);
 * 2. a generic 2–3 character name followed by 省 or 市 (e.g. 株洲市, 马鞍山市 when not listed);
 * 3. only after a place was stripped: a generic 2–3 character name followed by 区 or 县
 *    (海淀区, 浦东新区), or up to 8 characters followed by 自治州/自治县 — not at the very start, so a
 *    core such as 「工业园区…」 is not eaten when nothing place-like precedes it.
 * The place names are returned without their suffix (广州市 → 广州), so 广州市 and 广州 agree.
 *
 * Known limits: cities not listed and written without 市 stay in the core (「株洲机械」); a one-character
 * provincial abbreviation (湘, 粤) is not recognised. 中山 is deliberately not listed (中山大学 is in 广州).
 */

/** Provincial-level units (直辖市, 省, 自治区), mainland only. */
export const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '内蒙古', '广西',
  '西藏', '宁夏', '新疆',
] as const

/** Provincial capitals and cities with many machinery schools and firms; commonly written without 市. */
export const CITIES = [
  '石家庄', '唐山', '保定', '邯郸', '太原', '大同', '呼和浩特', '包头', '沈阳', '大连', '鞍山', '抚顺', '长春',
  '哈尔滨', '齐齐哈尔', '大庆', '南京', '无锡', '徐州', '常州', '苏州', '南通', '扬州', '镇江', '杭州', '宁波',
  '温州', '绍兴', '台州', '嘉兴', '金华', '合肥', '芜湖', '马鞍山', '福州', '厦门', '泉州', '南昌', '九江', '济南',
  '青岛', '淄博', '烟台', '潍坊', '临沂', '郑州', '洛阳', '新乡', '武汉', '十堰', '襄阳', '宜昌', '长沙', '株洲',
  '湘潭', '衡阳', '广州', '深圳', '佛山', '东莞', '珠海', '南宁', '柳州', '桂林', '海口', '三亚', '成都', '绵阳',
  '德阳', '自贡', '宜宾', '贵阳', '遵义', '昆明', '西安', '宝鸡', '兰州', '西宁', '银川', '乌鲁木齐', '拉萨',
] as const

/** A national prefix (中国机械工业联合会 vs 机械工业联合会) is treated like a place. */
const NATIONAL = ['中国'] as const

const SUFFIX = '(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)?'
const knownNames = [...PROVINCES, ...CITIES, ...NATIONAL].sort((a, b) => b.length - a.length)
const KNOWN = new RegExp(`^(${knownNames.join('|')})${SUFFIX}`)
const GENERIC_TOP = /^(.{2,3}?)(?:省|市)/
const GENERIC_SUB = /^(.{2,3}?)(?:新区|区|县)/
const AUTONOMOUS = /^(.{2,8}?)自治(?:州|县)/

export interface RegionSplit {
  /** place names in order, without their administrative suffix */
  regions: string[]
  /** what follows the places */
  rest: string
}

/**
 * Splits leading place names off a compacted unit name. Never strips the whole name: a name that is only a
 * place (「广州市」) keeps nothing as rest and the place in regions, which callers treat as "no core".
 */
export function splitRegions(compact: string): RegionSplit {
  const regions: string[] = []
  let rest = compact
  for (;;) {
    const m = KNOWN.exec(rest) ?? GENERIC_TOP.exec(rest) ?? (regions.length > 0 ? (GENERIC_SUB.exec(rest) ?? AUTONOMOUS.exec(rest)) : null)
    if (!m) break
    regions.push(m[1]!)
    rest = rest.slice(m[0].length)
  }
  return { regions, rest }
}

/**
 * Two place lists are compatible when one is contained in the other (as sets): [江苏, 无锡] and [无锡],
 * [湖南] and [] are compatible; [广州] and [深圳], or [广东] and [广州] (no city→province table) are not.
 */
export function regionsCompatible(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  return small.every((r) => large.includes(r))
}
