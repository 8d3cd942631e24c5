/** A file the API hands back (exports, reports). */
export interface FileOutput {
  fileName: string
  mime: string
  /** file bytes in base64, so the result crosses IPC and HTTP as JSON */
  base64: string
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
