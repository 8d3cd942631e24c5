import { describe, expect, it } from 'vitest'
import { compareUnits, normalizeUnitName, parseUnitName, type UnitMatch } from '../../../src/core/panel/unitName'
import { regionsCompatible, splitRegions } from '../../../src/core/panel/regions'

const pairs: [string, string, UnitMatch, string][] = [
  // same: equal places + core + type after normalising
  ['江苏省机械高级技工学校', '江苏机械技师学院', 'same', '高级技工学校 and 技师学院 of one school, 省 written or not'],
  ['广州市机电技师学院', '广州机电技师学院', 'same', 'city with and without 市'],
  ['广州市技师学院', '广州市高级技工学校', 'same', 'no core, same city, both school types'],
  ['广西壮族自治区机电技师学院', '广西机电技师学院', 'same', 'autonomous region suffix'],
  ['广州市机电技师学院（广州市机电高级技工学校）', '广州市机电高级技工学校', 'same', '一校两牌 alias in brackets'],
  ['湖南省 机械工业 技师学院', '湖南省机械工业技师学院', 'same', 'spaces'],
  ['ＸＹＺ技工学校', 'XYZ技校', 'same', 'full-width letters (NFKC) and 技校'],
  ['三一重工股份有限公司', '三一重工有限公司', 'same', 'company suffix variants'],
  ['北京市海淀区工业技术学校', '北京海淀区工业技术学校', 'same', 'district after a city'],
  // similar: shown to the secretariat
  ['湖南省机械工业技师学院', '机械工业技师学院', 'similar', 'province-prefixed vs not'],
  ['江苏省无锡市机械技工学校', '无锡机械技工学校', 'similar', 'province + city vs city'],
  ['深职院', '深圳职业技术学院', 'similar', '简称'],
  ['广机电', '广州市机电技师学院', 'similar', '简称'],
  ['中联重科股份有限公司', '中联重科建筑起重机械有限责任公司', 'similar', 'core contains core of ≥ 4 characters'],
  ['徐工技师学院', '徐工集团', 'similar', 'enterprise school and its company'],
  ['湖南工业职业技术学院', '湖南工业技师学院', 'similar', '高职 and 技师学院 of the same core'],
  // different
  ['广州市机电技师学院', '广州市工贸技师学院', 'different', 'two schools in one city'],
  ['广州市机电技师学院', '深圳市机电技师学院', 'different', 'same core, other city'],
  ['湖南省机械工业技师学院', '长沙市机械工业技师学院', 'different', 'province vs city: no table to relate them'],
  ['广院', '广州市机电技师学院', 'different', 'short name without a core character'],
  ['广州', '广州市机电技师学院', 'different', 'a place only'],
  ['三一集团有限公司', '三一重工股份有限公司', 'different', 'contained core shorter than 4'],
  ['技师学院', '技工学校', 'different', 'only a type names nothing'],
  ['', '广州市机电技师学院', 'different', 'empty'],
  ['上海电机学院', '上海电气集团股份有限公司', 'different', 'different cores in one city'],
]

describe('compareUnits', () => {
  it.each(pairs)('%s vs %s → %s (%s)', (a, b, expected) => {
    expect(compareUnits(a, b)).toBe(expected)
    expect(compareUnits(b, a)).toBe(expected)
  })

  it('a name is the same as itself, even when it is only a place', () => {
    for (const n of ['广州市机电技师学院', '广州', '技师学院']) expect(compareUnits(n, n)).toBe('same')
  })
})

describe('normalizeUnitName', () => {
  it('keeps places without suffix, the core, and one canonical type token', () => {
    expect(normalizeUnitName('江苏省机械高级技工学校')).toBe('江苏机械技工院校')
    expect(normalizeUnitName('江苏机械技师学院')).toBe('江苏机械技工院校')
    expect(normalizeUnitName('北京市海淀区工业技术学校')).toBe('北京海淀工业技术学校')
    expect(normalizeUnitName('三一集团有限公司')).toBe('三一企业')
    expect(normalizeUnitName('湖南工业职业技术学院')).toBe('湖南工业高职院校')
    expect(normalizeUnitName('广州市机电技师学院（广州市机电高级技工学校）')).toBe('广州机电技工院校')
  })

  it('parses places, core and type', () => {
    expect(parseUnitName('新疆维吾尔自治区乌鲁木齐市机电技师学院')).toMatchObject({ regions: ['新疆', '乌鲁木齐'], core: '机电', type: '技工院校' })
    expect(parseUnitName('株洲市机械技工学校')).toMatchObject({ regions: ['株洲'], core: '机械' })
  })

  it('does not read a core word as a place', () => {
    expect(splitRegions('城市建设技工学校').regions).toEqual([])
    expect(splitRegions('工业园区技工学校').regions).toEqual([])
    expect(splitRegions('苏州工业园区工业技术学校').regions).toEqual(['苏州', '工业园'])
  })

  it('treats place lists as compatible when one contains the other', () => {
    expect(regionsCompatible(['江苏', '无锡'], ['无锡'])).toBe(true)
    expect(regionsCompatible([], ['湖南'])).toBe(true)
    expect(regionsCompatible(['广州'], ['深圳'])).toBe(false)
  })
})
