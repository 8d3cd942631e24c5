import { BAR_COLOUR, SERIES_STYLES, type BarData, type RadarData } from './chartData'
import { CHART_FONT_FAMILIES } from './chartFonts'

/**
 * Charts as SVG strings built in core (docs/design/architecture.md "Reports": recharts does not render on the server),
 * drawn like the recharts charts on screen: a radar with rings at 20 % steps and one polygon per series,
 * and horizontal bars with their values. Text is CJK in CHART_FONT_FAMILIES; every label is escaped.
 */

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

const FONT = escapeXml(CHART_FONT_FAMILIES.join(', '))
const n1 = (x: number) => (Math.round(x * 10) / 10).toString()

function text(x: number, y: number, s: string, o: { size?: number; anchor?: 'start' | 'middle' | 'end'; fill?: string; baseline?: string } = {}): string {
  return `<text x="${n1(x)}" y="${n1(y)}" font-family="${FONT}" font-size="${o.size ?? 15}" fill="${o.fill ?? '#000000'}" text-anchor="${o.anchor ?? 'start'}"${o.baseline ? ` dominant-baseline="${o.baseline}"` : ''}>${escapeXml(s)}</text>`
}

function legend(names: readonly string[], y: number, width: number): string {
  const item = 170
  const start = (width - item * names.length) / 2
  return names
    .map((name, i) => {
      const st = SERIES_STYLES[i % SERIES_STYLES.length]!
      const x = start + i * item
      return (
        `<line x1="${n1(x)}" y1="${n1(y)}" x2="${n1(x + 32)}" y2="${n1(y)}" stroke="${st.stroke}" stroke-width="3"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>` +
        text(x + 40, y + 5, name, { size: 14 })
      )
    })
    .join('')
}

/** Shortens a label to `max` characters with "…", so long names do not run off the picture. */
function clip(s: string, max: number): string {
  return [...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s
}

export const RADAR_SIZE = { width: 900, height: 640 } as const

export function radarSvg(d: RadarData): string {
  const { width, height } = RADAR_SIZE
  const cx = width / 2
  const cy = 300
  const r = 200
  const n = d.axes.length
  const at = (i: number, v: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1)
    return [cx + Math.cos(a) * r * (v / 100), cy + Math.sin(a) * r * (v / 100)] as const
  }
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`]
  for (const ring of [20, 40, 60, 80, 100]) {
    const pts = d.axes.map((_, i) => at(i, ring).map(n1).join(',')).join(' ')
    parts.push(`<polygon points="${pts}" fill="none" stroke="#bfbfbf" stroke-width="1"/>`)
    parts.push(text(cx + 4, cy - r * (ring / 100) - 2, String(ring), { size: 11, fill: '#8c8c8c' }))
  }
  d.axes.forEach((name, i) => {
    const [x, y] = at(i, 100)
    parts.push(`<line x1="${n1(cx)}" y1="${n1(cy)}" x2="${n1(x)}" y2="${n1(y)}" stroke="#bfbfbf" stroke-width="1"/>`)
    const [lx, ly] = at(i, 117)
    const anchor = Math.abs(lx - cx) < 8 ? 'middle' : lx > cx ? 'start' : 'end'
    parts.push(text(lx, ly + 5, clip(name, 12), { size: 15, anchor }))
  })
  d.series.forEach((s, k) => {
    const st = SERIES_STYLES[k % SERIES_STYLES.length]!
    const pts = s.values.map((v, i) => at(i, Math.max(0, Math.min(100, v ?? 0))).map(n1).join(',')).join(' ')
    parts.push(
      `<polygon points="${pts}" fill="${st.fill}"${st.fill === 'none' ? '' : ` fill-opacity="${st.fillOpacity}"`} stroke="${st.stroke}" stroke-width="2.5"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`,
    )
  })
  parts.push(legend(d.series.map((s) => s.name), height - 40, width))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`
}

export const BAR_ROW = 26

export function barSvg(d: BarData): string {
  const width = 760
  const left = 300
  const right = 60
  const top = 30
  const height = top + d.bars.length * BAR_ROW + 40
  const plot = width - left - right
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`]
  for (const tick of [0, 20, 40, 60, 80, 100]) {
    const x = left + (plot * tick) / 100
    parts.push(`<line x1="${n1(x)}" y1="${top - 6}" x2="${n1(x)}" y2="${top + d.bars.length * BAR_ROW}" stroke="#e8e8e8" stroke-width="1"/>`)
    parts.push(text(x, top - 10, `${tick}%`, { size: 12, anchor: 'middle', fill: '#595959' }))
  }
  d.bars.forEach((b, i) => {
    const y = top + i * BAR_ROW
    parts.push(text(left - 8, y + BAR_ROW / 2 + 5, clip(b.label, 18), { size: 14, anchor: 'end' }))
    if (b.value !== null) {
      const w = (plot * Math.max(0, Math.min(100, b.value))) / 100
      parts.push(`<rect x="${left}" y="${n1(y + 4)}" width="${n1(w)}" height="${BAR_ROW - 8}" fill="${BAR_COLOUR}"/>`)
      parts.push(text(left + w + 6, y + BAR_ROW / 2 + 5, `${n1(b.value)}%`, { size: 13 }))
    } else {
      parts.push(text(left + 6, y + BAR_ROW / 2 + 5, '未评分', { size: 13, fill: '#8c8c8c' }))
    }
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`
}
