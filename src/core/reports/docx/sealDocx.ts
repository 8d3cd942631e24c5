import JSZip from 'jszip'
import { SIGNATURE_CONTENT_TYPE, SIGNATURE_PART, type DocumentSignatureFile } from '../../signing/documentSignature'
import { stampZipEntries } from './stablePackage'

/**
 * Adds the signature part to a .docx the workbench just rendered (its own bytes, not an import): the
 * content type is declared in [Content_Types].xml first, then every other part is hashed and signed
 * (`sign`), then the package is written again with the same entry order and one fixed time, so the
 * same document gives the same bytes.
 */
export async function sealDocx(
  docx: Uint8Array,
  date: Date,
  sign: (parts: ReadonlyMap<string, Uint8Array>) => DocumentSignatureFile,
): Promise<{ bytes: Uint8Array; signature: DocumentSignatureFile }> {
  const zip = await JSZip.loadAsync(docx)
  const parts = new Map<string, Uint8Array>()
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async('uint8array'))
  const types = new TextDecoder().decode(parts.get('[Content_Types].xml'))
  if (!types.includes('</Types>')) throw new Error('sealDocx: no [Content_Types].xml')
  const override = `<Override PartName="/${SIGNATURE_PART}" ContentType="${SIGNATURE_CONTENT_TYPE}"/>`
  parts.set('[Content_Types].xml', new TextEncoder().encode(types.includes(override) ? types : types.replace('</Types>', `${override}</Types>`)))
  parts.delete(SIGNATURE_PART)
  // drawings are already numbered per document (packReport, stablePackage.ts withStableDrawingIds)
  const signature = sign(parts)
  parts.set(SIGNATURE_PART, new TextEncoder().encode(`${JSON.stringify(signature, null, 1)}\n`))
  const out = new JSZip()
  for (const [name, bytes] of parts) out.file(name, bytes, { date, createFolders: false })
  const bytes = await out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' })
  return { bytes: stampZipEntries(bytes, date), signature }
}
