/**
 * Every user-visible string of intake, in one place (docs/design/style.md: "keep all user-visible strings in one
 * place per feature so an English locale can follow"). Each refusal names the file and the problem
 * (docs/design/hostile-inputs.md: "a clear message in Chinese naming the file and the problem").
 */

/** 500 MB, 2 GB, 20 MB — sizes as a user reads them. */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'] as const
  let v = n
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  const digits = i === 0 || Number.isInteger(v) ? 0 : 1
  return `${v.toFixed(digits)} ${units[i]}`
}

const refuse = (file: string, problem: string) => `无法导入“${file}”：${problem}`

export const MSG = {
  cancelled: '导入已取消，工作区未作任何更改。',
  badSha256: '附件标识无效（应为 64 位十六进制的 SHA-256 值）。',
  fileTooLarge: (name: string, max: number) => refuse(name, `文件超过大小上限 ${formatBytes(max)}。`),

  // ---- zip archives ----
  zipCorrupt: (zip: string) => refuse(zip, '不是有效的 zip 压缩包，或文件已损坏、不完整。'),
  zipEntryCorrupt: (zip: string, entry: string) => refuse(zip, `其中的“${entry}”已损坏，无法解压。`),
  zipEmpty: (zip: string) => refuse(zip, '压缩包中没有文件。'),
  zipNothingImportable: (zip: string, skipped: number) =>
    refuse(zip, `压缩包中没有可导入的文件（${skipped} 个文件被跳过，原因见跳过清单）。`),
  zipUnsafePath: (zip: string, entry: string) =>
    refuse(zip, `其中的“${entry}”路径不安全（含“..”、绝对路径或盘符），为防止写到工作区之外，整个压缩包未导入。`),
  zipEncrypted: (zip: string, entry: string) => refuse(zip, `其中的“${entry}”设有密码（已加密），请解除密码后重新打包。`),
  zipUnsupportedMethod: (zip: string, entry: string, method: number) =>
    refuse(zip, `其中的“${entry}”使用了不支持的压缩方式（${method}），请用常规 zip 格式重新打包。`),
  zipTooManyEntries: (zip: string, n: number, max: number) => refuse(zip, `压缩包中的条目数（${n}）超过上限 ${max} 个。`),
  zipTooLarge: (zip: string, max: number) => refuse(zip, `解压后的总大小超过上限 ${formatBytes(max)}。`),
  zipEntryTooLarge: (zip: string, entry: string, size: number, max: number) =>
    refuse(zip, `其中的“${entry}”解压后为 ${formatBytes(size)}，超过单个文件上限 ${formatBytes(max)}。`),
  zipRatio: (zip: string, entry: string, ratio: number, max: number) =>
    refuse(zip, `其中的“${entry}”压缩比异常（约 ${Math.round(ratio)} 倍，上限 ${max} 倍），疑似“压缩炸弹”，整个压缩包未导入。`),
  zipArchiveRatio: (zip: string, ratio: number, max: number) =>
    refuse(zip, `解压后的总大小约为压缩包的 ${Math.round(ratio)} 倍（上限 ${max} 倍），疑似“压缩炸弹”，整个压缩包未导入。`),
  zipOverlap: (zip: string) =>
    refuse(zip, '其中多个文件共用同一段压缩数据（条目重叠），这是“压缩炸弹”的构造，正常的压缩软件不会生成，整个压缩包未导入。'),
  zipSizeMismatch: (zip: string, entry?: string) =>
    refuse(zip, `其中${entry ? `的“${entry}”` : '有文件'}实际内容与声明的大小不符，压缩包可能被篡改或已损坏。`),

  // ---- folders ----
  folderNotDirectory: (dir: string) => refuse(dir, '不是文件夹（或是指向别处的快捷方式/符号链接）。'),
  folderEmpty: (dir: string) => refuse(dir, '文件夹中没有可导入的文件。'),
  folderTooManyFiles: (dir: string, max: number) => refuse(dir, `文件夹中的文件超过上限 ${max} 个。`),
  folderTooDeep: (dir: string, rel: string, max: number) => refuse(dir, `文件夹层级超过 ${max} 层（“${rel}”）。`),
  folderTooLarge: (dir: string, max: number) => refuse(dir, `文件总大小超过上限 ${formatBytes(max)}。`),
  folderFileTooLarge: (dir: string, rel: string, size: number, max: number) =>
    refuse(dir, `其中的“${rel}”为 ${formatBytes(size)}，超过单个文件上限 ${formatBytes(max)}。`),
  folderUnreadable: (dir: string, rel: string) =>
    refuse(dir, `无法读取其中的“${rel}”（没有读取权限或被其他程序占用），整个文件夹未导入。`),
  folderFileChanged: (dir: string, rel: string) =>
    refuse(dir, `其中的“${rel}”在导入过程中被修改，请关闭正在编辑它的程序后重新导入。`),

  // ---- why an entry was skipped (shown in the 跳过清单) ----
  skip: {
    symlink: '符号链接或快捷方式，已跳过（不跟随链接）',
    special: '设备文件或其他特殊文件，已跳过',
    nestedArchive: '压缩包中的压缩包不会展开，已跳过；如需导入，请解压后单独导入',
    systemFile: '系统自动生成的文件，已跳过',
    empty: '空文件，已跳过',
    svg: 'SVG 图片可能含有脚本，不允许导入，已跳过',
    encrypted: '已加密（设置了打开密码），请在 Office 或 WPS 中取消密码保护后重新导入，已跳过',
    oldFormat: (label: string) => `${label}：旧版格式，请在 Office 或 WPS 中另存为新格式（.docx、.xlsx、.pptx）或 PDF 后重新导入，已跳过`,
    typeNotAllowed: (label: string) => `文件类型（${label}）不在本次评审允许的范围内，已跳过`,
  },
  nameCollision: (a: string, b: string, shown: string) =>
    `“${a}”和“${b}”的文件名只差在看不出的字符（Unicode 写法、兼容汉字或末尾的点、空格），显示时都是“${shown}”；两个文件都已导入，请核对后按需改名`,
  nameSanitised: (name: string) => `文件名含有控制字符、双向文本控制符或过长，显示名已改为“${name}”`,

  // ---- rosters (申报汇总表) ----
  rosterTooLarge: (file: string, max: number) => refuse(file, `文件超过 ${formatBytes(max)}，请分批导入。`),
  rosterNotATable: (file: string) => refuse(file, '不是表格文件（支持 .xlsx 和 CSV）。'),
  rosterEncoding: (file: string) => refuse(file, '无法识别文件的文字编码，请另存为 UTF-8 编码的 CSV 或 .xlsx。'),
  rosterNoSheet: (file: string) => refuse(file, '工作簿中没有工作表。'),
  rosterNoHeader: (file: string) => refuse(file, '表格是空的，没有找到表头行。'),
  rosterHeaderRowNotFound: (file: string, row: number, scan: number) =>
    refuse(file, `第 ${row} 行不能作为表头：表头行须是表格开头 ${scan} 个非空行之一，且不能为空行。`),
  rosterTooManyRows: (file: string, max: number) => refuse(file, `数据超过 ${max} 行的上限，请分批导入。`),
  cell: {
    formula: (f: string) => `单元格含有公式（=${f.length > 40 ? `${f.slice(0, 40)}…` : f}），请复制后“选择性粘贴 → 数值”再导入`,
    error: (e: string) => `单元格是错误值 ${e}，请改为实际内容`,
    unknown: '无法识别的单元格内容',
    tooLong: (max: number) => `内容超过 ${max} 个字符`,
    noHeader: '该列没有表头，但单元格有内容',
    tooManyColumns: (max: number) => `超过 ${max} 列的上限`,
    duplicateHeader: (h: string) => `表头“${h}”重复`,
    unclosedQuote: '引号未闭合（CSV 格式错误）',
    badNumber: '数值无效',
    tooManyProblems: (n: number) => `问题过多，仅列出前 ${n} 条`,
  },
  map: {
    fieldLabel: { school: '学校', program: '专业', group: '协作组', applicant: '申报人' },
    required: (label: string) => `${label}不能为空`,
    tooLong: (label: string, max: number) => `${label}超过 ${max} 个字`,
    unknownGroup: (v: string, names: readonly string[]) => `协作组“${v}”不存在；可选的协作组：${names.join('、')}`,
    retiredGroup: (v: string) => `协作组“${v}”已停用，不能再受理新的申报`,
    duplicateInFile: (other: number, what = '同一学校的同一专业') => `与第 ${other} 行重复（${what}）`,
    duplicateExisting: (what = '同一学校的同一专业') => `与已有申报重复（${what}已在本评审活动中）`,
    schoolOrUnits: '申报单位不能为空（可填写申报单位，或在完成单位中列出第一完成单位）',
    badGender: (v: string) => `性别“${v}”应为“男”或“女”`,
    badInteger: (label: string, v: string, min: number, max: number) => `${label}“${v}”应为 ${min}—${max} 之间的整数`,
    repeatedName: (label: string, n: string) => `${label}中“${n}”出现了两次`,
    tooMany: (label: string, max: number) => `${label}最多 ${max} 人`,
    badDate: (v: string) => `“${v}”不是有效日期（应为 2024-03-01 这样的日期）`,
    mappingMissing: (label: string) => `列对应关系有误：请为“${label}”选择一列。`,
    mappingUnknownHeader: (label: string, h: string) => `列对应关系有误：“${label}”对应的列“${h}”不在表格中。`,
    mappingSameColumn: (h: string) => `列对应关系有误：列“${h}”被同时用作两个字段。`,
  },
} as const
