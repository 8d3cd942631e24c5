import { openSync, readSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * The main thread's own scheduling figures, ms, from Linux's /proc/thread-self/schedstat, or null
 * elsewhere: `run`, the time it has spent on a CPU, and `wait`, the time it has spent runnable but
 * waiting for a CPU (the run queue). process.cpuUsage() counts every thread of the process — the
 * garbage collector's helpers too — so a gap's process CPU can exceed the time the loop itself was busy.
 */
function threadClock(): (() => { run: number; wait: number }) | null {
  try {
    const fd = openSync('/proc/thread-self/schedstat', 'r')
    const buf = Buffer.alloc(96)
    const read = () => {
      const [run, wait] = buf.toString('latin1', 0, readSync(fd, buf, 0, buf.length, 0)).split(' ')
      return { run: Number(run) / 1e6, wait: Number(wait) / 1e6 }
    }
    const first = read()
    return Number.isFinite(first.run) && Number.isFinite(first.wait) ? read : null
  } catch {
    return null
  }
}

/**
 * For `npm run bench -- --only ui`: with WORKBENCH_LOOP_PROBE=1 the bridge measures how long its event
 * loop is blocked (monitorEventLoopDelay at 1 ms resolution and the longest gap of a 1 ms interval),
 * from the start of the process. On SIGUSR2 it prints `loop-probe <histogram max ms> <gap ms> <cpu ms>
 * <thread cpu ms> <blocked ms>` and starts a new phase: the most CPU time the process, and its main
 * thread alone, used between two ticks, and the longest gap less the time the main thread spent in it
 * waiting for a CPU — the block the process made itself (its work, its garbage collection, anything it
 * waited on), without the time the machine's cores were busy with other processes (on 2 cores, the
 * browser rendering the page at the same moment). The last two are -1 where the thread's figures
 * cannot be read. Off (and free) without the flag.
 * With WORKBENCH_LOOP_PROBE_LOG=<ms> too, each gap longer than that prints `loop-gap <start ms> +<length ms>
 * thread <main-thread CPU ms in it> waited <ms waiting for a CPU> at <monotonic µs>`: the same clock as a
 * `--cpu-prof` profile's sample times, so a gap can be matched to what ran in it.
 */
export function startLoopProbeFromEnv(): void {
  if (process.env.WORKBENCH_LOOP_PROBE !== '1') return
  let h = monitorEventLoopDelay({ resolution: 1 })
  h.enable()
  let last = performance.now()
  const t0 = last
  const logGaps = Number(process.env.WORKBENCH_LOOP_PROBE_LOG ?? 0)
  let gap = 0
  // the process's CPU time between two ticks: on a machine shared with other work, a gap in wall time
  // may be time the process waited for a core; the CPU it used in the gap is the block it caused
  let lastCpu = process.cpuUsage()
  let cpu = 0
  const threadNow = threadClock()
  let lastThread = threadNow?.() ?? { run: 0, wait: 0 }
  let thread = 0
  let blocked = 0
  const timer = setInterval(() => {
    const now = performance.now()
    gap = Math.max(gap, now - last)
    const used = process.cpuUsage(lastCpu)
    cpu = Math.max(cpu, (used.user + used.system) / 1000)
    lastCpu = process.cpuUsage()
    let inGap = -1
    let waited = 0
    if (threadNow) {
      const t = threadNow()
      inGap = t.run - lastThread.run
      waited = t.wait - lastThread.wait
      thread = Math.max(thread, inGap)
      blocked = Math.max(blocked, now - last - waited)
      lastThread = t
    }
    if (logGaps && (now - last > logGaps || inGap > logGaps)) {
      console.log(`loop-gap ${(last - t0).toFixed(1)} +${(now - last).toFixed(1)} thread ${inGap.toFixed(1)} waited ${waited.toFixed(1)} at ${Number(process.hrtime.bigint() / 1000n)}`)
    }
    last = now
  }, 1)
  timer.unref()
  process.on('SIGUSR2', () => {
    h.disable()
    console.log(`loop-probe ${(h.max / 1e6).toFixed(1)} ${gap.toFixed(1)} ${cpu.toFixed(1)} ${threadNow ? thread.toFixed(1) : '-1'} ${threadNow ? blocked.toFixed(1) : '-1'}`)
    h = monitorEventLoopDelay({ resolution: 1 })
    h.enable()
    gap = 0
    cpu = 0
    thread = 0
    blocked = 0
    last = performance.now()
    lastCpu = process.cpuUsage()
    lastThread = threadNow?.() ?? { run: 0, wait: 0 }
  })
}
