import { useCallback, useRef, useState } from 'react'

/**
 * A dialog's one write (签名并提交, 导出评分包, 更换密钥, 解锁 …): `busy` while it runs (for
 * `confirmLoading`), a second click meanwhile runs nothing, and a refusal is kept as `error` in the
 * core's words for the dialog to show, which stays open (nothing was changed). Resolves the action's
 * value, or undefined when refused or ignored.
 */
export function useDialogCall() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const running = useRef(false)
  const call = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined
    running.current = true
    setBusy(true)
    setError(null)
    try {
      return await action()
    } catch (e) {
      setError((e as Error).message)
      return undefined
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  return { busy, error, setError, call }
}
