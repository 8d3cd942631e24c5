import { cloneElement, useState, type ReactElement, type ReactNode } from 'react'
import { Tooltip } from 'antd'

/**
 * A tooltip that costs nothing until it is first needed: a row of 结果与评定 carries up to a dozen
 * tooltips (each expert's score, the rule, 暂定, the grade) and the 分配 matrix two per panel member;
 * each antd Tooltip mounts a trigger with its own hooks and styles, a screenful of rows over a
 * hundred of them, on every render of the table (issue 14). The child renders plain; the first mouse-over mounts the antd Tooltip, already open, and it
 * behaves as usual from there (hover, as antd's default trigger: focus never opened these either).
 *
 * Only for text that is read, never for something clicked: arming the tooltip remounts the child, so a
 * click that starts as the pointer arrives can land on the node that was just replaced and be lost
 * (the 分配 matrix's 移出 and 设为组长 icons did exactly that; they use antd's Tooltip).
 */
export function HoverTip({ title, children }: { title: ReactNode; children: ReactElement<{ onMouseEnter?: () => void }> }) {
  const [armed, setArmed] = useState(false)
  if (armed) {
    return (
      <Tooltip title={title} defaultOpen>
        {children}
      </Tooltip>
    )
  }
  return cloneElement(children, { onMouseEnter: () => setArmed(true) })
}
