import { Bar, BarChart, CartesianGrid, Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { Card, Col, Row } from 'antd'
import { BAR_COLOUR, SERIES_STYLES, type BarData, type RadarData } from '../../../../core/reports/charts/chartData'
import { DIAGNOSIS_STRINGS as S } from './strings'

/** The radar and the bars of a diagnosis: the same data and styles as the PNG in the Word report (core/reports/charts). */
export function DiagnosisCharts({ radar, bars }: { radar: RadarData; bars: BarData }) {
  const radarRows = radar.axes.map((axis, i) => ({ axis, ...Object.fromEntries(radar.series.map((s) => [s.name, s.values[i] ?? 0])) }))
  const barRows = bars.bars.map((b) => ({ label: b.label, value: b.value ?? 0 }))
  return (
    <Row gutter={12}>
      <Col span={12}>
        <Card size="small" title={S.radar} data-testid="diagnosis-radar">
          <ResponsiveContainer width="100%" height={420}>
            <RadarChart data={radarRows} outerRadius="70%">
              <PolarGrid />
              <PolarAngleAxis dataKey="axis" tick={{ fontSize: 12 }} />
              <PolarRadiusAxis domain={[0, 100]} tickCount={6} tick={{ fontSize: 10 }} />
              {radar.series.map((s, i) => {
                const st = SERIES_STYLES[i % SERIES_STYLES.length]!
                return (
                  <Radar key={s.name} name={s.name} dataKey={s.name} stroke={st.stroke} strokeWidth={2} strokeDasharray={st.dash || undefined} fill={st.fill === 'none' ? 'transparent' : st.fill} fillOpacity={st.fillOpacity} isAnimationActive={false} />
                )
              })}
              <Legend />
            </RadarChart>
          </ResponsiveContainer>
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title={S.bars} data-testid="diagnosis-bars">
          <ResponsiveContainer width="100%" height={Math.max(420, barRows.length * 22 + 40)}>
            <BarChart data={barRows} layout="vertical" margin={{ left: 8, right: 24 }}>
              <CartesianGrid horizontal={false} />
              <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} />
              <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 11 }} interval={0} />
              <Bar dataKey="value" fill={BAR_COLOUR} isAnimationActive={false} label={{ position: 'right', fontSize: 11, formatter: (v: unknown) => `${String(v)}%` }} />
            </BarChart>
          </ResponsiveContainer>
        </Card>
      </Col>
    </Row>
  )
}
