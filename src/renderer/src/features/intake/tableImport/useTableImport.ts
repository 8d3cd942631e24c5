import { useState } from 'react'
import type { PickedFile } from '../../../api'
import { ApiError } from '../../../api'
import { useActions } from '../../../stores'
import { INTAKE_STRINGS as S } from '../strings'

/** What every table preview (申报汇总表, 专家库) says about the file it read. */
export interface TablePreviewLike {
  fileName: string
  headers: readonly string[]
  headerChoices: readonly unknown[]
  problems: readonly { row: number; column: string; message: string }[]
  rowCount: number
  validCount: number
}

export type ImportMode = 'all' | 'validOnly'
export type Failure = { message: string; issues?: ApiError['issues'] }

/** How many rows have at least one problem (a row with two problems counts once). */
export const problemRowCount = (p: Pick<TablePreviewLike, 'problems'>): number => new Set(p.problems.map((x) => x.row)).size

/** A file that could not be read as a table: its problems by row and column, as the issue list shows them. */
export const unreadable = (p: TablePreviewLike): Failure => ({
  message: S.unreadable(p.fileName),
  issues: p.problems.map((x) => ({ path: x.row ? `第 ${x.row} 行 ${x.column}` : x.column, message: x.message })),
})

/**
 * The state every table-import wizard walks through: the file is uploaded once (with progress), previewed
 * — under a chosen header row if need be — and imported all-or-valid-only; a failure keeps what was shown.
 * The wizards add their own steps (the roster's column mapping) around it.
 */
export function useTableImport<P extends TablePreviewLike, R>() {
  const { uploadFile } = useActions()
  const [step, setStep] = useState(0)
  const [file, setFile] = useState<PickedFile | null>(null)
  const [uploadId, setUploadId] = useState<string | null>(null)
  const [pct, setPct] = useState<number | null>(null)
  const [preview, setPreview] = useState<P | null>(null)
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined)
  const [mode, setMode] = useState<ImportMode>('validOnly')
  const [result, setResult] = useState<R | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [busy, setBusy] = useState(false)

  function reset() {
    setStep(0)
    setFile(null)
    setUploadId(null)
    setPct(null)
    setPreview(null)
    setHeaderRow(undefined)
    setMode('validOnly')
    setResult(null)
    setFailure(null)
  }

  /** Runs one step of work; a refusal shows as the issue list and leaves the wizard where it was. */
  async function attempt(work: () => Promise<void>) {
    setBusy(true)
    setFailure(null)
    try {
      await work()
    } catch (e) {
      setFailure({ message: (e as Error).message, issues: e instanceof ApiError ? e.issues : undefined })
    } finally {
      setBusy(false)
    }
  }

  /** Uploads the picked file once; later previews and the import name it by its upload id. */
  async function upload(f: PickedFile): Promise<string> {
    setFile(f)
    setPreview(null)
    const id = await uploadFile(f, (sent, total) => setPct(total ? Math.round((sent / total) * 100) : 100))
    setUploadId(id)
    return id
  }

  return {
    step, setStep, file, uploadId, pct, preview, setPreview, headerRow, setHeaderRow, mode, setMode,
    result, setResult, failure, setFailure, busy, reset, attempt, upload,
  }
}
