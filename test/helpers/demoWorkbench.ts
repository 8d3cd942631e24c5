import { join } from 'node:path'
import { buildDemoWorkspace } from '../../src/core/demo/buildDemo'
import { openWorkbench, type OpenedWorkbench } from '../../src/core/api/openApi'
import { tempDir } from './tempWorkspace'

/** A fresh demo workspace (built through the API, keys included) in a temp folder, opened; `close` removes it. */
export async function openDemoWorkbench(prefix: string): Promise<{ wb: OpenedWorkbench; campaignId: string; dir: string; close: () => Promise<void> }> {
  const root = await tempDir(prefix)
  const campaignId = (await buildDemoWorkspace(join(root.dir, 'ws'))).campaignId
  const wb = await openWorkbench(join(root.dir, 'ws'), { door: 'test' })
  return {
    wb,
    campaignId,
    /** the temp folder (the workspace is its `ws` sub-folder): room for a test's own output */
    dir: root.dir,
    close: async () => {
      await wb.close()
      await root.cleanup()
    },
  }
}
