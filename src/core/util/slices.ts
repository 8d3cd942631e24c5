/**
 * Long loops over a campaign's data (1,000 submissions × 7 experts) cut into slices of a few
 * milliseconds, with a turn of the event loop between them, so a save or another request is served
 * in between (issue 14: no block of the main process's loop over 50 ms). Measured on this machine:
 * validating one expert's 1 MB sheets shard costs ~30 ms of zod and ~10 ms of freezing, and a cold
 * results summary ~250 ms, each of which used to run in one piece.
 */

/** Milliseconds of work between two yields: well under the 50 ms goal, large enough that yielding costs little. */
export const SLICE_MS = 8

/** Sliced work waiting for its next turn, first come first served. */
const waiting: Array<() => void> = []
let pumping = false

/** Resumes one waiting slice per turn of the loop, and schedules the next turn while any wait. */
function resumeOne(): void {
  const next = waiting.shift()
  if (waiting.length > 0) setImmediate(resumeOne)
  else pumping = false
  next?.()
}

/**
 * One full turn of the event loop (timers and I/O callbacks included), not just the microtask queue.
 * Sliced work shares the turns: one slice per turn, whoever waits longest first. Each resuming on
 * its own setImmediate, three requests slicing at once (three shards opening, a summary beside them)
 * ran three slices back to back in one turn — a 24 ms block made of 8 ms slices.
 */
export const yieldToLoop = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve)
    if (!pumping) {
      pumping = true
      setImmediate(resumeOne)
    }
  })

/**
 * A clock that says when a slice has run long enough: `await slice.maybeYield()` in a loop yields
 * only once `budgetMs` have passed since the last yield (checking the time costs ~50 ns).
 *
 * The first check always yields: sliced work waits for its first turn like any other. Started from
 * an I/O callback or a resumed request (a file read, a shard opened), its first slice used to run
 * there and then, in the same turn as a slice of other work — two slices, up to ~20 ms, in one block.
 */
export function sliceClock(budgetMs = SLICE_MS): { maybeYield: () => Promise<void> | undefined } {
  let since = -Infinity
  return {
    maybeYield: () => {
      if (performance.now() - since < budgetMs) return undefined
      return yieldToLoop().then(() => {
        since = performance.now()
      })
    },
  }
}

/** `items.map(fn)` in slices of about `budgetMs`, yielding to the event loop between slices; order kept. */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, index: number) => R, budgetMs = SLICE_MS): Promise<R[]> {
  const out: R[] = new Array<R>(items.length)
  const clock = sliceClock(budgetMs)
  for (let i = 0; i < items.length; i++) {
    const y = clock.maybeYield()
    if (y) await y
    out[i] = fn(items[i]!, i)
  }
  return out
}
