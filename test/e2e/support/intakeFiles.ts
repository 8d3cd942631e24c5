import { randomBytes } from 'node:crypto'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'

/**
 * Files the intake tests import, made here: an .xlsx roster with exceljs, a .zip of materials with
 * jszip holding hand-written PDFs, a PNG, a minimal .docx and an SVG with a script.
 */

export const S1 = { school: '湖南省机械工业技师学院', program: '工业机器人应用与维护', group: '机器人技术应用', applicant: '周立新' }
export const S2 = { school: '江苏省常州技师学院', program: '数控加工', group: '数字化设计与制造', applicant: '李明' }
export const BAD = { school: '广东省机械技师学院', program: '模具制造', group: '不存在的协作组', applicant: '王芳' }

/**
 * A one-page PDF written by hand (objects, xref with byte offsets, trailer): a title in Helvetica and a
 * filled blue bar, so a rendered page has coloured pixels. `padding` adds an unreferenced stream of
 * random bytes to make the file large (incompressible) without changing what is drawn.
 */
export function handWrittenPdf(title: string, padding = 0, chinese = ''): Buffer {
  // Chinese text as UCS-2 codes in a font the file does not embed: pdf.js needs the UniGB-UCS2-H CMap
  const cjk = chinese ? `BT /F2 24 Tf 72 700 Td <${[...chinese].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}> Tj ET\n` : ''
  const content = `BT /F1 28 Tf 72 760 Td (${title}) Tj ET\n${cjk}0.12 0.37 0.65 rg 72 560 451 120 re f\n`
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> /Contents 5 0 R >>'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    Buffer.from(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}endstream`),
    Buffer.from(
      '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 ' +
        '/BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 ' +
        '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 ' +
        '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>] >>',
    ),
  ]
  if (padding) {
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${padding} >>\nstream\n`), randomBytes(padding), Buffer.from('\nendstream')]))
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')]
  const offsets: number[] = []
  let at = parts[0]!.length
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')])
    offsets.push(at)
    parts.push(obj)
    at += obj.length
  })
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('')
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`))
  return Buffer.concat(parts)
}

export async function rosterXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('申报汇总')
  ws.addRow(['序号', '申报单位', '专业名称', '协作组', '申报人'])
  ;[S1, S2, BAD].forEach((s, i) => ws.addRow([i + 1, s.school, s.program, s.group, s.applicant]))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A 1×1 PNG. */
export const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

/** The smallest .docx Word opens: content types, the package relationship and one paragraph. */
export async function minimalDocx(): Promise<Buffer> {
  const docx = new JSZip()
  docx.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  )
  docx.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  )
  docx.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>专业简介</w:t></w:r></w:p></w:body></w:document>',
  )
  return docx.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

export async function materialsZip(): Promise<Buffer> {
  const zip = new JSZip()
  const dir1 = `${S1.school}_${S1.program}`
  const dir2 = `${S2.school}_${S2.program}`
  zip.file(`${dir1}/申报书.pdf`, handWrittenPdf('Shen Bao Shu - E2E'))
  // ~9 MB stored, so the upload takes three chunks and the progress bar is there to see
  zip.file(`${dir1}/佐证材料.pdf`, handWrittenPdf('Zuo Zheng Cai Liao', 9 * 1024 * 1024, '佐证材料：实训基地建设'), { compression: 'STORE' })
  zip.file(`${dir2}/申报书.pdf`, handWrittenPdf('Changzhou'))
  zip.file(`${dir2}/实训室照片.png`, ONE_PIXEL_PNG)
  zip.file(`${dir2}/专业简介.docx`, await minimalDocx())
  zip.file(`${dir2}/logo.svg`, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
  zip.file('未知学校_未知专业/说明.pdf', handWrittenPdf('Unmatched'))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

