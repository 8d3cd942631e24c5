import { z } from 'zod'

/**
 * The font names every Word report uses — one setting for the workspace (issue 13 "Layout"). GB/T 9704
 * names by default; a Windows machine without the GB fonts gets the faces Windows and Office ship.
 * The names are written into the .docx as they are; Word, WPS or LibreOffice substitutes a face it lacks.
 */
const fontName = z.string().trim().min(1, '字体名称不能为空').max(40, '字体名称不能超过 40 个字符')

export const ReportFontsSchema = z.object({
  /** body: 仿宋_GB2312 */
  body: fontName,
  /** title: 方正小标宋简体 */
  title: fontName,
  /** 一、 headings: 黑体 */
  heading: fontName,
  /** （一） headings: 楷体_GB2312 */
  subheading: fontName,
  /** page numbers: 宋体 */
  pageNumber: fontName,
})
export type ReportFonts = z.infer<typeof ReportFontsSchema>

export const REPORT_FONT_PRESETS = {
  /** docs/domain/report-format.md: the names GB/T 9704 documents are set in */
  gb: { body: '仿宋_GB2312', title: '方正小标宋简体', heading: '黑体', subheading: '楷体_GB2312', pageNumber: '宋体' },
  /** the faces Windows (and Office) have: 仿宋/黑体/楷体/宋体, 华文中宋 for the title */
  windows: { body: '仿宋', title: '华文中宋', heading: '黑体', subheading: '楷体', pageNumber: '宋体' },
} as const satisfies Record<string, ReportFonts>

export type ReportFontPreset = keyof typeof REPORT_FONT_PRESETS

export const REPORT_FONT_PRESET_LABELS: Record<ReportFontPreset, string> = {
  gb: '公文标准字体（仿宋_GB2312、方正小标宋简体、楷体_GB2312）',
  windows: 'Windows 常用字体（仿宋、华文中宋、楷体）',
}

export const DEFAULT_REPORT_FONTS: ReportFonts = REPORT_FONT_PRESETS.gb

/** Which preset a font set is, or 'custom'. */
export function presetOf(fonts: ReportFonts): ReportFontPreset | 'custom' {
  for (const [name, p] of Object.entries(REPORT_FONT_PRESETS) as Array<[ReportFontPreset, ReportFonts]>) {
    if ((Object.keys(p) as Array<keyof ReportFonts>).every((k) => p[k] === fonts[k])) return name
  }
  return 'custom'
}
