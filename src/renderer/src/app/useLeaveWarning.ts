import { useEffect } from 'react'
import { saveSelectors, useActions, useWorkbench } from '../stores'

/**
 * Closing or reloading the window while typed text is not on disk asks first (the browser's own
 * "leave site?" dialog; issue 9 item 6), and meanwhile sends the typed comment, so staying keeps it.
 */
export function useLeaveWarning(): void {
  const wouldLose = useWorkbench(saveSelectors.wouldLose)
  const { flushComment } = useActions()
  useEffect(() => {
    if (!wouldLose) return
    const ask = (e: BeforeUnloadEvent) => {
      void flushComment().catch(() => undefined)
      e.preventDefault()
      // older Chromium (Electron) still needs returnValue set to show the dialog
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [wouldLose, flushComment])
}
