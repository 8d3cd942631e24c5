import type { HTMLAttributes, Ref } from 'react'

type Props = { color?: 'red' | 'orange' | 'gold' | 'blue'; ref?: Ref<HTMLSpanElement> } & HTMLAttributes<HTMLSpanElement>

/**
 * antd's Tag as a plain span (results.css `.rg-tag`, antd's preset colours): the grid renders a few
 * per row as it scrolls, and each antd Tag brings its config context and style hooks with it (issue 14).
 * Extra props (data-testid, data-*, a `data-tip` hint the grid shows on hover, GridTip.tsx) and the
 * ref go onto the span.
 */
export function CellTag({ color, className, ref, ...rest }: Props) {
  return <span ref={ref} className={`rg-tag${color ? ` rg-tag-${color}` : ''}${className ? ` ${className}` : ''}`} {...rest} />
}
