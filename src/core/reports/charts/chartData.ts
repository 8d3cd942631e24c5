/**
 * The data of a diagnosis's charts, as the API hands it to the screen (recharts) and as the SVG
 * builders draw it for Word: one object, so the two show the same numbers (issue 13).
 */
export interface RadarSeries {
  /** 本专业 · 联盟平均 · 最佳院校（匿名） · 上次诊断 */
  name: string
  /** achievement per axis, 0–100; null where there is no score */
  values: Array<number | null>
}

export interface RadarData {
  /** 一级指标 names, clockwise from the top */
  axes: string[]
  series: RadarSeries[]
}

export interface BarData {
  /** 二级指标 "1.1 产业需求调研与专业定位" with its achievement, 0–100 */
  bars: Array<{ label: string; value: number | null }>
}

/** Series styles, shared by recharts on screen and the SVG in Word (same colours, same dashes). */
export const SERIES_STYLES = [
  { stroke: '#1f4e9c', fill: '#1f4e9c', fillOpacity: 0.25, dash: '' },
  { stroke: '#d4380d', fill: 'none', fillOpacity: 0, dash: '8 4' },
  { stroke: '#389e0d', fill: 'none', fillOpacity: 0, dash: '2 3' },
  { stroke: '#8c8c8c', fill: 'none', fillOpacity: 0, dash: '12 3 2 3' },
] as const

export const BAR_COLOUR = '#1f4e9c'
