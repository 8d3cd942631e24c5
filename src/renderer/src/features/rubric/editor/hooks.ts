import { useEffect, useRef } from 'react'
import { rubricSelectors, useActions, useWorkbench } from '../../../stores'

/** Checks the draft with rubric.validate after a typing pause (at once when editing starts). */
export function useDraftValidation(): void {
  const revision = useWorkbench((s) => rubricSelectors.draft(s)?.revision)
  const { validateRubricDraft } = useActions()
  const first = useRef(true)
  useEffect(() => {
    if (revision === undefined) return
    const delay = first.current ? 0 : 350
    first.current = false
    const t = setTimeout(() => void validateRubricDraft().catch(() => undefined), delay)
    return () => clearTimeout(t)
  }, [revision, validateRubricDraft])
}

/**
 * When the user asked to be taken to an item (a problem clicked), scrolls its row into view and
 * flashes it, once the section showing it has rendered.
 */
export function useJumpToFocus(): void {
  const focus = useWorkbench(rubricSelectors.focus)
  useEffect(() => {
    if (focus.nonce === 0) return
    const name = focus.anchor ?? focus.uid
    if (!name) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`[data-rubric-anchor="${CSS.escape(name)}"]`)
      if (!el) return
      el.scrollIntoView({ block: 'center' })
      el.classList.remove('rubric-flash')
      void el.offsetWidth // restart the animation
      el.classList.add('rubric-flash')
      timer = setTimeout(() => el.classList.remove('rubric-flash'), 1600)
    })
    return () => {
      cancelAnimationFrame(frame)
      if (timer) clearTimeout(timer)
    }
  }, [focus.nonce, focus.anchor, focus.uid])
}
