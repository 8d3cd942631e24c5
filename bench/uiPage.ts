/// <reference lib="dom" />
import type { Page } from 'playwright-core'

/**
 * In-page timings for the UI benchmark: the click is made inside the page and the end is the first
 * animation frame in which the awaited state holds, so Playwright's round trips are not counted.
 * The page's CSP forbids eval: the awaited states are a fixed set, chosen by `until.kind`.
 */
export type Until =
  /** an element matching the selector exists */
  | { kind: 'present'; selector: string }
  /** the button matching the selector showed its loading state and has left it again */
  | { kind: 'loaded'; selector: string }
  /** the first element matching the selector has another data-testid than before the action */
  | { kind: 'changed'; selector: string }
  /** the text of the element matching the selector is another than before the action (a count, say) */
  | { kind: 'textChanged'; selector: string }

export type Action =
  | { kind: 'click'; selector: string }
  | { kind: 'type'; selector: string; text: string }
  /** a mouse press without the click: what opens an antd Select */
  | { kind: 'mousedown'; selector: string }

export async function timeAction(page: Page, action: Action, until: Until, timeoutMs = 60_000): Promise<number> {
  return await page.evaluate(
    ([action, until, timeoutMs]) =>
      new Promise<number>((resolve, reject) => {
        const target = document.querySelector(action.selector) as HTMLElement | HTMLInputElement | null
        if (!target) return reject(new Error(`not on the page: ${action.selector}`))
        const firstId = () => document.querySelector(until.selector)?.getAttribute('data-testid') ?? null
        const text = () => document.querySelector(until.selector)?.textContent ?? null
        const before = firstId()
        const textBefore = text()
        let sawLoading = false
        const done = (): boolean => {
          if (until.kind === 'present') return document.querySelector(until.selector) !== null
          if (until.kind === 'changed') return firstId() !== before
          if (until.kind === 'textChanged') return text() !== textBefore
          const loading = document.querySelector(until.selector)?.classList.contains('ant-btn-loading') ?? false
          sawLoading ||= loading
          return sawLoading && !loading
        }
        const t0 = performance.now()
        if (action.kind === 'click') target.click()
        else if (action.kind === 'mousedown') target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }))
        else {
          // as typing does it for a React-controlled input: the native setter, then an input event
          const input = target as HTMLInputElement
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, action.text)
          input.dispatchEvent(new Event('input', { bubbles: true }))
        }
        const poll = () => {
          if (done()) resolve(performance.now() - t0)
          else if (performance.now() - t0 > timeoutMs) reject(new Error(`timed out: ${until.kind} ${until.selector}`))
          else requestAnimationFrame(poll)
        }
        requestAnimationFrame(poll)
      }),
    [action, until, timeoutMs] as const,
  )
}

/**
 * Scrolls the scrollable element matching `selector` down by `step` px per animation frame, `frames`
 * times, as a committee member dragging through the list would, and returns the frame intervals in ms
 * (each includes rendering the rows scrolled into view). Each frame is marked `scroll-frame` for a trace.
 */
export async function scrollFrames(page: Page, selector: string, step: number, frames: number): Promise<number[]> {
  return await page.evaluate(
    ([selector, step, frames]) =>
      new Promise<number[]>((resolve, reject) => {
        const el = document.querySelector(selector) as HTMLElement | null
        if (!el) return reject(new Error(`not on the page: ${selector}`))
        const out: number[] = []
        let last = performance.now()
        let n = 0
        const frame = () => {
          const now = performance.now()
          if (n > 0) out.push(now - last)
          last = now
          if (n++ >= frames) return resolve(out)
          // a mark per frame: bench/frameCpu.ts reads each frame's CPU time from a trace between them
          performance.mark('scroll-frame')
          el.scrollTop += step
          requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      }),
    [selector, step, frames] as const,
  )
}
