import { Bar, CartesianGrid, ComposedChart, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts'
import type { CalibrationSnapshot } from '../../../../../core/domain/calibration'

/** Spread of totals per anchor: the min–max bar, each expert's total as a dot, the trimmed mean as a diamond. */
export function SpreadChart({ snapshot, names }: { snapshot: CalibrationSnapshot; names: Record<string, string> }) {
  const data = snapshot.anchors.map((a, i) => {
    const totals = Object.values(a.totals)
    return {
      name: `样卷${i + 1}`,
      full: names[a.submissionId] ?? a.submissionId,
      span: totals.length ? [Math.min(...totals), Math.max(...totals)] : null,
      trimmedMean: a.trimmedMean,
    }
  })
  const dots = snapshot.anchors.flatMap((a, i) => Object.entries(a.totals).map(([e, total]) => ({ name: `样卷${i + 1}`, total, expert: names[e] ?? e })))
  const all = dots.map((d) => d.total)
  const lo = all.length ? Math.max(0, Math.floor(Math.min(...all) / 5) * 5 - 5) : 0
  const hi = all.length ? Math.min(100, Math.ceil(Math.max(...all) / 5) * 5 + 5) : 100
  return (
    <div data-testid="chart-spread">
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" allowDuplicatedCategory={false} />
          <YAxis domain={[lo, hi]} />
          <Tooltip formatter={(v) => (Array.isArray(v) ? `${Number(v[0]).toFixed(2)} – ${Number(v[1]).toFixed(2)}` : Number(v).toFixed(2))} labelFormatter={(l, p) => p?.[0]?.payload?.full ?? l} />
          <Bar dataKey="span" name="最低—最高" fill="#bae0ff" barSize={28} isAnimationActive={false} />
          <Scatter data={dots} dataKey="total" name="专家总分" fill="#1677ff" isAnimationActive={false} />
          <Scatter dataKey="trimmedMean" name="去高低分平均" fill="#fa541c" shape="diamond" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
