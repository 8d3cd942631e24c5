import { existsSync } from 'node:fs'

/**
 * The CJK faces charts are drawn in, in order of preference: Linux (Noto Sans CJK, fonts-noto-cjk),
 * Windows (微软雅黑, 黑体), macOS (苹方). Written into the SVG as a family list; resvg picks the first
 * one it has.
 */
export const CHART_FONT_FAMILIES = ['Droid Sans Fallback', 'Noto Sans CJK SC', 'Microsoft YaHei', 'SimHei', 'PingFang SC'] as const

/**
 * Font files tried before asking resvg to load every system font. Measured here (bar chart of 24
 * labels, loaded machine): every system font ~1.1 s per text before drawing anything; the CFF outlines
 * of Noto Sans CJK ~8.7 s a chart; the TrueType Droid Sans Fallback ~1.1 s. So TrueType faces first
 * (Linux Droid Sans Fallback, Windows 微软雅黑/黑体), Noto CJK and 苹方 after. The first that exists is used.
 */
export const CHART_FONT_FILES = [
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simhei.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/System/Library/Fonts/PingFang.ttc',
] as const

let chosen: { files: string[]; family: string } | null = null

/** The font files and default family resvg should use on this machine (looked up once). */
export function chartFontChoice(): { files: string[]; family: string } {
  if (!chosen) {
    const file = CHART_FONT_FILES.find((f) => existsSync(f))
    const family = !file
      ? CHART_FONT_FAMILIES[0]
      : /msyh/i.test(file)
        ? 'Microsoft YaHei'
        : /simhei/i.test(file)
          ? 'SimHei'
          : /PingFang/.test(file)
            ? 'PingFang SC'
            : /Droid/.test(file)
              ? 'Droid Sans Fallback'
              : 'Noto Sans CJK SC'
    chosen = { files: file ? [file] : [], family }
  }
  return chosen
}
