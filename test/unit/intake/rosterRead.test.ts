import { describe, expect, it } from 'vitest'
import { deflateRawSync } from 'node:zlib'
import { readRosterTable } from '../../../src/core/intake/roster/readRosterTable'
import type { RosterReadResult, RosterTable } from '../../../src/core/intake/roster/types'
import { makeXlsx, rebuildXlsx, encodeGb18030 } from './helpers/sheets'
import { expectRefusal } from './helpers/expectRefusal'

const HEAD = ['学校名称', '专业名称', '协作组', '申报人', '申报日期']

function table(r: RosterReadResult): RosterTable {
  if (!r.ok) throw new Error(`expected a table, got problems: ${JSON.stringify(r.problems)}`)
  return r.table
}
function problems(r: RosterReadResult) {
  if (r.ok) throw new Error('expected problems')
  return r.problems
}

describe('readRosterTable: xlsx', () => {
  it('reads values: text, numbers, dates as yyyy-mm-dd, rich text joined, hyperlinks as text, blank rows skipped', async () => {
    const x = await makeXlsx((ws) => {
      ws.addRow([...HEAD, '电话', '网址', '备注', '是否新专业'])
      ws.addRow(['第一技师学院', '工业机器人技术应用', '机器人技术应用', '张三', new Date(Date.UTC(2024, 2, 1)), 13800138000, { text: '官网', hyperlink: 'https://example.cn' }, { richText: [{ text: '加粗', font: { bold: true } }, { text: '普通' }] }, true])
      ws.addRow([])
      ws.addRow(['  第二技工学校 ', '数控加工', 'g3', '', '2024-03-02', 0.5])
    })
    const t = table(await readRosterTable(x, '汇总.xlsx'))
    expect(t.format).toBe('xlsx')
    expect(t.headers).toEqual([...HEAD, '电话', '网址', '备注', '是否新专业'])
    expect(t.rows.map((r) => r.row)).toEqual([2, 4])
    expect({ ...t.rows[0]!.cells }).toEqual({
      学校名称: '第一技师学院',
      专业名称: '工业机器人技术应用',
      协作组: '机器人技术应用',
      申报人: '张三',
      申报日期: '2024-03-01',
      电话: '13800138000',
      网址: '官网',
      备注: '加粗普通',
      是否新专业: 'TRUE',
    })
    expect(t.rows[1]!.cells['学校名称']).toBe('第二技工学校')
    expect(t.rows[1]!.cells['电话']).toBe('0.5')
  })

  it("reads a package in Excel's part order (sheet before shared strings and styles)", async () => {
    const x = await makeXlsx((ws) => {
      ws.addRow(['学校名称', '申报日期'])
      ws.addRow(['甲校', new Date(Date.UTC(2024, 11, 31))])
    })
    const late = (n: string) => n === 'xl/sharedStrings.xml' || n === 'xl/styles.xml'
    const excelOrder = await rebuildXlsx(x, (parts) => [...parts.filter((p) => !late(String(p.name))), ...parts.filter((p) => late(String(p.name)))])
    const t = table(await readRosterTable(excelOrder, '汇总.xlsx'))
    expect({ ...t.rows[0]!.cells }).toEqual({ 学校名称: '甲校', 申报日期: '2024-12-31' })
  })

  it('refuses formula and error cells, naming row and column; nothing is evaluated', async () => {
    const x = await makeXlsx((ws) => {
      ws.addRow(HEAD)
      ws.addRow(['甲校', { formula: 'HYPERLINK("http://evil","x")', result: '数控' }, '数字化设计与制造', '李四', '2024-01-01'])
      ws.addRow(['乙校', '数控', { error: '#N/A' }, '王五', '2024-01-01'])
    })
    const p = problems(await readRosterTable(x, '汇总.xlsx'))
    expect(p).toEqual([
      { row: 2, column: '专业名称', message: expect.stringContaining('公式') },
      { row: 3, column: '协作组', message: expect.stringContaining('#N/A') },
    ])
    expect(p[0]!.message).toContain('选择性粘贴')
  })

  it('a far cell (XFD1048576) does not make it loop to the sheet dimension; the cell is reported', async () => {
    const x = await makeXlsx((ws) => {
      ws.addRow(HEAD)
      ws.addRow(['甲校', '数控', 'g1', '', ''])
      ws.getCell('XFD1048576').value = '远处的单元格'
    })
    const t0 = performance.now()
    const p = problems(await readRosterTable(x, '汇总.xlsx'))
    expect(performance.now() - t0).toBeLessThan(3000)
    expect(p).toEqual([{ row: 1048576, column: 'XFD', message: expect.stringContaining('50 列') }])
  })

  it('stops at the row cap: 6,000 rows refused without reading the rest', async () => {
    const x = await makeXlsx((ws) => {
      ws.addRow(HEAD)
      for (let i = 0; i < 6000; i++) ws.addRow([`学校${i}`, '数控', 'g1', '', ''])
    })
    await expectRefusal(readRosterTable(x, '大表.xlsx'), 'ROSTER_TOO_MANY_ROWS', '大表.xlsx', '5000')
    expect(table(await readRosterTable(x, '大表.xlsx', { maxRows: 6000 })).rows).toHaveLength(6000)
  })

  it('"__proto__" and "constructor" as headers are plain keys; nothing is polluted', async () => {
    const x = await makeXlsx((ws) => {
      ws.addRow(['__proto__', 'constructor', '学校名称'])
      ws.addRow(['{"polluted":true}', 'x', '甲校'])
    })
    const t = table(await readRosterTable(x, '汇总.xlsx'))
    const cells = t.rows[0]!.cells
    expect(Object.getPrototypeOf(cells)).toBe(null)
    expect(Object.keys(cells)).toEqual(['__proto__', 'constructor', '学校名称'])
    expect(cells['__proto__']).toBe('{"polluted":true}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('a cell over 2,000 characters and duplicate headers are problems with row and column', async () => {
    const x = await makeXlsx((ws) => {
      ws.addRow(['学校名称', '备注', '备注'])
      ws.addRow(['甲校', 'x'.repeat(2001), ''])
    })
    expect(problems(await readRosterTable(x, '汇总.xlsx'))).toEqual([
      { row: 1, column: 'C', message: '表头“备注”重复' },
      { row: 2, column: '备注', message: '内容超过 2000 个字符' },
    ])
  })

  it('an old .xls (OLE magic) under an .xlsx name is refused with how to fix it', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])
    await expectRefusal(readRosterTable(ole, '汇总.xlsx'), 'FILE_OLD_FORMAT', '汇总.xlsx', '另存为 .xlsx')
  })

  it('a package part that inflates to more than it declares is refused before exceljs reads it', async () => {
    const x = await makeXlsx((ws) => ws.addRow(HEAD))
    const lying = await rebuildXlsx(x, (parts) => parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, declaredSize: 10 } : p)))
    await expectRefusal(readRosterTable(lying, '汇总.xlsx'), 'ROSTER_XLSX_UNSAFE', '汇总.xlsx', '大小与声明不符')
  })

  it('a bomb part (declared 150 MB) is refused from the directory alone', async () => {
    const x = await makeXlsx((ws) => ws.addRow(HEAD))
    const zeros = Buffer.alloc(150 * 1024 * 1024)
    const bomb = await rebuildXlsx(x, (parts) => [...parts, { name: 'xl/media/zeros.bin', raw: deflateRawSync(zeros), data: zeros }])
    await expectRefusal(readRosterTable(bomb, '汇总.xlsx'), 'ROSTER_XLSX_UNSAFE', '解压后超过')
  })

  it('a hidden local entry the central directory does not list is refused', async () => {
    const x = await makeXlsx((ws) => ws.addRow(HEAD))
    const rebuilt = await rebuildXlsx(x, (p) => p)
    // prepend a local file header + data that no directory record points at, then shift offsets
    const hidden = await rebuildXlsx(x, (p) => [{ name: 'hidden.xml', data: Buffer.from('<x/>') }, ...p])
    const cdStart = hidden.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    const firstCdLen = 46 + 'hidden.xml'.length
    const withoutRecord = Buffer.concat([hidden.subarray(0, cdStart), hidden.subarray(cdStart + firstCdLen)])
    const eocd = withoutRecord.length - 22
    withoutRecord.writeUInt16LE(withoutRecord.readUInt16LE(eocd + 8) - 1, eocd + 8)
    withoutRecord.writeUInt16LE(withoutRecord.readUInt16LE(eocd + 10) - 1, eocd + 10)
    withoutRecord.writeUInt32LE(withoutRecord.readUInt32LE(eocd + 12) - firstCdLen, eocd + 12)
    expect(table(await readRosterTable(rebuilt, '汇总.xlsx')).headers).toEqual(HEAD)
    await expectRefusal(readRosterTable(withoutRecord, '汇总.xlsx'), 'ROSTER_XLSX_UNSAFE', '隐藏数据')
  })

  it('a truncated xlsx, and DTD entities in the sheet XML, are refused as corrupt without expanding anything', async () => {
    const x = await makeXlsx((ws) => ws.addRow(HEAD))
    await expectRefusal(readRosterTable(x.subarray(0, x.length - 40), '坏.xlsx'), 'ROSTER_XLSX_CORRUPT', '坏.xlsx', '已损坏')
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>'
    const dtd = await rebuildXlsx(x, (parts) => parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: Buffer.from(laughs) } : p)))
    const t0 = performance.now()
    await expectRefusal(readRosterTable(dtd, 'dtd.xlsx'), 'ROSTER_XLSX_CORRUPT', 'dtd.xlsx')
    expect(performance.now() - t0).toBeLessThan(3000)
  })

  it('a package missing its workbook or its sheet is refused, not crashed on', async () => {
    const x = await makeXlsx((ws) => ws.addRow(HEAD))
    const noWorkbook = await rebuildXlsx(x, (parts) => parts.filter((p) => p.name !== 'xl/workbook.xml'))
    await expectRefusal(readRosterTable(noWorkbook, '缺部件.xlsx'), 'ROSTER_XLSX_CORRUPT', '缺部件.xlsx')
    const noSheet = await rebuildXlsx(x, (parts) => parts.filter((p) => p.name !== 'xl/worksheets/sheet1.xml'))
    await expectRefusal(readRosterTable(noSheet, '无表.xlsx'), 'ROSTER_NO_SHEET', '无表.xlsx', '没有工作表')
  })

  it('refuses a file over the size cap before reading it', async () => {
    await expectRefusal(readRosterTable(Buffer.alloc(2000, 0x41), '巨表.csv', { maxFileBytes: 1000 }), 'ROSTER_TOO_LARGE', '巨表.csv')
  })
})

describe('readRosterTable: CSV', () => {
  it('a CSV under an .xlsx name is read as CSV (content decides, not the extension)', async () => {
    const t = table(await readRosterTable(Buffer.from('学校名称,专业名称\n甲校,数控\n'), '汇总.xlsx'))
    expect(t.format).toBe('csv')
    expect(t.rows[0]!.cells['专业名称']).toBe('数控')
  })

  it('RFC 4180: UTF-8 BOM, CRLF, quoted commas, embedded newlines, "" escapes', async () => {
    const csv = '\uFEFF学校名称,备注,专业名称\r\n"甲校, 分校","第一行\r\n第二行","说""数控"""\r\n乙校,,机电\r\n'
    const t = table(await readRosterTable(Buffer.from(csv), 'a.csv'))
    expect(t.encoding).toBe('utf-8')
    expect(t.headers).toEqual(['学校名称', '备注', '专业名称'])
    expect(t.rows.map((r) => ({ ...r.cells }))).toEqual([
      { 学校名称: '甲校, 分校', 备注: '第一行\r\n第二行', 专业名称: '说"数控"' },
      { 学校名称: '乙校', 备注: '', 专业名称: '机电' },
    ])
    expect(t.rows.map((r) => r.row)).toEqual([2, 3])
  })

  it('tab-delimited text is detected from the header line', async () => {
    const t = table(await readRosterTable(Buffer.from('学校名称\t专业名称\n甲校,总校\t数控\n'), 'a.txt'))
    expect({ ...t.rows[0]!.cells }).toEqual({ 学校名称: '甲校,总校', 专业名称: '数控' })
  })

  it('GB18030 (Excel on Chinese Windows) is detected when UTF-8 fails', async () => {
    const bytes = encodeGb18030('学校名称,专业名称,协作组\n第一技师学院,工业机器人技术应用,机器人技术应用\n')
    const t = table(await readRosterTable(bytes, '汇总.csv'))
    expect(t.encoding).toBe('gb18030')
    expect({ ...t.rows[0]!.cells }).toEqual({ 学校名称: '第一技师学院', 专业名称: '工业机器人技术应用', 协作组: '机器人技术应用' })
  })

  it('UTF-16 with BOM (Excel "Unicode 文本")', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('学校名称\t专业名称\r\n甲校\t数控\r\n', 'utf16le')])
    const t = table(await readRosterTable(bytes, '汇总.txt'))
    expect(t.encoding).toBe('utf-16le')
    expect(t.rows[0]!.cells['专业名称']).toBe('数控')
  })

  it('an unclosed quote is a problem at its row; a binary file is not a table; an empty file has no header', async () => {
    expect(problems(await readRosterTable(Buffer.from('学校名称,专业名称\n甲校,"数控\n'), 'a.csv'))).toEqual([
      { row: 2, column: '专业名称', message: expect.stringContaining('引号未闭合') },
    ])
    await expectRefusal(readRosterTable(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'a.csv'), 'FILE_WRONG_TYPE', '「a.csv」不是表格文件', '文件头 25 50 44 46')
    await expectRefusal(readRosterTable(Buffer.from('\n\n , \n'), '空.csv'), 'ROSTER_NO_HEADER', '空.csv')
  })
})
