/**
 * The renderer main thread's CPU time per animation frame, from a Chromium trace (Playwright's
 * browser.startTracing with the 'toplevel' and 'blink.user_timing' categories): the page marks each
 * frame with performance.mark(`mark`); a frame's CPU is the thread time (`tdur`) of the top-level
 * tasks that start between its mark and the next. Unlike the frame's wall time, it does not grow when
 * other work keeps the machine's cores busy.
 */
interface TraceEvent {
  name: string
  cat?: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
}

const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask'])

export function frameCpuFromTrace(trace: Buffer, mark: string): number[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const marks = events.filter((e) => e.name === mark && e.cat?.includes('blink.user_timing')).sort((a, b) => a.ts - b.ts)
  if (marks.length < 2) return []
  const { pid, tid } = marks[0]!
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASK.has(e.name) && e.tdur !== undefined).sort((a, b) => a.ts - b.ts)
  // top-level tasks only: a task nested in another (a nested run loop) is already in its parent's time
  const top: TraceEvent[] = []
  for (const t of tasks) {
    const last = top.at(-1)
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue
    top.push(t)
  }
  const out: number[] = []
  for (let i = 0; i + 1 < marks.length; i++) {
    const from = marks[i]!.ts
    const to = marks[i + 1]!.ts
    out.push(top.filter((t) => t.ts >= from && t.ts < to).reduce((sum, t) => sum + t.tdur!, 0) / 1000)
  }
  return out
}
