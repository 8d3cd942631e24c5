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

type Action = { kind: 'click'; selector: string } | { kind: 'type'; selector: string; text: string }

export async function timeAction(page: Page, action: Action, until: Until, timeoutMs = 60_000): Promise<number> {
  return await page.evaluate(
    ([action, until, timeoutMs]) =>
      new Promise<number>((resolve, reject) => {
        const target = document.querySelector(action.selector) as HTMLElement | HTMLInputElement | null
        if (!target) return reject(new Error(`not on the page: ${action.selector}`))
        const firstId = () => document.querySelector(until.selector)?.getAttribute('data-testid') ?? null
        const before = firstId()
        let sawLoading = false
        const done = (): boolean => {
          if (until.kind === 'present') return document.querySelector(until.selector) !== null
          if (until.kind === 'changed') return firstId() !== before
          const loading = document.querySelector(until.selector)?.classList.contains('ant-btn-loading') ?? false
          sawLoading ||= loading
          return sawLoading && !loading
        }
        const t0 = performance.now()
        if (action.kind === 'click') target.click()
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
