import { ImageRun, Paragraph, TableCell, VerticalAlignTable, WidthType, type Table } from 'docx'
import QRCode from 'qrcode'
import type { ScoreSheetReportModel } from '../scoreSheetModel'
import { FONT_SIZE, textRun } from './gbt9704'
import { cellParagraph, gridTable, row, type CellText } from './tables'

/** Words of the visible signature block (issue 11): 平台内签署确认, honestly not called an electronic signature. */
export const SIGNATURE_BLOCK_TEXT = {
  heading: '平台内签署确认',
  expert: (name: string) => `评审专家：${name}`,
  date: (d: string) => `签署日期：${d}`,
  version: (v: number) => `签署版本：第${v}版`,
  fingerprint: (fp: string) => `密钥指纹：${fp}`,
  code: (c: string) => `验证码：${c}`,
  handwritten: '专家签名：',
  note:
    '本表由评审专家在专家评审工作台内以个人签名密钥签署确认（平台内签署确认，并非由电子认证服务机构颁发证书的电子签名）。' +
    '可在工作台「验证文书」中核验本文件，或输入验证码查询。',
  qrText: (c: string) => `专家评审工作台 验证码 ${c}`,
} as const
const T = SIGNATURE_BLOCK_TEXT

/** Left (text) and right (QR) columns: 156 mm. */
const COLUMNS = [6400, 2444] as const
const QR_PX = 120

/** The QR code of a verification code as PNG bytes (deterministic: same code, same bytes). */
export async function verificationQrPng(code: string): Promise<Uint8Array> {
  return new Uint8Array(await QRCode.toBuffer(T.qrText(code), { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 }))
}

/**
 * The signature block of a signed 专家评分表: who signed, when, which version, the key's fingerprint,
 * the handwritten signature image if the expert has one, the verification code and its QR code.
 */
export async function signatureBlock(m: ScoreSheetReportModel, signing: NonNullable<ScoreSheetReportModel['signing']>): Promise<Table> {
  const font = m.fonts.body
  const lines: CellText[] = [
    { text: T.heading, bold: true },
    { text: T.expert(signing.expertName) },
    { text: T.date(signing.signedDate) },
    { text: T.version(m.submittedVersion) },
    { text: T.fingerprint(signing.fingerprint) },
    { text: T.code(signing.verificationCode), bold: true },
  ]
  const left: Paragraph[] = lines.map((l) => cellParagraph(font, l))
  const img = signing.signatureImage
  if (img) {
    const h = 40
    const w = Math.min(220, Math.round((img.width / img.height) * h))
    left.push(
      new Paragraph({
        children: [textRun(T.handwritten, { font, size: FONT_SIZE.table }), new ImageRun({ type: img.type, data: img.data, transformation: { width: w, height: h } })],
      }),
    )
  }
  left.push(cellParagraph(font, { text: T.note, small: true }))
  const qr = await verificationQrPng(signing.verificationCode)
  const cellOf = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER, children })
  return gridTable(COLUMNS, [
    row([
      cellOf(COLUMNS[0], left),
      cellOf(COLUMNS[1], [new Paragraph({ alignment: 'center', children: [new ImageRun({ type: 'png', data: qr, transformation: { width: QR_PX, height: QR_PX } })] })]),
    ]),
  ])
}
