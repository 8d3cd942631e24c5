import type { CalibrationScores } from '../../../../../core/api/outputs'

/** White (everyone agrees) to red (SD half the indicator's points or more). */
function colour(x: number | null): string {
  if (x === null) return '#fafafa'
  const t = Math.min(1, x / 0.5)
  const g = Math.round(255 - 170 * t)
  return `rgb(255, ${g}, ${g})`
}

/** Disagreement by indicator (rows) and anchor (columns): the points' SD over the indicator's points. */
export function HeatMap({ heat, names }: { heat: CalibrationScores['heat']; names: Record<string, string> }) {
  return (
    <div data-testid="chart-heat">
      <table className="heat-table">
        <thead>
          <tr>
            <th>指标</th>
            {heat.anchors.map((a, i) => (
              <th key={a} title={names[a]}>
                样卷{i + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heat.rows.map((r) => (
            <tr key={r.code}>
              <td title={names[r.code]}>{names[r.code] ?? r.code}</td>
              {r.cells.map((c, i) => (
                <td key={i} style={{ background: colour(c) }} data-heat={c ?? ''}>
                  {c === null ? '—' : c.toFixed(2)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="heat-legend">颜色越深，专家对该指标的评分分歧越大（0 表示完全一致）。</div>
    </div>
  )
}
