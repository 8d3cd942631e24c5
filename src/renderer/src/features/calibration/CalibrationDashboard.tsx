import { Card } from 'antd'
import type { CalibrationScores } from '../../../../core/api/outputs'
import { SpreadChart } from './charts/SpreadChart'
import { SeverityChart } from './charts/SeverityChart'
import { HeatMap } from './charts/HeatMap'
import { BeforeAfter } from './charts/BeforeAfter'
import { CALIBRATION_STRINGS as S } from './strings'

/** After the reveal: spread per anchor, severity per expert, disagreement per indicator, before vs after. */
export function CalibrationDashboard({ scores }: { scores: CalibrationScores }) {
  return (
    <div className="calibration-charts" data-testid="calibration-dashboard">
      <Card size="small" title={S.dashboard.spread}>
        <SpreadChart snapshot={scores.now} names={scores.names} />
      </Card>
      <Card size="small" title={S.dashboard.severity}>
        <SeverityChart snapshot={scores.now} names={scores.names} />
      </Card>
      <Card size="small" title={S.dashboard.heat}>
        <HeatMap heat={scores.heat} names={scores.names} />
      </Card>
      <Card size="small" title={S.dashboard.beforeAfter}>
        <BeforeAfter scores={scores} />
      </Card>
    </div>
  )
}
