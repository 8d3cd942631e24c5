import type { FileOutput } from '../../../core/api/outputs'
import type { FilePiece } from '../../../core/api/packages/outputs'

/** base64 (as the core sends files over IPC/HTTP) to a Blob of the given type. */
export function base64ToBlob(base64: string, mime: string): Blob {
  const bin = atob(base64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return new Blob([bytes], { type: mime })
}

/**
 * Saves a file the core produced through a temporary <a download>: Chromium and Electron both show
 * their save flow for it, and nothing is navigated.
 */
export function downloadFile(file: FileOutput): void {
  downloadBlob(base64ToBlob(file.base64, file.mime), file.fileName)
}

/** Saves a Blob under `fileName` the same way (see downloadFile). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // revoke later: revoking at once can cancel the download in some Chromium versions
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/**
 * A file the core hands over in pieces (FilePiece, e.g. an expert package with its materials): asks
 * from offset 0 on until the file's size, and joins the pieces into one Blob (Chromium keeps a large
 * one on disk, not in the page's memory).
 */
export async function fetchPieces(piece: (offset: number) => Promise<FilePiece>): Promise<Blob> {
  const parts: Blob[] = []
  let offset = 0
  let size = 1
  let mime = 'application/octet-stream'
  while (offset < size) {
    const p = await piece(offset)
    const blob = base64ToBlob(p.base64, p.mime)
    if (blob.size === 0 && p.size > offset) throw new Error('文件读取中断，请重新下载。')
    parts.push(blob)
    offset += blob.size
    size = p.size
    mime = p.mime
  }
  return new Blob(parts, { type: mime })
}
