/**
 * One sentence per file kind a door did not expect, so every door (roster, materials, rubric files,
 * the coming packages) tells a user the same specific thing: what the file really is, and what to do
 * (docs/design/hostile-inputs.md: "a clear message in Chinese naming the file and the problem").
 */
import type { FileKind } from './sniff'

/** What a door expected, as the user calls it. */
export type ExpectedFile = 'Excel 表格' | '有效的 zip 压缩包' | '表格文件（.xlsx 或 CSV）' | '指标体系文件（.json 或 .xlsx）'

const SAVE_AS = '请在 Excel 或 WPS 中另存为 .xlsx 后再导入'

/** 「name」, or 文件 when a caller has no name. */
export function fileSubject(file: string | undefined): string {
  return file ? `「${file}」` : '文件'
}

/** Kinds a zip's directory reveals beyond the sniffer table's. */
export type DescribedKind = FileKind | 'xlsb' | 'ods'

const WHAT: Partial<Record<DescribedKind, string>> = {
  xlsb: 'Excel 二进制工作簿（.xlsb）',
  ods: 'OpenDocument 表格（.ods）',
  pdf: 'PDF 文件',
  png: 'PNG 图片',
  jpeg: 'JPEG 图片',
  gif: 'GIF 图片',
  webp: 'WebP 图片',
  svg: 'SVG 图片',
  zip: 'zip 压缩包',
  xlsx: 'Excel 表格（.xlsx）',
  docx: 'Word 文档（.docx）',
  pptx: 'PowerPoint 演示文稿（.pptx）',
  mp4: 'MP4 视频',
  mov: 'QuickTime 视频',
  m4a: 'M4A 音频',
  mp3: 'MP3 音频',
  wav: 'WAV 音频',
  webm: 'WebM 视频',
  doc: '旧版 Word 97-2003 文档（.doc）',
  ppt: '旧版 PowerPoint 97-2003 演示文稿（.ppt）',
  rar: 'RAR 压缩包',
  sevenZip: '7z 压缩包',
  gzip: 'gzip 压缩包',
  text: '文本文件',
}

/**
 * The message for a file of `kind` handed to a door that expected `expected`; undefined when the
 * kind is what the door reads (the door goes on and reports what it finds inside).
 * - old Excel: 「x.xls」是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再导入
 * - encrypted OOXML: 「x.xlsx」已加密（设置了打开密码），请在 Excel 或 WPS 中取消密码保护后再导入
 * - anything else: 「x.xlsx」实际是 PDF 文件，不是 Excel 表格
 */
export function wrongKindMessage(kind: DescribedKind, file: string | undefined, expected: ExpectedFile, head?: Uint8Array): string {
  const s = fileSubject(file)
  switch (kind) {
    case 'xls':
      return `${s}是旧版 Excel 97-2003 工作簿（.xls），不是 .xlsx：${SAVE_AS}`
    case 'encryptedOffice':
      return `${s}已加密（设置了打开密码），请在 Excel、Word 或 WPS 中取消密码保护后再导入`
    case 'ole':
      return `${s}是旧版 Excel 97-2003 工作簿（.xls）或设置了打开密码的 Office 文件（文件头 D0 CF 11 E0），不是 .xlsx：${SAVE_AS}，如有密码请先取消`
    case 'empty':
      return `${s}为空（0 字节），${spaced('不是', expected)}`
    case 'text':
      return `${s}实际是文本文件（可能是 CSV 或制表符分隔的文本），${spaced('不是', expected)}：${SAVE_AS}`
    case 'xlsb':
    case 'ods':
      return `${s}实际是${WHAT[kind]}，不是 .xlsx：${SAVE_AS}`
    case 'unknown':
      return `${s}${spaced('不是', expected)}（无法识别的文件内容，文件头 ${hex(head, 4)}）`
    default: {
      const what = WHAT[kind] ?? '其他类型的文件'
      return `${s}${spaced('实际是', what)}，${spaced('不是', expected)}`
    }
  }
}

/** A space between Chinese and a Latin word, as Chinese typesetting does: 实际是 PDF 文件. */
function spaced(prefix: string, word: string): string {
  return /^[A-Za-z0-9]/.test(word) ? `${prefix} ${word}` : `${prefix}${word}`
}

/** The reason code for a file of the wrong kind: what is wrong with it, the same at every door. */
export function wrongKindReason(kind: DescribedKind): 'FILE_ENCRYPTED' | 'FILE_OLD_FORMAT' | 'FILE_WRONG_TYPE' {
  if (kind === 'encryptedOffice') return 'FILE_ENCRYPTED'
  if (kind === 'xls' || kind === 'doc' || kind === 'ppt' || kind === 'ole') return 'FILE_OLD_FORMAT'
  return 'FILE_WRONG_TYPE'
}

function hex(b: Uint8Array | undefined, n: number): string {
  if (!b) return '未知'
  return [...b.subarray(0, n)].map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ')
}
