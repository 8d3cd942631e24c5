import { useRef, useState } from 'react'
import { App } from 'antd'
import { useActions, type DecisionWrite } from '../../stores'
import type { In } from '../../../../core/api/contract'
import { DECISIONS_STRINGS as S } from './strings'

/**
 * One committee decision from a form: sends it, says 已记录, and on a refusal shows the core's own
 * Chinese message; resolves true when recorded (the form then closes), false when refused.
 * `busy` while it is sent (the form's OK button shows it loading): a second click meanwhile sends
 * nothing, so a double-clicked 确定 records once.
 */
export function useDecide() {
  const { decide: send } = useActions()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const sending = useRef(false)
  const decide = async <M extends DecisionWrite>(method: M, input: Omit<In<M>, 'campaignId'>): Promise<boolean> => {
    if (sending.current) return false
    sending.current = true
    setBusy(true)
    try {
      await send(method, input)
      void message.success(S.done)
      return true
    } catch (e) {
      void message.error({ content: (e as Error).message, duration: 8 })
      return false
    } finally {
      sending.current = false
      setBusy(false)
    }
  }
  return { decide, busy }
}
