import { Resvg } from '@resvg/resvg-js'
import { chartFontChoice } from './chartFonts'

/**
 * An SVG chart as PNG bytes, without a browser (@resvg/resvg-js), at `scale` × its own size so it
 * prints sharp. With a known CJK font file only that file is loaded (chartFonts.ts); otherwise the
 * system's fonts, with the first CJK family as the default.
 */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const { files, family } = chartFontChoice()
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 760)
  const r = new Resvg(svg, {
    font: files.length ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family } : { loadSystemFonts: true, defaultFontFamily: family },
    fitTo: { mode: 'width', value: width * scale },
    background: '#ffffff',
  })
  return new Uint8Array(r.render().asPng())
}
