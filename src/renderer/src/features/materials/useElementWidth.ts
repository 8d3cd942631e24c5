import { useEffect, useState } from 'react'

/** The content width of an element, followed as it resizes (the split between form and viewer moves). */
export function useElementWidth(el: HTMLElement | null): number {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    if (!el) return
    const ro = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)))
    ro.observe(el)
    return () => ro.disconnect()
  }, [el])
  return width
}
