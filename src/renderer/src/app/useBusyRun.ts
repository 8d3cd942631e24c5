import { useCallback, useRef, useState } from 'react'
import { useRun } from './useRun'

/**
 * useRun for a button that writes (开始, 揭晓, 结束, 提交 …): `busy` while the call runs, for the
 * button's `loading` / a modal's `confirmLoading`, and a second click meanwhile runs nothing (resolves
 * undefined) — a double click sends one call.
 */
export function useBusyRun() {
  const run = useRun()
  const [busy, setBusy] = useState(false)
  const running = useRef(false)
  const once = useCallback(
    async <T,>(action: () => Promise<T>, success?: string): Promise<T | undefined> => {
      if (running.current) return undefined
      running.current = true
      setBusy(true)
      try {
        return await run(action, success)
      } finally {
        running.current = false
        setBusy(false)
      }
    },
    [run],
  )
  return { run: once, busy }
}
