import type { FileOutput } from '../../../core/api/outputs'

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
  const url = URL.createObjectURL(base64ToBlob(file.base64, file.mime))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // revoke later: revoking at once can cancel the download in some Chromium versions
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
