import { useEffect, useState } from 'react'
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist'
import { openPdf } from './pdfjs'
import { MATERIALS_STRINGS as S } from '../strings'

export type PdfState = { doc: PDFDocumentProxy | null; error: string | null }

/** pdf.js names its failures; the user reads which file and why. */
function pdfErrorText(e: unknown, name: string): string {
  const err = e as { name?: string; message?: string }
  if (err?.name === 'PasswordException') return S.pdfPassword(name)
  if (err?.name === 'InvalidPDFException') return S.pdfInvalid(name)
  return S.pdfFailed(name, err?.message ?? String(e))
}

/** Opens one PDF for as long as the component shows it; the worker's copy is destroyed after. */
export function usePdfDocument(url: string, name: string): PdfState {
  const [state, setState] = useState<PdfState>({ doc: null, error: null })
  useEffect(() => {
    let live = true
    let task: PDFDocumentLoadingTask | null = null
    setState({ doc: null, error: null })
    openPdf(url)
      .then((t) => {
        task = t
        return live ? t.promise : null
      })
      .then((doc) => {
        if (doc && live) setState({ doc, error: null })
      })
      .catch((e: unknown) => {
        if (live) setState({ doc: null, error: pdfErrorText(e, name) })
      })
    return () => {
      live = false
      void task?.destroy()
    }
  }, [url, name])
  return state
}
