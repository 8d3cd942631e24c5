import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AttachmentStore } from '../../../../src/core/intake/attachments/store'
import { hashTree } from './tree'

export interface TestWorkspace {
  /** temp folder holding the workspace and any source files */
  dir: string
  /** the workspace root */
  root: string
  store: AttachmentStore
  /** sha256 of a blob that was there before the test (must survive every rollback) */
  existingSha: string
  hash(): Promise<string>
  cleanup(): Promise<void>
}

/**
 * A workspace folder with a workspace.json and an attachment store that already holds one blob,
 * generated at run time in a temp dir (no committed fixtures). `withStore: false` leaves out
 * attachments/ entirely, to check that a refused import does not even create it.
 */
export async function makeWorkspace(opts: { withStore?: boolean } = {}): Promise<TestWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'wb-intake-'))
  const root = join(dir, 'ws')
  await mkdir(root)
  await writeFile(join(root, 'workspace.json'), '{"kind":"workspace","schemaVersion":1}')
  const store = new AttachmentStore(root)
  let existingSha = ''
  if (opts.withStore !== false) {
    const r = await store.put((async function* () {
      yield Buffer.from('%PDF-1.4 existing blob')
    })())
    existingSha = r.sha256
  }
  return {
    dir,
    root,
    store,
    existingSha,
    hash: () => hashTree(root),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
}
