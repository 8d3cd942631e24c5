import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { readRosterTable } from '../../../src/core/intake'
import type { RosterReadResult, RosterTable } from '../../../src/core/intake'
import { rebuildXlsx } from './helpers/sheets'
import { writeSoundXlsx } from '../util/soundXlsx'

/**
 * exceljs 4.4's streaming WorkbookReader decodes each inflated chunk (16 KB) of a part on its own, so
 * a multi-byte UTF-8 character split across two chunks came back as "��" (seen: "专��教学"). These
 * rosters have shared-string and sheet parts of several hundred KB of Chinese text, so dozens of
 * characters straddle a chunk boundary; every cell must come back exactly as written.
 */

const HEAD = ['学校名称', '专业名称', '协作组', '申报人', '备注']
const SCHOOLS = ['湖南省机械工业技师学院', '广东省机械技师学院', '江苏省常州技师学院', '𠀀𠀁𠀂职业技术学院', '浙江省机电技师学院😀', '重庆五一高级技工学校']
const PROGRAMS = ['工业机器人技术应用', '数控加工（数控车工）', '数字化设计与制造', '智能制造设备技术应用🚀', '电气自动化设备安装与维修', '新能源汽车检测与维修']
const GROUPS = ['机器人技术应用协作组', '智能制造协作组', '𠮷野家协作组']
const PEOPLE = ['张伟', '王秀英', '李𠀀明', '刘洋👩‍🏫', '陈静']

function rosterRows(n: number): string[][] {
  const rows: string[][] = []
  for (let i = 0; i < n; i++) {
    rows.push([
      `${SCHOOLS[i % SCHOOLS.length]}第${i}分院`,
      `${PROGRAMS[(i * 7) % PROGRAMS.length]}（${i}方向）`,
      GROUPS[i % GROUPS.length]!,
      `${PEOPLE[(i * 3) % PEOPLE.length]}${i}号`,
      // long, mostly three-byte text with a four-byte character now and then
      `备注：专家评审教学资源建设与课程思政示范${i % 11 === 0 ? '𠀀' : ''}项目，第${i}条说明，校企合作共建实训基地${i % 13 === 0 ? '🎓' : ''}。`,
    ])
  }
  return rows
}

/**
 * The roster written by exceljs's ordinary Workbook writer (shared strings on, its own part order),
 * its parts handed to JSZip as bytes so the writer's own surrogate-pair bug cannot spoil the fixture.
 */
async function writeRoster(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('申报汇总')
  ws.addRow(HEAD)
  for (const r of rows) ws.addRow(r)
  return writeSoundXlsx(wb)
}

/** The fixture itself must be sound: each part inflated whole and decoded once holds no U+FFFD. */
async function expectSoundFixture(x: Buffer, rows: string[][]): Promise<void> {
  const zip = await JSZip.loadAsync(x)
  const sst = (await zip.file('xl/sharedStrings.xml')!.async('nodebuffer')).toString('utf8')
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')!.async('nodebuffer')).toString('utf8')
  expect(sst.includes('\uFFFD') || sheet.includes('\uFFFD')).toBe(false)
  // large enough that the stream is inflated in many 16 KB chunks
  expect(Buffer.byteLength(sst)).toBeGreaterThan(200 * 1024)
  expect(sst).toContain(rows.at(-1)![4]!)
}

function table(r: RosterReadResult): RosterTable {
  if (!r.ok) throw new Error(`expected a table, got problems: ${JSON.stringify(r.problems.slice(0, 5))}`)
  return r.table
}

function expectExact(t: RosterTable, rows: string[][]): void {
  expect(t.headers).toEqual(HEAD)
  expect(t.rows).toHaveLength(rows.length)
  const wrong: string[] = []
  t.rows.forEach((r, i) => {
    HEAD.forEach((h, j) => {
      if (r.cells[h] !== rows[i]![j]) wrong.push(`row ${r.row} ${h}: ${JSON.stringify(r.cells[h])} ≠ ${JSON.stringify(rows[i]![j])}`)
    })
  })
  expect(wrong.slice(0, 10)).toEqual([])
  expect(t.rows.some((r) => Object.values(r.cells).some((v) => v.includes('\uFFFD')))).toBe(false)
}

describe('readRosterTable: multi-byte characters across inflate chunks', () => {
  const rows = rosterRows(3000)

  it("3,000 rows of Chinese, CJK Ext-B and emoji come back exactly (exceljs's part order: sheet parked before shared strings)", async () => {
    const x = await writeRoster(rows)
    await expectSoundFixture(x, rows)
    expectExact(table(await readRosterTable(x, '申报汇总.xlsx', { maxRows: 5000 })), rows)
  })

  it('the same, with shared strings and styles ahead of the sheet (the sheet is parsed as it streams)', async () => {
    const x = await writeRoster(rows)
    const first = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml']
    const rank = (n: string) => (first.includes(n) ? first.indexOf(n) : first.length)
    const ordered = await rebuildXlsx(x, (parts) => [...parts].sort((a, b) => rank(String(a.name)) - rank(String(b.name))))
    expectExact(table(await readRosterTable(ordered, '申报汇总.xlsx', { maxRows: 5000 })), rows)
  })

  it('inline strings in the sheet part (no shared strings) come back exactly too', async () => {
    const small = rows.slice(0, 1500)
    const x = await writeRoster(small)
    // move every string into the sheet XML as an inline string, so only the worksheet stream carries text
    const zip = await JSZip.loadAsync(x)
    const sst = (await zip.file('xl/sharedStrings.xml')!.async('nodebuffer')).toString('utf8')
    const strings = [...sst.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]!)
    const inline = await rebuildXlsx(x, (parts) =>
      parts
        .filter((p) => p.name !== 'xl/sharedStrings.xml')
        .map((p) => {
          if (p.name !== 'xl/worksheets/sheet1.xml') return p
          const xml = p.data!.toString('utf8').replace(/<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g, (_m, ref: string, s: string | undefined, i: string) => `<c r="${ref}"${s ?? ''} t="inlineStr"><is><t>${strings[Number(i)]}</t></is></c>`)
          expect(xml).not.toContain('t="s"')
          return { ...p, data: Buffer.from(xml, 'utf8') }
        }),
    )
    expectExact(table(await readRosterTable(inline, '申报汇总.xlsx')), small)
  })
})
