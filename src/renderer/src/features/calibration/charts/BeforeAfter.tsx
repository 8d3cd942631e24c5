import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { Table } from 'antd'
import type { CalibrationScores } from '../../../../../core/api/outputs'
import type { CalibrationSnapshot } from '../../../../../core/domain/calibration'

const fmt = (x: number | null | undefined, d = 3) => (x === null || x === undefined ? '无法计算' : x.toFixed(d))

function rows(b: CalibrationSnapshot, a: CalibrationSnapshot, flags: [number, number]) {
  return [
    { key: 'ICC2', label: 'ICC(2,1)', before: b.icc?.ICC2, after: a.icc?.ICC2 },
    { key: 'ICC2k', label: 'ICC(2,k)', before: b.icc?.ICC2k, after: a.icc?.ICC2k },
    { key: 'ICC3', label: 'ICC(3,1)', before: b.icc?.ICC3, after: a.icc?.ICC3 },
    { key: 'W', label: 'Kendall W', before: b.kendallW, after: a.kendallW },
    { key: 'alpha', label: 'α（等距）', before: b.alphaInterval, after: a.alphaInterval },
    { key: 'range', label: '平均极差（分）', before: b.meanRange, after: a.meanRange, digits: 2 },
    { key: 'flags', label: '标记数', before: flags[0], after: flags[1], digits: 0 },
  ]
}

/** The statistics at the reveal and now, side by side: agreement as bars, everything in a table. */
export function BeforeAfter({ scores }: { scores: CalibrationScores }) {
  const all = rows(scores.before, scores.now, [scores.beforeFlags.length, scores.flags.length])
  const agreement = all.slice(0, 5).map((r) => ({ name: r.label, 校准前: r.before ?? 0, 校准后: r.after ?? 0 }))
  return (
    <div data-testid="chart-before-after">
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={agreement} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis domain={[0, 1]} />
          <Tooltip formatter={(v) => Number(v).toFixed(3)} />
          <Legend />
          <Bar dataKey="校准前" fill="#bfbfbf" isAnimationActive={false} />
          <Bar dataKey="校准后" fill="#1677ff" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={all}
        data-testid="before-after-table"
        columns={[
          { title: '统计量', dataIndex: 'label' },
          { title: '校准前', align: 'right', render: (_, r) => <span data-testid={`before-${r.key}`}>{fmt(r.before, r.digits ?? 3)}</span> },
          { title: '校准后', align: 'right', render: (_, r) => <span data-testid={`after-${r.key}`}>{fmt(r.after, r.digits ?? 3)}</span> },
        ]}
      />
    </div>
  )
}
