import { useEffect, useRef } from 'react'
import { parseShellCommand } from '../../../../main/shell/commands'

type Command = NonNullable<ReturnType<typeof parseShellCommand>>

/** Carries out the commands main sends (menu 文件, a second launch); Electron only. */
export function useShellCommands(handle: (c: Command) => void): void {
  const latest = useRef(handle)
  latest.current = handle
  useEffect(() => {
    const subscribe = window.shell?.onCommand
    if (!subscribe) return
    return subscribe((raw) => {
      const c = parseShellCommand(raw)
      if (c) latest.current(c)
    })
  }, [])
}
