import { formatBytes } from '../messages'
import { fileSubject, wrongKindMessage, wrongKindReason } from './describe'
import type { FileRefusal } from './refusal'
import type { XlsxCaps, XlsxPackageProblem } from './xlsxPackage'

const RESAVE = '请用 Excel 或 WPS 打开后重新保存'

/**
 * What a refused .xlsx package is told, the same through every door (roster, rubric files, the
 * coming packages): a FileRefusal naming the file and, where it helps, the part.
 */
export function xlsxPackageRefusal(p: XlsxPackageProblem, file: string | undefined, caps: XlsxCaps): FileRefusal {
  const s = fileSubject(file)
  const r = (reason: FileRefusal['reason'], message: string): FileRefusal => ({ reason, file: file ?? '', message })
  const unsafe = (why: string) => r('ROSTER_XLSX_UNSAFE', `${s}${why}，为安全起见未读取。`)
  switch (p.kind) {
    case 'notXlsx':
      return r(wrongKindReason(p.actual), wrongKindMessage(p.actual, file, 'Excel 表格'))
    case 'missingPart':
      return r('ROSTER_XLSX_CORRUPT', `${s}已损坏或不完整：缺少内部部件「${p.part}」，${RESAVE}。`)
    case 'zip64':
      return r('ROSTER_XLSX_UNSAFE', `${s}使用 ZIP64 格式，正常大小的 Excel 表格不需要它，为安全起见未读取。`)
    case 'zip': {
      const v = p.violation
      switch (v.kind) {
        case 'corrupt':
        case 'unsupportedMethod':
          return r(
            'ROSTER_XLSX_CORRUPT',
            `${s}已损坏或不完整，无法作为 Excel 表格读取${v.entry ? `（内部部件「${v.entry}」无法解压）` : ''}：${RESAVE}。`,
          )
        case 'sizeMismatch':
          return unsafe(`已损坏或不完整：内部部件${v.entry ? `「${v.entry}」` : ''}解压后的实际大小与声明不符`)
        case 'tooManyEntries':
          return unsafe(`含有 ${v.count} 个内部部件（上限 ${caps.maxParts} 个），不是正常的 Excel 表格`)
        case 'entryTooLarge':
        case 'tooLarge':
        case 'ratio':
        case 'archiveRatio':
          return unsafe(`解压后超过 ${formatBytes(caps.maxUnzippedBytes)}，不是正常的 Excel 表格`)
        case 'overlap':
        case 'hiddenData':
          return unsafe('的内部结构异常（含有目录之外的隐藏数据或相互重叠的部件）')
        case 'encrypted':
          return r('FILE_ENCRYPTED', `${s}的内部部件已加密，请取消密码保护后再导入。`)
        case 'unsafePath':
          return unsafe('的内部部件路径不安全')
      }
    }
  }
}

/** A package that passed the checks but that exceljs could not parse (bad XML, DTD entities, a missing sheet part). */
export function xlsxUnreadableRefusal(file: string | undefined): FileRefusal {
  return { reason: 'ROSTER_XLSX_CORRUPT', file: file ?? '', message: `${fileSubject(file)}已损坏或格式不正确，无法作为 Excel 表格读取：${RESAVE}。` }
}
