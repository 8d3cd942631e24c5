import { useEffect } from 'react'
import { campaignsSelectors, expertsSelectors, useActions, useWorkbench } from '../../stores'

/**
 * Reads 回避 and 分配 when the 专家与分配 tab is shown, and again when the experts or submissions they
 * are computed from change (an expert added or edited, a roster imported).
 */
export function usePanelData(): void {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pool = useWorkbench(expertsSelectors.pool)
  const { loadConflicts, loadAssignments } = useActions()
  const basis = campaign ? `${campaign.id}|${campaign.expertIds.join(',')}|${campaign.submissions.length}` : ''
  useEffect(() => {
    if (!basis) return
    void loadConflicts().catch(() => undefined)
    void loadAssignments().catch(() => undefined)
  }, [basis, pool, loadConflicts, loadAssignments])
}
