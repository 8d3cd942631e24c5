import { useEffect, useRef, useState } from 'react'

const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')

/**
 * Files dragged over and dropped anywhere on the window (issue 15): answers whether a drag with files
 * is over the window (for an overlay), and hands a drop to `onDrop` — unless it landed in a dialog's
 * own file box (.ant-upload), which takes it itself. The browser (or Electron) would otherwise open
 * the dropped file in place of the app, so every file drag is claimed.
 */
export function useWindowFileDrop(onDrop: (dt: DataTransfer) => void): boolean {
  const [over, setOver] = useState(false)
  const latest = useRef(onDrop)
  latest.current = onDrop
  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them, the drag has left at zero
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
    const overWin = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault()
    }
    const drop = (e: DragEvent) => {
      depth = 0
      setOver(false)
      if (!hasFiles(e)) return
      const inBox = e.target instanceof Element && !!e.target.closest('.ant-upload')
      e.preventDefault()
      if (!inBox) latest.current(e.dataTransfer!)
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
  }, [])
  return over
}
