/** What a secretary or an expert reads when a package is written or refused (issue 11). One home for the prose. */

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`
const gb = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GB`

export const PKG_MSG = {
  cancelled: '已取消，未生成文件，也未作任何改动。',
  tooLarge: (max: number) => `文件将超过 ${gb(max)} 的上限（zip 格式限制），已停止生成。请减少该专家的申报或材料后再导出。`,
  tooManyEntries: (max: number) => `包内文件超过 ${max} 个，无法生成。`,
  sourceChanged: (name: string) => `材料「${name}」在导出过程中发生了变化，已停止生成。请重试。`,
  blobMissing: (name: string) => `材料「${name}」在工作区中找不到（attachments 中缺少该文件），无法导出。`,
  blobDamaged: (name: string) => `材料「${name}」在工作区中的内容与登记的校验值不符，可能已损坏，无法导出。`,

  // reading: every message names the file
  notPackage: (file: string, what: string) => `「${file}」不是${what}（不是有效的 zip 文件或缺少清单）。`,
  wrongKind: (file: string, what: string, is: string) => `「${file}」是${is}，不是${what}。`,
  tooBig: (file: string, max: number) => `「${file}」超过 ${gb(max)} 的上限，已拒绝。`,
  unexpectedEntry: (file: string, entry: string) => `「${file}」中含有不属于评审包的文件「${entry}」，可能被改动过，已拒绝。`,
  missingEntry: (file: string, entry: string) => `「${file}」缺少「${entry}」，文件不完整或被改动过，已拒绝。`,
  badJson: (file: string, entry: string) => `「${file}」中的「${entry}」不是有效的数据（格式错误、过大或嵌套过深），已拒绝。`,
  newerFormat: (file: string, v: number) => `「${file}」由更新版本的工作台生成（格式版本 ${v}），请升级后再打开。`,
  badSignature: (file: string) => `「${file}」的签名验证失败：文件在签名后被改动过，或不是由所声明的密钥签署的，已拒绝。`,
  hashMismatch: (file: string, entry: string) => `「${file}」中的「${entry}」与清单记录的校验值不符：文件在签名后被改动过，已拒绝。`,
  entryTooLarge: (file: string, entry: string, max: number) => `「${file}」中的「${entry}」超过 ${mb(max)}，已拒绝。`,
  zip: (file: string, detail: string) => `「${file}」无法安全读取：${detail}。已拒绝，未作任何改动。`,
}
