import { useCallback, useRef, useState, type MouseEvent, type ReactNode } from 'react'
import { Tooltip } from 'antd'

interface Tip {
  text: string
  rect: { left: number; top: number; width: number; height: number }
}

/**
 * One tooltip for the whole of 结果与评定's grid (issue 14): a cell that explains itself carries its
 * hint in `data-tip`, and the grid shows an antd Tooltip over whichever such element the pointer is
 * on. A component per hint (lib/HoverTip.tsx, a hook each) was up to a dozen per row, mounted and
 * unmounted for every row a scroll brings in or takes out; a data attribute costs nothing.
 *
 * The tooltip is placed by an invisible box laid over the hovered element (fixed, at its rectangle,
 * not taking the pointer), so the element itself is never wrapped or replaced. A scroll closes it.
 */
export function useGridTip(): {
  onMouseOver: (e: MouseEvent) => void
  onMouseLeave: () => void
  close: () => void
  tip: ReactNode
} {
  const [tip, setTip] = useState<Tip | null>(null)
  const current = useRef<Element | null>(null)
  const close = useCallback(() => {
    if (!current.current) return
    current.current = null
    setTip(null)
  }, [])
  const onMouseOver = useCallback(
    (e: MouseEvent) => {
      const el = (e.target as Element).closest?.('[data-tip]') ?? null
      if (el === current.current) return
      if (!el || !e.currentTarget.contains(el)) return close()
      current.current = el
      const r = el.getBoundingClientRect()
      setTip({ text: el.getAttribute('data-tip') ?? '', rect: { left: r.left, top: r.top, width: r.width, height: r.height } })
    },
    [close],
  )
  const node = tip ? (
    <Tooltip open title={tip.text} key={tip.text + tip.rect.left + tip.rect.top}>
      <span aria-hidden className="rg-tip-anchor" style={{ left: tip.rect.left, top: tip.rect.top, width: tip.rect.width, height: tip.rect.height }} />
    </Tooltip>
  ) : null
  return { onMouseOver, onMouseLeave: close, close, tip: node }
}
