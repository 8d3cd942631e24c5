import { WorkbenchError } from '../domain/errors'

const FULL = new Set(['ENOSPC', 'EDQUOT'])
const IO = new Set(['EIO', 'EROFS', 'EFBIG', 'EACCES', 'EPERM', 'EBADF', 'ENXIO'])

const REASON: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已用完',
  EIO: '磁盘读写出错',
  EROFS: '工作区所在的磁盘是只读的',
  EFBIG: '文件超过了文件系统允许的大小',
  EACCES: '没有写入工作区的权限',
  EPERM: '没有写入工作区的权限',
  EBADF: '磁盘读写出错',
  ENXIO: '存储设备不可用',
}

/** The errno code of a failed file-system call, if it is one. */
export function errnoOf(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : undefined
}

/**
 * A failed write as the user should hear it: a full disk (STORAGE_FULL) or another storage fault
 * (STORAGE_IO), in Chinese, saying that this change was not saved and earlier saves are untouched.
 * Anything that is not a file-system fault (a WorkbenchError, a bug) is returned as it is.
 */
export function storageError(e: unknown): unknown {
  if (e instanceof WorkbenchError) return e
  const code = errnoOf(e)
  if (!code || (!FULL.has(code) && !IO.has(code))) return e
  const full = FULL.has(code)
  const reason = REASON[code] ?? '磁盘读写出错'
  const message = full
    ? `${reason}，本次修改未保存；此前已保存的内容不受影响。请释放磁盘空间后重试。`
    : `${reason}（${code}），本次修改未保存；此前已保存的内容不受影响。请检查磁盘或存储设备后重试。`
  return new WorkbenchError(full ? 'STORAGE_FULL' : 'STORAGE_IO', message, { details: { errno: code } })
}

/** Runs a write and turns a file-system fault into STORAGE_FULL / STORAGE_IO (see storageError). */
export async function asStorageError<R>(write: () => Promise<R>): Promise<R> {
  try {
    return await write()
  } catch (e) {
    throw storageError(e)
  }
}
