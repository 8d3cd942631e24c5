import { afterEach, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readRosterTable } from '../../../src/core/intake/roster/readRosterTable'
import { detectHeaderRow } from '../../../src/core/intake/roster/headerRow'
import type { RosterReadResult, RosterTable } from '../../../src/core/intake/roster/types'
import { ok, tempWorkbench } from '../../helpers/tempWorkspace'
import { makeXlsx } from './helpers/sheets'
import { expectRefusal } from './helpers/expectRefusal'

const HEAD = ['序号', '学校名称', '专业名称', '协作组', '申报人', '联系电话']
const TITLE = '2025年机械行业技工院校专业建设诊断申报汇总表'

function table(r: RosterReadResult): RosterTable {
  if (!r.ok) throw new Error(`expected a table, got problems: ${JSON.stringify(r.problems.slice(0, 3))}`)
  return r.table
}

/** The usual 申报汇总表: a merged title row, a note row, a blank row, then the header. */
async function titledRoster(rows = 3): Promise<Buffer> {
  return makeXlsx((ws) => {
    ws.addRow([TITLE])
    ws.mergeCells('A1:F1')
    ws.addRow(['填报单位（盖章）：', '', '', '', '填报日期：2025-03-01'])
    ws.addRow([])
    ws.addRow(HEAD)
    for (let i = 1; i <= rows; i++) ws.addRow([i, `第${i}技师学院`, '数控加工', '数字化设计与制造', `申报人${i}`, `1380000000${i}`])
  })
}

describe('the header row under a title row (issue 9 item 8)', () => {
  it('is detected among the first rows: the title and note rows are left out, no "该列没有表头"', async () => {
    const t = table(await readRosterTable(await titledRoster(), '申报汇总表.xlsx'))
    expect(t.headerRow).toBe(4)
    expect(t.headers).toEqual(HEAD)
    expect(t.rows.map((r) => r.row)).toEqual([5, 6, 7])
    expect(t.rows[0]!.cells['学校名称']).toBe('第1技师学院')
    expect(t.headerChoices.map((c) => c.row)).toEqual([1, 2, 4, 5, 6, 7])
    expect(t.headerChoices[0]!.preview).toEqual([TITLE.slice(0, 30)])
  })

  it('taking row 1 as the header instead gives the errors the issue saw; a row that cannot be a header is refused', async () => {
    const x = await titledRoster()
    const r = await readRosterTable(x, '申报汇总表.xlsx', {}, { headerRow: 1 })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.headerRow).toBe(1)
      expect(r.problems.filter((p) => p.message.includes('该列没有表头')).length).toBeGreaterThan(10)
    }
    await expectRefusal(readRosterTable(x, '申报汇总表.xlsx', {}, { headerRow: 3 }), 'ROSTER_NO_HEADER', '第 3 行不能作为表头')
  })

  it('CSV with two title lines; a plain table keeps its first row', async () => {
    const csv = `${TITLE}\n制表：秘书处,,\n学校名称,专业名称,协作组\n甲校,数控,智能制造\n`
    expect(table(await readRosterTable(Buffer.from(csv), 'a.csv')).headerRow).toBe(3)
    const plain = '学校名称,专业名称,协作组\n甲校专业学校,数控专业,智能制造协作组\n'
    expect(table(await readRosterTable(Buffer.from(plain), 'b.csv')).headerRow).toBe(1)
  })

  it('a remembered row wins only when it looks as much like a header as the detected one', () => {
    const row = (n: number, texts: string[]) => ({ row: n, cells: texts.map((text, i) => ({ col: i + 1, text })) })
    const rows = [row(1, [TITLE]), row(2, ['学校名称', '专业名称', '协作组']), row(3, ['学校', '专业', '协作组'])]
    expect(detectHeaderRow(rows)).toBe(2)
    expect(detectHeaderRow(rows, 3)).toBe(3)
    expect(detectHeaderRow(rows, 1)).toBe(2)
  })
})

describe('roster.preview and roster.import with a title row', () => {
  let wb: Awaited<ReturnType<typeof tempWorkbench>> | undefined
  afterEach(async () => {
    await wb?.cleanup()
  })

  it('preview reports the row used and the choices; import imports; the row is remembered with the mapping', async () => {
    wb = await tempWorkbench()
    const campaignId = ok(await wb.call('campaigns.create', { name: '标题行', kind: 'diagnostic' })).id
    const path = join(wb.dir, '..', '申报汇总表.xlsx')
    await writeFile(path, await titledRoster(4))
    const p = ok(await wb.call('roster.preview', { campaignId, source: { path } }, { trusted: true }))
    expect(p.headerRow).toBe(4)
    expect(p.headerChoices.map((c) => c.row).slice(0, 3)).toEqual([1, 2, 4])
    expect(p.mapping).toMatchObject({ school: '学校名称', program: '专业名称', group: '协作组', applicant: '申报人' })
    expect(p.problems).toEqual([])
    expect(p.validCount).toBe(4)
    const wrong = ok(await wb.call('roster.preview', { campaignId, source: { path }, headerRow: 1 }, { trusted: true }))
    expect(wrong.headerRow).toBe(1)
    expect(wrong.problems.length).toBeGreaterThan(0)
    const done = ok(await wb.call('roster.import', { campaignId, source: { path }, headerRow: 4, mode: 'all' }, { trusted: true }))
    expect(done.imported).toBe(4)
    const c = ok(await wb.call('campaigns.get', { campaignId }))
    expect(c.submissions.map((s) => s.school)).toEqual(['第1技师学院', '第2技师学院', '第3技师学院', '第4技师学院'])
    expect(c.rosterHeaderRow).toBe(4)
  })
})
