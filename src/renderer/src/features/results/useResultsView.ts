import { useCallback, useEffect, useState } from 'react'
import { EMPTY_VIEW, loadView, saveView, type ResultsView } from './resultsView'

/** The results view of one campaign, read from and written to sessionStorage (kept across a reload). */
export function useResultsView(campaignId: string | undefined): [ResultsView, (patch: Partial<ResultsView>) => void] {
  const [view, setView] = useState<ResultsView>(() => (campaignId ? loadView(campaignId) : EMPTY_VIEW))
  useEffect(() => {
    if (campaignId) setView(loadView(campaignId))
  }, [campaignId])
  const update = useCallback(
    (patch: Partial<ResultsView>) =>
      setView((v) => {
        const next = { ...v, ...patch }
        if (campaignId) saveView(campaignId, next)
        return next
      }),
    [campaignId],
  )
  return [view, update]
}
