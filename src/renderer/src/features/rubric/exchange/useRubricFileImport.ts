import { useState } from 'react'
import { App } from 'antd'
import type { RubricFileParse } from '../../../../../core/api/outputs'
import { useActions } from '../../../stores'
import { useRun } from '../../../app/useRun'
import { readAsBase64 } from './readFile'
import { RUBRIC_STRINGS as S } from '../strings'

/** rubric.parseFile takes at most 8 MiB of base64, i.e. 6 MiB of file. */
export const MAX_RUBRIC_FILE_BYTES = 6 * 1024 * 1024

/**
 * Reads a rubric file the user chose or dropped (size checked, read in the browser, parsed by the core):
 * one home for the checks of the 导入 button and of a file dropped on the window.
 */
export function useRubricFileImport() {
  const { parseRubricFile } = useActions()
  const { message } = App.useApp()
  const run = useRun()
  const [busy, setBusy] = useState(false)
  const [parsed, setParsed] = useState<{ fileName: string; result: RubricFileParse } | null>(null)

  async function importFile(file: File) {
    if (file.size > MAX_RUBRIC_FILE_BYTES) return void message.error(S.fileTooBig)
    setBusy(true)
    try {
      const base64 = await readAsBase64(file).catch(() => null)
      if (base64 === null) return void message.error(S.readFailed)
      const result = await run(() => parseRubricFile(file.name, base64))
      if (result) setParsed({ fileName: file.name, result })
    } finally {
      setBusy(false)
    }
  }
  return { busy, parsed, importFile, close: () => setParsed(null) }
}
