import { App } from 'antd'
import { useCallback } from 'react'

/**
 * Runs a store action from an event handler: the core's Chinese message is shown with
 * message.error on failure (the promise then resolves undefined), an optional success text on success.
 */
export function useRun() {
  const { message } = App.useApp()
  return useCallback(
    async <T,>(action: () => Promise<T>, success?: string): Promise<T | undefined> => {
      try {
        const value = await action()
        if (success) void message.success(success)
        return value
      } catch (e) {
        void message.error((e as Error).message)
        return undefined
      }
    },
    [message],
  )
}
