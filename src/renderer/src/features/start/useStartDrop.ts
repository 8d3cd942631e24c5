import { useEffect, useRef, useState } from 'react'
import { App } from 'antd'
import { START_STRINGS as S } from './strings'

const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')

/**
 * A file dropped on the start screen (issue 11): a .wbexp goes to 打开评审包; anything else needs an
 * open workspace first, and the user is told so. Answers whether a drag is over the window.
 */
export function useStartDrop(openPackage: (file: File) => void): boolean {
  const { message } = App.useApp()
  const [over, setOver] = useState(false)
  const latest = useRef(openPackage)
  latest.current = openPackage
  useEffect(() => {
    let depth = 0
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return
      depth++
      setOver(true)
    }
    const leave = () => {
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    // without preventDefault the browser (or Electron) would open the file in place of the app
    const overWin = (e: DragEvent) => hasFiles(e) && e.preventDefault()
    const drop = (e: DragEvent) => {
      depth = 0
      setOver(false)
      if (!hasFiles(e)) return
      e.preventDefault()
      const file = e.dataTransfer!.files[0]
      if (!file) return
      const name = file.name.toLowerCase()
      if (name.endsWith('.wbexp')) latest.current(file)
      else if (name.endsWith('.wbscore')) void message.warning(S.scoreOnStart(file.name))
      else void message.info(S.startDropOnly(file.name))
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', overWin)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', overWin)
      window.removeEventListener('drop', drop)
    }
  }, [message])
  return over
}
