import { useEffect, useState } from 'react'
import { Skeleton, Space } from 'antd'
import { calibrationSelectors, useActions, useWorkbench } from '../../stores'
import { OpenSessionCard } from './OpenSessionCard'
import { AnchorProgress, SessionHeader } from './SessionHeader'
import { FlagsCard } from './FlagsCard'
import { CalibrationDashboard } from './CalibrationDashboard'
import { DecisionsCard } from './DecisionsCard'
import { ReviseModal, type ReviseTarget } from './ReviseModal'
import './calibration.css'

/** 校准会 (issue 12): open → experts score the anchors blind → reveal → flags, charts, 复议, decisions → close, minutes. */
export function CalibrationTab() {
  const view = useWorkbench(calibrationSelectors.view)
  const scores = useWorkbench(calibrationSelectors.scores)
  const { loadCalibration } = useActions()
  const [revise, setRevise] = useState<ReviseTarget | null>(null)
  useEffect(() => {
    void loadCalibration().catch(() => undefined)
  }, [loadCalibration])

  if (!view) return <Skeleton active />
  if (!view.session) {
    return (
      <div className="calibration" data-testid="calibration">
        <OpenSessionCard />
      </div>
    )
  }
  const open = !view.session.closedAt
  return (
    <Space orientation="vertical" size={12} className="full-width calibration" data-testid="calibration">
      <SessionHeader view={view} />
      {!view.revealed && <AnchorProgress view={view} />}
      {scores && (
        <>
          <FlagsCard scores={scores} canRevise={open} onRevise={(expertId, submissionId) => setRevise({ expertId, submissionId })} />
          <CalibrationDashboard scores={scores} />
          <DecisionsCard view={view} />
          <ReviseModal target={revise} scores={scores} onClose={() => setRevise(null)} />
        </>
      )}
    </Space>
  )
}
