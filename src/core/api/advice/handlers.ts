import { readFile, stat } from 'node:fs/promises'
import { WorkbenchError } from '../../domain/errors'
import { MAX_LIBRARY_BYTES, parseAdviceLibrary, serializeAdviceLibrary, type AdviceLibrary } from '../../reports/diagnosis/adviceLibrary'
import { safeFileName } from '../../util/fileName'
import type { HandlersOf } from '../contract'
import type { HandlerDeps } from '../shared/deps'
import { sourceFile } from '../shared/sourceFile'

/** Another window (or an import) saved the library after this edit began: refused, nothing written. */
const staleLibrary = (current: number, expected: number) =>
  new WorkbenchError(
    'STALE_VERSION',
    `建议库已在别处被修改（当前第 ${current} 版，您修改的是第 ${expected} 版），为避免覆盖，本次修改未保存。请重新载入建议库，核对后再保存。`,
    { details: { version: current } },
  )

const plain = (lib: AdviceLibrary): AdviceLibrary => JSON.parse(JSON.stringify(lib)) as AdviceLibrary

/** 建议库: read, save as edited, export and import as a file (reports/diagnosis/adviceLibrary.ts). */
export function adviceHandlers({ store, uploads }: HandlerDeps) {
  return {
    'advice.get': async () => plain((await store.adviceLibraryShard()).data),
    'advice.save': async ({ name, entries, expectVersion }) => {
      const ids = new Set<string>()
      for (const e of entries) {
        if (ids.has(e.id)) throw new WorkbenchError('INVALID_INPUT', `建议条目编号 ${e.id} 重复。`)
        ids.add(e.id)
      }
      const shard = await store.adviceLibraryShard()
      await shard.update((d) => {
        if (d.version !== expectVersion) throw staleLibrary(d.version, expectVersion)
        if (name) d.name = name
        d.entries = entries
        d.version += 1
      })
      return plain(shard.data)
    },
    'advice.export': async () => {
      const lib = (await store.adviceLibraryShard()).data
      return { fileName: safeFileName(`${lib.name}.json`), mime: 'application/json', base64: Buffer.from(serializeAdviceLibrary(lib)).toString('base64') }
    },
    'advice.import': async ({ source, mode }) => {
      const file = await sourceFile(uploads, source)
      const size = (await stat(file.path)).size
      if (size > MAX_LIBRARY_BYTES) throw new WorkbenchError('IMPORT_REFUSED', `建议库文件「${file.name}」无法导入：文件过大（上限 2 MB）。当前建议库未被改动。`)
      const incoming = parseAdviceLibrary(new Uint8Array(await readFile(file.path)), file.name)
      const shard = await store.adviceLibraryShard()
      await shard.update((d) => {
        if (mode === 'replace') {
          d.name = incoming.name
          d.entries = incoming.entries
        } else {
          const byId = new Map(d.entries.map((e) => [e.id, e]))
          for (const e of incoming.entries) byId.set(e.id, e)
          d.entries = [...byId.values()]
        }
        d.version += 1
      })
      return { ...plain(shard.data), imported: incoming.entries.length }
    },
  } satisfies HandlersOf<'advice'>
}
