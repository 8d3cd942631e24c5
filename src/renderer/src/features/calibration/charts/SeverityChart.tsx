import { CartesianGrid, ComposedChart, ErrorBar, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts'
import type { CalibrationSnapshot } from '../../../../../core/domain/calibration'

/** Each expert's severity (mean deviation from the panel) with its 95 % interval; the zero line is "as the panel". */
export function SeverityChart({ snapshot, names }: { snapshot: CalibrationSnapshot; names: Record<string, string> }) {
  const data = snapshot.experts
    .filter((e) => e.mean !== null && e.lower !== null && e.upper !== null)
    .map((e) => ({ name: names[e.expertId] ?? e.expertId, mean: e.mean!, err: [e.mean! - e.lower!, e.upper! - e.mean!], flagged: e.lower! > 0 || e.upper! < 0 }))
  if (data.length === 0) return <div className="muted" data-testid="chart-severity">样卷不足 2 份，无法估计宽严度区间。</div>
  return (
    <div data-testid="chart-severity">
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis />
          <ReferenceLine y={0} stroke="#8c8c8c" />
          <Tooltip formatter={(v, _n, p) => (Array.isArray(v) ? null : `${Number(v).toFixed(2)}（${(p.payload.mean - p.payload.err[0]).toFixed(2)} 至 ${(p.payload.mean + p.payload.err[1]).toFixed(2)}）`)} />
          <Scatter dataKey="mean" name="平均偏差" fill="#1677ff" isAnimationActive={false}>
            <ErrorBar dataKey="err" width={6} strokeWidth={1.5} stroke="#1677ff" direction="y" />
          </Scatter>
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
