import { WorkbenchError } from '../domain/errors'

/**
 * The handwritten-signature image of an expert (issue 11): a PNG (what the app's drawing canvas gives)
 * or a JPEG (a scanned signature), checked by its bytes before anything is stored
 * (docs/design/hostile-inputs.md "Images: read dimensions first, refuse giant ones; refuse SVG").
 * Shown in the visible block of the expert's 专家评分表 at 40 px high, so a small image is plenty.
 */
export const SIGNATURE_IMAGE_LIMITS = { maxBytes: 1024 * 1024, maxWidth: 2000, maxHeight: 1000, minWidth: 16, minHeight: 8 } as const

export interface SignatureImageInfo {
  mime: 'image/png' | 'image/jpeg'
  /** the docx ImageRun type */
  type: 'png' | 'jpg'
  width: number
  height: number
}

const refuse = (message: string) => new WorkbenchError('INVALID_INPUT', message)
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n))

/** PNG: the signature, IHDR first (width, height), IEND last — a truncated file has no IEND. */
function pngInfo(b: Uint8Array): { width: number; height: number } {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength)
  if (b.length < 57 || ascii(b, 12, 4) !== 'IHDR') throw refuse('签名图片不是有效的 PNG 图片（文件头已损坏）。')
  if (ascii(b, b.length - 8, 4) !== 'IEND') throw refuse('签名图片不完整（PNG 文件被截断），请重新导出后再导入。')
  return { width: v.getUint32(16), height: v.getUint32(20) }
}

/** JPEG: walks the segments from SOI to the first frame header (SOF0–SOF15 but DHT, JPG, DAC); EOI last. */
function jpegInfo(b: Uint8Array): { width: number; height: number } {
  if (b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9) throw refuse('签名图片不完整（JPEG 文件被截断），请重新导出后再导入。')
  let at = 2
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) break
    const marker = b[at + 1]!
    if (marker === 0xff) {
      at++
      continue
    }
    const len = (b[at + 2]! << 8) | b[at + 3]!
    if (len < 2) break
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > b.length) break
      return { height: (b[at + 5]! << 8) | b[at + 6]!, width: (b[at + 7]! << 8) | b[at + 8]! }
    }
    if (marker === 0xda) break // image data before any frame header
    at += 2 + len
  }
  throw refuse('签名图片不是有效的 JPEG 图片（找不到图像尺寸）。')
}

/**
 * What a signature image is, from its bytes, or a refusal saying what is wrong: only PNG or JPEG (by
 * their magic bytes, whatever the file is called), at most 1 MB, 16×8 to 2000×1000 pixels.
 */
export function inspectSignatureImage(bytes: Uint8Array): SignatureImageInfo {
  const L = SIGNATURE_IMAGE_LIMITS
  if (bytes.length === 0) throw refuse('签名图片是空文件。')
  if (bytes.length > L.maxBytes) throw refuse(`签名图片过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），不能超过 1 MB。请裁剪或压缩后再导入。`)
  let info: SignatureImageInfo
  if (PNG_MAGIC.every((x, i) => bytes[i] === x)) info = { mime: 'image/png', type: 'png', ...pngInfo(bytes) }
  else if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) info = { mime: 'image/jpeg', type: 'jpg', ...jpegInfo(bytes) }
  else throw refuse('签名图片只能是 PNG 或 JPEG 图片（不接受 SVG、GIF、BMP 等其他格式）。')
  if (info.width > L.maxWidth || info.height > L.maxHeight) {
    throw refuse(`签名图片尺寸过大（${info.width}×${info.height} 像素），不能超过 ${L.maxWidth}×${L.maxHeight} 像素。`)
  }
  if (info.width < L.minWidth || info.height < L.minHeight) throw refuse(`签名图片太小（${info.width}×${info.height} 像素），无法看清。`)
  return info
}

/** The bytes of a `data:image/png;base64,…` URL (the drawing canvas's toDataURL), or a refusal. */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const m = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl)
  if (!m) throw refuse('签名图片数据格式不正确（应为 PNG 或 JPEG 图片）。')
  return new Uint8Array(Buffer.from(m[2]!, 'base64'))
}
