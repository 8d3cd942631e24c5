import type { HTMLAttributes } from 'react'

/**
 * antd's Tag as a plain span (results.css `.rg-tag`, antd's preset colours): the grid renders a few
 * per row as it scrolls, and each antd Tag brings its config context and style hooks with it (issue 14).
 * Extra props (data-testid, data-*, the handlers HoverTip adds) go onto the span.
 */
export function CellTag({ color, className, ...rest }: { color?: 'red' | 'orange' | 'gold' | 'blue' } & HTMLAttributes<HTMLSpanElement>) {
  return <span className={`rg-tag${color ? ` rg-tag-${color}` : ''}${className ? ` ${className}` : ''}`} {...rest} />
}
