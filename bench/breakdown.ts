import { join } from 'node:path'
import { rm } from 'node:fs/promises'
import { writeFileDurable } from '../src/core/storage/durableWrite'
import type { SheetsFile } from '../src/core/domain/workspace'
import type { DeepReadonly } from '../src/core/storage/readonly'
import { summarize, type Summary } from './stats'

export interface SaveBreakdown {
  stringify: Summary
  durableWrite: Summary
  structuredClone: Summary
}

/**
 * Where one save's time goes, measured on a real shard: JSON.stringify of the whole shard
 * (synchronous, blocks the loop) and the durable write of that text (temp file, fsync, rename,
 * fsync of the folder), the two steps lowdb + DurableJsonFile run on every save.
 */
export async function measureBreakdown(shard: DeepReadonly<SheetsFile>, scratchDir: string, rounds: number): Promise<SaveBreakdown> {
  const str: number[] = []
  const io: number[] = []
  const clone: number[] = []
  const target = join(scratchDir, 'bench-scratch.json')
  const oneSheet = Object.values(shard.sheets)[0]!
  for (let i = 0; i < rounds; i++) {
    let t = performance.now()
    const text = JSON.stringify(shard)
    str.push(performance.now() - t)
    t = performance.now()
    await writeFileDurable(target, text)
    io.push(performance.now() - t)
    t = performance.now()
    structuredClone(oneSheet)
    clone.push(performance.now() - t)
  }
  await rm(target, { force: true })
  return { stringify: summarize(str), durableWrite: summarize(io), structuredClone: summarize(clone) }
}
