import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'

export interface LoopBlocking {
  /** max of perf_hooks.monitorEventLoopDelay({ resolution: 1 }), ms */
  histogramMaxMs: number
  /** p99 of that histogram in the worst measured phase, ms */
  histogramP99Ms: number
  /** longest gap between two ticks of an independent setInterval(…, 1), ms (includes the 1 ms period) */
  intervalMaxGapMs: number
}

export interface LoopProbe {
  resume: () => void
  pause: () => void
  result: () => LoopBlocking
}

/**
 * Two independent probes of event-loop blocking, counting only the phases between resume() and
 * pause(). Each phase gets a fresh histogram: a re-enabled one would count the paused time as one
 * long delay. The histogram records delay beyond its 1 ms period; the interval probe the raw gap.
 */
export function createLoopProbe(): LoopProbe {
  let h: IntervalHistogram | undefined
  let timer: NodeJS.Timeout | undefined
  let last = 0
  const out: LoopBlocking = { histogramMaxMs: 0, histogramP99Ms: 0, intervalMaxGapMs: 0 }
  const tick = () => {
    const now = performance.now()
    out.intervalMaxGapMs = Math.max(out.intervalMaxGapMs, now - last)
    last = now
  }
  return {
    resume: () => {
      if (timer) return
      h = monitorEventLoopDelay({ resolution: 1 })
      h.enable()
      last = performance.now()
      timer = setInterval(tick, 1)
    },
    pause: () => {
      if (!timer || !h) return
      tick() // the gap still open counts too
      clearInterval(timer)
      timer = undefined
      h.disable()
      if (h.count > 0) {
        out.histogramMaxMs = Math.max(out.histogramMaxMs, h.max / 1e6)
        out.histogramP99Ms = Math.max(out.histogramP99Ms, h.percentile(99) / 1e6)
      }
      h = undefined
    },
    result: () => ({ ...out }),
  }
}

/** Lets the event loop run one full turn (timers included), so probes can tick between steps. */
export const yieldLoop = (): Promise<void> => new Promise((r) => setTimeout(r, 0))
