import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openWorkbench, type OpenedWorkbench } from '../../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../../src/core/domain/groups'
import type { Envelope } from '../../src/core/api/envelope'

export async function tempDir(prefix = 'wb-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** A real workspace in a temp folder, opened through the same function every door uses. */
export async function tempWorkbench(): Promise<OpenedWorkbench & { dir: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir()
  const wb = await openWorkbench(join(dir, 'ws'), { create: { name: '测试工作区', groups: DEFAULT_GROUPS }, door: 'test' })
  return {
    ...wb,
    dir: join(dir, 'ws'),
    cleanup: async () => {
      await wb.close().catch(() => undefined)
      await cleanup()
    },
  }
}

export function ok<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`expected ok, got ${env.error.code}: ${env.error.message}`)
  return env.value
}
