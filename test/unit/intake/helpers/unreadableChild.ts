/**
 * Run by folderImport.test.ts as an unprivileged user when the tests run as root (root reads a
 * chmod 000 file anyway). Imports argv[2] into the workspace argv[3] and prints what happened.
 */
import { importFolder } from '../../../../src/core/intake/materials/importFolder'
import { AttachmentStore } from '../../../../src/core/intake/attachments/store'
import { WorkbenchError } from '../../../../src/core/domain/errors'
import { hashTree } from './tree'

const [src, root] = process.argv.slice(2) as [string, string]
const before = await hashTree(root)
let out: Record<string, unknown>
try {
  await importFolder(src, { store: new AttachmentStore(root) })
  out = { ok: true }
} catch (e) {
  out = e instanceof WorkbenchError ? { ok: false, reason: e.details?.reason, message: e.message } : { ok: false, error: String(e) }
}
out.identical = before === (await hashTree(root))
process.stdout.write(JSON.stringify(out))
