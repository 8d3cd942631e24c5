import { openSync, readSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * The main thread's own CPU time, ms, from Linux's /proc/thread-self/schedstat (ns on the CPU), or
 * null elsewhere. process.cpuUsage() counts every thread of the process — the garbage collector's
 * helpers too — so a gap's process CPU can exceed the time the loop itself was busy.
 */
function threadCpuClock(): (() => number) | null {
  try {
    const fd = openSync('/proc/thread-self/schedstat', 'r')
    const buf = Buffer.alloc(96)
    const read = () => Number(buf.toString('latin1', 0, readSync(fd, buf, 0, buf.length, 0)).split(' ')[0]) / 1e6
    return Number.isFinite(read()) ? read : null
  } catch {
    return null
  }
}

/**
 * For `npm run bench -- --only ui`: with WORKBENCH_LOOP_PROBE=1 the bridge measures how long its event
 * loop is blocked (monitorEventLoopDelay at 1 ms resolution and the longest gap of a 1 ms interval),
 * from the start of the process. On SIGUSR2 it prints `loop-probe <histogram max ms> <gap ms> <cpu ms>
 * <thread cpu ms>` (the most CPU time the process, and its main thread alone, used between two ticks;
 * the last is -1 where the thread's time cannot be read) and starts a new phase. Off (and free) without the flag.
 * With WORKBENCH_LOOP_PROBE_LOG=<ms> too, each gap longer than that prints `loop-gap <start ms> +<length ms>
 * thread <main-thread CPU ms in it> at <monotonic µs>`: the same clock as a `--cpu-prof` profile's sample times, so a gap can be matched to
 * what ran in it.
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
  const threadCpu = threadCpuClock()
  let lastThread = threadCpu?.() ?? 0
  let thread = 0
  const timer = setInterval(() => {
    const now = performance.now()
    gap = Math.max(gap, now - last)
    const used = process.cpuUsage(lastCpu)
    cpu = Math.max(cpu, (used.user + used.system) / 1000)
    lastCpu = process.cpuUsage()
    let inGap = -1
    if (threadCpu) {
      const t = threadCpu()
      inGap = t - lastThread
      thread = Math.max(thread, inGap)
      lastThread = t
    }
    if (logGaps && (now - last > logGaps || inGap > logGaps)) {
      console.log(`loop-gap ${(last - t0).toFixed(1)} +${(now - last).toFixed(1)} thread ${inGap.toFixed(1)} at ${Number(process.hrtime.bigint() / 1000n)}`)
    }
    last = now
  }, 1)
  timer.unref()
  process.on('SIGUSR2', () => {
    h.disable()
    console.log(`loop-probe ${(h.max / 1e6).toFixed(1)} ${gap.toFixed(1)} ${cpu.toFixed(1)} ${threadCpu ? thread.toFixed(1) : '-1'}`)
    h = monitorEventLoopDelay({ resolution: 1 })
    h.enable()
    gap = 0
    cpu = 0
    thread = 0
    last = performance.now()
    lastCpu = process.cpuUsage()
    lastThread = threadCpu?.() ?? 0
  })
}
