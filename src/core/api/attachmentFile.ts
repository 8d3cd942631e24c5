import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { OpenedWorkbench } from './openApi'

/**
 * A material's file and type for the viewer doors (bridge route, Electron scheme): only hashes that
 * some submission of some campaign references resolve, so the doors never serve arbitrary blobs.
 */
export async function attachmentFile(wb: Pick<OpenedWorkbench, 'store'>, sha256: string): Promise<{ path: string; mime: string; name: string } | null> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null
  for (const id of await wb.store.campaignIds()) {
    const c = await wb.store.campaignShard(id).then((s) => s.data.campaign, () => null)
    const m = c?.submissions.flatMap((s) => s.materials).find((x) => x.sha256 === sha256)
    if (m) {
      const path = join(wb.store.root, 'attachments', sha256)
      return (await stat(path).catch(() => null)) ? { path, mime: m.mime, name: m.name } : null
    }
  }
  return null
}
