import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { Spin } from 'antd'
import type { ShellState } from '../../../../main/shell/contract'
import { StartScreen } from './StartScreen'
import { shellCall } from './shellClient'
import { START_STRINGS as S } from './strings'

/** The shell's answer at start, for the parts of the workbench that offer 切换工作区 or 关于; null without a shell. */
const ShellContext = createContext<ShellState | null>(null)
export const useShellState = () => useContext(ShellContext)

/**
 * Shows the start screen while no workspace is open, else the workbench. A door without the shell's
 * methods (an API-only bridge, as older tests start it) goes straight to the workbench, as before.
 */
export function ShellGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ShellState | null | 'none'>(null)
  useEffect(() => {
    shellCall('state', {}).then(setState, () => setState('none'))
  }, [])
  if (state === null) return <Spin fullscreen description={S.loading} />
  if (state === 'none') return <>{children}</>
  if (!state.current) return <StartScreen initial={state} />
  return <ShellContext.Provider value={state}>{children}</ShellContext.Provider>
}
