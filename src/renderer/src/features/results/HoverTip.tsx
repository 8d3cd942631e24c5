import { cloneElement, useState, type ReactElement, type ReactNode } from 'react'
import { Tooltip } from 'antd'

/**
 * A tooltip that costs nothing until it is first needed: a row of 结果与评定 carries up to a dozen
 * tooltips (each expert's score, the rule, 暂定, the grade), and an antd Tooltip per cell made
 * rendering a screenful of rows several times slower (issue 14). The child renders plain; the first
 * mouse-over (or keyboard focus) mounts the antd Tooltip, already open, and it behaves as usual from there.
 */
export function HoverTip({ title, children }: { title: ReactNode; children: ReactElement<{ onMouseEnter?: () => void; onFocus?: () => void }> }) {
  const [armed, setArmed] = useState(false)
  if (armed) {
    return (
      <Tooltip title={title} defaultOpen>
        {children}
      </Tooltip>
    )
  }
  const arm = () => setArmed(true)
  return cloneElement(children, { onMouseEnter: arm, onFocus: arm })
}
