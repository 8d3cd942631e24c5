import { constants as fsc } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { intakeError } from './refusal'
import { fileSubject } from './describe'

/**
 * O_NONBLOCK: opening a FIFO nobody writes to returns at once instead of blocking a thread of the
 * pool for ever; the fstat below then refuses it. Symlinks are followed (the CLI user may pass one),
 * but what is checked is the object actually opened, so no swap between check and read is possible.
 */
const OPEN_FLAGS = fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0)

function kindOf(st: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isDirectory()) return '文件夹'
  if (st.isFIFO()) return '命名管道（FIFO）'
  if (st.isSocket()) return '套接字'
  if (st.isCharacterDevice() || st.isBlockDevice()) return '设备文件'
  return '特殊文件'
}

export function notRegularMessage(file: string, what: string): string {
  return `${fileSubject(file)}不是普通文件（是${what}），无法作为文件导入。`
}

/**
 * Opens a user's file for reading after checking, on the opened handle, that it is a regular file
 * no larger than `maxBytes` (docs/design/hostile-inputs.md / issue 8: "sizes and file types checked before
 * reading"). /dev/zero, a FIFO, a socket or a folder is refused FILE_NOT_REGULAR without reading a
 * byte; a file over the cap is refused with `tooLarge()` before reading. The caller closes the handle.
 */
export async function openRegularFile(path: string, label: string, maxBytes: number, tooLarge: () => Error): Promise<{ fh: FileHandle; size: number }> {
  let fh: FileHandle
  try {
    fh = await open(path, OPEN_FLAGS)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EISDIR') throw intakeError('FILE_NOT_REGULAR', notRegularMessage(label, '文件夹'), { file: label })
    if (code === 'ENXIO') throw intakeError('FILE_NOT_REGULAR', notRegularMessage(label, '套接字'), { file: label })
    throw e
  }
  try {
    const st = await fh.stat()
    if (!st.isFile()) throw intakeError('FILE_NOT_REGULAR', notRegularMessage(label, kindOf(st)), { file: label })
    if (st.size > maxBytes) throw tooLarge()
    return { fh, size: st.size }
  } catch (e) {
    await fh.close()
    throw e
  }
}

/**
 * The whole of a small regular file, read with the cap enforced while reading too: a file that grows
 * past `maxBytes` after the check is refused with `tooLarge()` as soon as the extra byte arrives.
 */
export async function readRegularFile(path: string, label: string, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  const { fh, size } = await openRegularFile(path, label, maxBytes, tooLarge)
  try {
    let buf = Buffer.allocUnsafe(Math.min(maxBytes, size) + 1)
    let got = 0
    for (;;) {
      if (got === buf.length) {
        if (buf.length > maxBytes) throw tooLarge()
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2))
        buf.copy(bigger, 0, 0, got)
        buf = bigger
      }
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got)
      if (bytesRead === 0) break
      got += bytesRead
    }
    return buf.subarray(0, got)
  } finally {
    await fh.close()
  }
}
