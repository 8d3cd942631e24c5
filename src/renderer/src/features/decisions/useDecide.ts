import { App } from 'antd'
import { useActions, type DecisionWrite } from '../../stores'
import type { In } from '../../../../core/api/contract'
import { DECISIONS_STRINGS as S } from './strings'

/**
 * One committee decision from a form: sends it, says 已记录, and on a refusal shows the core's own
 * Chinese message; resolves true when recorded (the form then closes), false when refused.
 */
export function useDecide() {
  const { decide } = useActions()
  const { message } = App.useApp()
  return async <M extends DecisionWrite>(method: M, input: Omit<In<M>, 'campaignId'>): Promise<boolean> => {
    try {
      await decide(method, input)
      void message.success(S.done)
      return true
    } catch (e) {
      void message.error({ content: (e as Error).message, duration: 8 })
      return false
    }
  }
}
