import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { tempDir } from '../../helpers/tempWorkspace'

const TRIALS = Number(process.env.LOCK_TRIALS ?? 60)
const TAKERS = 3
const root = resolve(__dirname, '../../..')

interface Taker {
  child: ChildProcessWithoutNullStreams
  next(): Promise<string>
}

function startTaker(): Promise<Taker> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/fixtures/lockTaker.ts')], { cwd: root })
  const lines: string[] = []
  const waiting: Array<(l: string) => void> = []
  let buf = ''
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString()
    let i
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i)
      buf = buf.slice(i + 1)
      const w = waiting.shift()
      if (w) w(line)
      else lines.push(line)
    }
  })
  const next = () => new Promise<string>((r) => (lines.length ? r(lines.shift()!) : waiting.push(r)))
  return next().then((first) => {
    if (first !== 'ready') throw new Error(`taker said ${first}`)
    return { child, next }
  })
}

let takers: Taker[] = []
let tmp: Awaited<ReturnType<typeof tempDir>>

beforeAll(async () => {
  tmp = await tempDir('wb-lock-')
  takers = await Promise.all(Array.from({ length: TAKERS }, startTaker))
}, 120_000)

afterAll(async () => {
  for (const t of takers) t.child.kill()
  await tmp.cleanup()
})

/** All takers call acquireLock on `dir` in the same millisecond; returns how many got it. */
async function race(dir: string): Promise<{ got: number; answers: string[] }> {
  const at = Date.now() + 40
  for (const t of takers) t.child.stdin.write(`take ${dir} ${at}\n`)
  const answers = await Promise.all(takers.map((t) => t.next()))
  const winners = takers.filter((_, i) => answers[i]!.startsWith('got'))
  for (const w of winners) {
    w.child.stdin.write('release\n')
    expect(await w.next()).toBe('released')
  }
  return { got: winners.length, answers }
}

describe('workspace lock under racing processes', () => {
  it(`never has two owners: ${TRIALS} trials of ${TAKERS} takers on a free lock`, async () => {
    for (let i = 0; i < TRIALS; i++) {
      const dir = join(tmp.dir, `free-${i}`)
      await mkdir(dir)
      const { got, answers } = await race(dir)
      expect(got, answers.join(' | ')).toBe(1)
      for (const a of answers) if (!a.startsWith('got')) expect(a).toContain('WORKSPACE_LOCKED')
    }
  }, 300_000)

  it(`never has two owners: ${TRIALS} trials with a stale lock present (dead owner, with and without a token)`, async () => {
    for (let i = 0; i < TRIALS; i++) {
      const dir = join(tmp.dir, `stale-${i}`)
      await mkdir(dir)
      const dead = { pid: 2 ** 22 + 1000 + i, host: hostname(), startedAt: '2020-01-01T00:00:00Z', door: 'CLI', ...(i % 2 ? { token: `dead${i}` } : {}) }
      await writeFile(join(dir, '.lock'), JSON.stringify(dead))
      const { got, answers } = await race(dir)
      expect(got, answers.join(' | ')).toBe(1)
      // no claim files or takeover guards are left behind
      expect((await readdir(dir)).filter((n) => n !== '.lock')).toEqual([])
    }
  }, 300_000)
})
