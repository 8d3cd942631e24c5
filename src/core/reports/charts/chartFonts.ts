import { existsSync } from 'node:fs'

/**
 * The faces charts are drawn in, as the SVG's family list: a Latin face for digits and letters, then
 * CJK faces — Linux (Droid Sans Fallback, Noto Sans CJK), Windows (微软雅黑, 黑体), macOS (苹方). resvg
 * takes each glyph from the first listed face that has it.
 */
export const CHART_FONT_FAMILIES = ['DejaVu Sans', 'Arial', 'Droid Sans Fallback', 'Microsoft YaHei', 'SimHei', 'PingFang SC', 'Noto Sans CJK SC'] as const

/** Latin faces (Droid Sans Fallback has no digits: they would be tofu). */
export const CHART_LATIN_FILES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'C:\\Windows\\Fonts\\arial.ttf', '/System/Library/Fonts/Supplemental/Arial.ttf'] as const

/**
 * CJK font files, tried before asking resvg to load every system font. Measured here (bar chart of 24
 * labels, loaded machine): every system font ~1.1 s per text before drawing anything; the CFF outlines
 * of Noto Sans CJK ~8.7 s a chart; the TrueType Droid Sans Fallback ~1.1 s. So TrueType faces first
 * (Linux Droid Sans Fallback, Windows 微软雅黑/黑体), Noto CJK and 苹方 after. The first that exists is used.
 */
export const CHART_CJK_FILES = [
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simhei.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/System/Library/Fonts/PingFang.ttc',
] as const

let chosen: { files: string[]; family: string } | null = null

/**
 * The font files resvg should load on this machine (looked up once): one Latin and one CJK file when
 * both exist; none (resvg then loads the system's fonts) when no CJK file is found.
 */
export function chartFontChoice(): { files: string[]; family: string } {
  if (!chosen) {
    const cjk = CHART_CJK_FILES.find((f) => existsSync(f))
    const latin = CHART_LATIN_FILES.find((f) => existsSync(f))
    chosen = cjk ? { files: latin ? [latin, cjk] : [cjk], family: latin ? (/dejavu/i.test(latin) ? 'DejaVu Sans' : 'Arial') : CHART_FONT_FAMILIES[2] } : { files: [], family: 'Noto Sans CJK SC' }
  }
  return chosen
}
