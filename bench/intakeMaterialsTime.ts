import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openWorkbench } from '../src/core/api/openApi'
import { taskOfKind } from '../src/core/api/taskView'
import { DEFAULT_GROUPS } from '../src/core/domain/groups'
import { AttachmentStore, importFolder, importZip } from '../src/core/intake'
import { dropCaches, warmUp } from './intakeCache'
import { run, type MaterialsSet } from './intakeMaterials'
import { summarize } from './stats'

/**
 * One measured way of reading the set. `go` gets a fresh empty scratch folder and `ready` (drop the
 * caches, or warm the input), does any untimed setup, calls `ready`, and returns the timed ms after it.
 */
export interface MaterialsMeasure {
  key: string
  label: string
  /** what a warm-up read must touch: the files, or the zip */
  input: 'files' | 'zip'
  go: (scratch: string, ready: () => Promise<unknown>) => Promise<number>
}

const timedAfter = async (ready: () => Promise<unknown>, fn: () => Promise<unknown>): Promise<number> => {
  await ready()
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

export function materialsMeasures(set: MaterialsSet): MaterialsMeasure[] {
  const n = set.files.length
  const expect = (got: number, what: string) => {
    if (got !== n) throw new Error(`${what}: ${got} of ${n} files`)
  }
  const copy = async (scratch: string) => {
    await run('cp', ['-r', set.folder, join(scratch, 'copy')])
    await run('sync', (await readdir(join(scratch, 'copy'))).map((f) => join(scratch, 'copy', f)))
  }
  return [
    { key: 'sha256sum', label: `sha256sum of the ${n} files (the limit)`, input: 'files', go: (_s, ready) => timedAfter(ready, () => run('sha256sum', set.files)) },
    {
      key: 'openssl',
      label: 'openssl dgst -sha256 (SHA-NI, as Node hashes)',
      input: 'files',
      go: (_s, ready) => timedAfter(ready, () => run('openssl', ['dgst', '-sha256', ...set.files])),
    },
    { key: 'cp', label: 'cp -r, then sync of each copy (copy + fsync)', input: 'files', go: (s, ready) => timedAfter(ready, () => copy(s)) },
    {
      key: 'folder',
      label: 'importFolder → AttachmentStore',
      input: 'files',
      go: (s, ready) =>
        timedAfter(ready, async () => expect((await importFolder(set.folder, { store: new AttachmentStore(s) })).files.length, 'importFolder')),
    },
    {
      key: 'zip',
      label: 'importZip → AttachmentStore',
      input: 'zip',
      go: (s, ready) => timedAfter(ready, async () => expect((await importZip(set.zip, { store: new AttachmentStore(s) })).files.length, 'importZip')),
    },
    { key: 'api', label: 'API materials.import (zip) until tasks.get done', input: 'zip', go: (s, ready) => apiImport(set, s, ready, expect) },
  ]
}

/**
 * The whole API path on a fresh workspace with the set's submissions (set up untimed): the call that
 * starts the task, then tasks.get every 5 ms until the task ends (match, commit and sweep included).
 */
async function apiImport(set: MaterialsSet, scratch: string, ready: () => Promise<unknown>, expect: (got: number, what: string) => void): Promise<number> {
  const wb = await openWorkbench(scratch, { create: { name: '基准：材料导入', groups: DEFAULT_GROUPS }, door: 'bench' })
  try {
    const campaignId = (await wb.api['campaigns.create']({ name: '基准：材料导入', kind: 'diagnostic' })).id
    for (const s of set.submissions) {
      await wb.api['submissions.add']({ campaignId, school: s.school, program: s.program, groupId: DEFAULT_GROUPS[s.group]!.id })
    }
    let attached = 0
    const ms = await timedAfter(ready, async () => {
      let task = await wb.api['materials.import']({ campaignId, source: { path: set.zip }, rule: 'schoolProgram' })
      while (task.state === 'running') {
        await new Promise((r) => setTimeout(r, 5))
        task = taskOfKind(await wb.api['tasks.get']({ taskId: task.id }), 'materials.import')
      }
      if (task.state !== 'done') throw new Error(`materials.import ${task.state}: ${task.error?.message}`)
      attached = (task.result as { attached: number }).attached
    })
    expect(attached, 'materials.import')
    return ms
  } finally {
    await wb.close()
  }
}

/**
 * Runs every measure `rounds` times, interleaved (so all see the same disk): cold-cache (caches
 * dropped just before) when `cold`, and warm-cache (the input read once just before). Median ms per key.
 */
export async function timeMaterials(set: MaterialsSet, rounds: number, cold: boolean): Promise<Record<string, { cold: number; warm: number }>> {
  const measures = materialsMeasures(set)
  const samples = new Map(measures.map((m) => [m.key, { cold: [] as number[], warm: [] as number[] }]))
  for (let r = 0; r < rounds; r++) {
    for (const m of measures) {
      for (const mode of cold ? (['cold', 'warm'] as const) : (['warm'] as const)) {
        const scratch = await mkdtemp(join(tmpdir(), 'wb-bench-mat-run-'))
        try {
          const ready = mode === 'cold' ? () => dropCaches() : () => warmUp(m.input === 'zip' ? [set.zip] : set.files)
          samples.get(m.key)![mode].push(await m.go(scratch, ready))
        } finally {
          await rm(scratch, { recursive: true, force: true })
        }
      }
    }
  }
  const out: Record<string, { cold: number; warm: number }> = {}
  for (const [k, s] of samples) out[k] = { cold: summarize(s.cold).p50, warm: summarize(s.warm).p50 }
  return out
}
