import { monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * For `npm run bench -- --only ui`: with WORKBENCH_LOOP_PROBE=1 the bridge measures how long its event
 * loop is blocked (monitorEventLoopDelay at 1 ms resolution and the longest gap of a 1 ms interval),
 * from the start of the process. On SIGUSR2 it prints `loop-probe <histogram max ms> <gap ms> <cpu ms>`
 * (the most CPU time the process used between two ticks) and starts a new phase. Off (and free) without the flag.
 */
export function startLoopProbeFromEnv(): void {
  if (process.env.WORKBENCH_LOOP_PROBE !== '1') return
  let h = monitorEventLoopDelay({ resolution: 1 })
  h.enable()
  let last = performance.now()
  let gap = 0
  // the process's CPU time between two ticks: on a machine shared with other work, a gap in wall time
  // may be time the process waited for a core; the CPU it used in the gap is the block it caused
  let lastCpu = process.cpuUsage()
  let cpu = 0
  const timer = setInterval(() => {
    const now = performance.now()
    gap = Math.max(gap, now - last)
    last = now
    const used = process.cpuUsage(lastCpu)
    cpu = Math.max(cpu, (used.user + used.system) / 1000)
    lastCpu = process.cpuUsage()
  }, 1)
  timer.unref()
  process.on('SIGUSR2', () => {
    h.disable()
    console.log(`loop-probe ${(h.max / 1e6).toFixed(1)} ${gap.toFixed(1)} ${cpu.toFixed(1)}`)
    h = monitorEventLoopDelay({ resolution: 1 })
    h.enable()
    gap = 0
    cpu = 0
    last = performance.now()
    lastCpu = process.cpuUsage()
  })
}
