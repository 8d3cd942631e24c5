/**
 * The layout of the 指标体系 workbook, shared by the writer (xlsx.ts) and the reader
 * (xlsxRead.ts, xlsxBuild.ts): sheet names, headers in order, the caps on what is read,
 * and the cell-text escaping Excel itself uses.
 */
import type { Level } from '../../domain/rubric'

export const SHEET = {
  tree: '指标体系',
  info: '基本信息',
  levels: '等级',
  bands: '等次',
  awards: '奖项等级',
  eligibility: '资格条件',
  bonus: '加分项',
} as const

/** The 指标体系 columns, in the order they are written (A … O). */
export const TREE_HEADERS = [
  '编号',
  '一级指标',
  '二级指标',
  '观测点',
  '分值',
  '评分方式',
  'A 描述',
  'B 描述',
  'C 描述',
  'D 描述',
  '★',
  '否决',
  '佐证材料',
  '性质',
  '现场核查',
] as const
export type TreeHeader = (typeof TREE_HEADERS)[number]

export const DESCRIPTOR_HEADER: Record<Level, TreeHeader> = { A: 'A 描述', B: 'B 描述', C: 'C 描述', D: 'D 描述' }

export const INFO_HEADERS = ['项目', '内容'] as const
/** 基本信息 has a third, free column the reader ignores (the Chinese label of the review kind, hints). */
export const INFO_NOTE_HEADER = '说明'
export const INFO_ITEMS = ['名称', '评审类型', '版本', '总分', '结果说明', '加分上限', '编号'] as const
export type InfoItem = (typeof INFO_ITEMS)[number]

export const LEVEL_HEADERS = ['等级', '名称', '系数'] as const
export const BAND_HEADERS = ['等次', '名称', '下限'] as const
export const AWARD_HEADERS = ['编号', '名称', '下限', '需票决'] as const
/** Optional columns: written always, read when present (older files lack them). */
export const BAND_OPTIONAL_HEADERS = ['确认后使用'] as const
export const AWARD_OPTIONAL_HEADERS = ['名额上限', '比例上限', '确认后使用'] as const
export const ELIGIBILITY_HEADERS = ['编号', '内容'] as const
export const BONUS_HEADERS = ['编号', '名称', '分值', '佐证材料'] as const

export const SCALE_LABEL = { levels: '等级', points: '分数' } as const
export const NATURE_LABEL = { qualitative: '定性', quantitative: '定量' } as const
export const KEY_MARK = '★'
export const YES = '是'
export const NO = '否'

/** Caps of the reader (docs/design/hostile-inputs.md, spreadsheets). */
export const LIMITS = {
  bytes: 5 * 1024 * 1024,
  sheets: 20,
  rowsPerSheet: 5_000,
  columns: 30,
  cellChars: 5_000,
  /** zip container: entries and declared + actual inflated bytes, checked before exceljs sees the file */
  zipEntries: 1_000,
  zipInflatedBytes: 50 * 1024 * 1024,
  /** problems listed before the reader gives up listing more */
  problems: 200,
} as const

/** 1 → "A", 27 → "AA" (column letters as Excel shows them). */
export function columnLetter(n: number): string {
  let s = ''
  let x = Math.floor(n)
  while (x > 0) {
    const r = (x - 1) % 26
    s = String.fromCharCode(65 + r) + s
    x = Math.floor((x - 1) / 26)
  }
  return s
}

// Characters XML 1.0 cannot carry (C0 controls but TAB and LF, CR which parsers turn into LF,
// U+FFFE/U+FFFF and lone surrogates). Excel writes them as _xHHHH_; so do we.
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const XML_UNSAFE = /[\u0000-\u0008\u000B-\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g

/**
 * Text as it goes into a cell, the OOXML way: a literal "_xHHHH_" becomes "_x005F_xHHHH_" and a
 * character XML cannot hold (CR, other controls) becomes "_xHHHH_". Excel, WPS and openpyxl decode
 * this, so the user sees the original text, and `decodeCellText` restores it exactly.
 */
export function encodeCellText(s: string): string {
  return s
    .replace(ESCAPE_LIKE, '_x005F_$1')
    .replace(XML_UNSAFE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
}

/** Inverse of `encodeCellText`; also decodes what Excel wrote (exceljs leaves `_xHHHH_` as it is). */
export function decodeCellText(s: string): string {
  return s.includes('_x') ? s.replace(ESCAPED, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : s
}
