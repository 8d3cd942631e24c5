import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { RubricSchema, type Rubric } from '../../../src/core/domain/rubric'
import { rubricFromXlsx, rubricToXlsx, type XlsxProblem } from '../../../src/core/rubric/exchange/xlsx'
import { TREE_HEADERS } from '../../../src/core/rubric/exchange/xlsxLayout'
import { sniffXlsx } from '../../../src/core/rubric/exchange/xlsxZip'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import { TEMPLATES } from '../../../src/core/rubric/templates/index'
import { validateRubric } from '../../../src/core/rubric/validate'

const tmp = mkdtempSync(join(tmpdir(), 'xlsx-exchange-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Load with exceljs (the whole-workbook API, fine for our own small test files), edit, write back. */
async function mutate(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  await edit(wb)
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

/** The row of 「指标体系」 whose column `col` holds `text`. */
function rowWith(wb: ExcelJS.Workbook, col: string, text: string): ExcelJS.Row {
  const ws = wb.getWorksheet('指标体系')!
  let hit: ExcelJS.Row | undefined
  ws.eachRow((row) => {
    if (!hit && row.getCell(col).value === text) hit = row
  })
  if (!hit) throw new Error(`no row with ${col} = ${text}`)
  return hit
}

async function refused(bytes: Uint8Array): Promise<XlsxProblem[]> {
  const r = await rubricFromXlsx(bytes)
  expect(r.ok).toBe(false)
  return r.ok ? [] : r.problems
}

/** The diagnostic template with everything the model can hold that the template does not use. */
function richRubric(): Rubric {
  const r = structuredClone(diagnosticTemplate)
  r.id = 'rubric-2026-master'
  r.name = '  名师评选指标体系（试行）\n第二稿 '
  r.version = 3
  r.resultNote = '仅授予称号，最低 80 分；特等奖须经评委会票决。'
  r.eligibility = [
    { code: 'Q1', text: '从事本专业教学满 5 年' },
    { code: 'Q2', text: '近三年年度考核均为合格及以上' },
  ]
  r.bonus = {
    cap: 5,
    items: [
      { code: 'B1', name: '主持省级以上课题', points: 3, evidence: '立项通知书' },
      { code: 'B2', name: '世赛教练', points: 2.5, evidence: '' },
    ],
  }
  r.awardLevels = [
    { code: 'T', label: '特等奖', min: 92, requiresVote: true },
    { code: 'Y', label: '一等奖', min: 85, requiresVote: false },
  ]
  const ind = r.dimensions[1]!.indicators[1]!
  ind.scale = 'points'
  ind.descriptors = { A: '', B: '', C: '', D: '' }
  ind.key = true
  const ind2 = r.dimensions[2]!.indicators[0]!
  // text a spreadsheet might treat specially: all must come back exactly
  ind2.descriptors.A = '=1+1'
  ind2.descriptors.B = '+86 010-1234，@评审组，-缺项扣分'
  ind2.descriptors.C = '\t制表符开头，\r\n回车换行，_x0041_ 字样，＝＋－＠ 全角'
  ind2.observationPoints[0]!.evidence = '  前后有空格  '
  ind2.observationPoints[0]!.siteCheck = true
  r.dimensions[0]!.indicators[0]!.observationPoints.push({ text: '😀 表情与 <标签> & 符号', nature: 'qualitative', evidence: '', siteCheck: false })
  r.vetoes.push({ code: 'V5', text: '@SUM(A1:A9)' })
  return r
}

describe('rubricToXlsx → rubricFromXlsx', () => {
  it('round-trips the diagnostic template exactly', async () => {
    const bytes = await rubricToXlsx(diagnosticTemplate)
    const back = await rubricFromXlsx(bytes)
    expect(back.ok ? [] : back.problems).toEqual([])
    expect(back.ok && back.rubric).toEqual(diagnosticTemplate)
  })

  it('round-trips eligibility, bonus, award levels, result note, a points indicator and awkward text', async () => {
    const rubric = richRubric()
    expect(RubricSchema.parse(rubric)).toEqual(rubric)
    expect(validateRubric(rubric)).toEqual([])
    const back = await rubricFromXlsx(await rubricToXlsx(rubric))
    expect(back.ok ? [] : back.problems).toEqual([])
    expect(back.ok && back.rubric).toEqual(rubric)
  })

  it('round-trips every built-in template (or refuses one that validateRubric refuses)', async () => {
    for (const t of TEMPLATES) {
      const back = await rubricFromXlsx(await rubricToXlsx(t))
      if (validateRubric(t).length === 0) expect(back.ok && back.rubric, t.id).toEqual(t)
      else expect(back.ok, t.id).toBe(false)
    }
  })

  it('keeps a bonus cap without items, and no bonus as no bonus', async () => {
    const r = structuredClone(diagnosticTemplate)
    r.bonus = { cap: 0, items: [] }
    const back = await rubricFromXlsx(await rubricToXlsx(r))
    expect(back.ok && back.rubric).toEqual(r)
    expect(back.ok && 'bonus' in back.rubric).toBe(true)
    const plain = await rubricFromXlsx(await rubricToXlsx(diagnosticTemplate))
    expect(plain.ok && 'bonus' in plain.rubric).toBe(false)
  })

  it('keeps every character of long text with CJK Extension B and emoji (exceljs splits them otherwise)', async () => {
    const r = structuredClone(diagnosticTemplate)
    let n = 0
    for (const d of r.dimensions) {
      for (const ind of d.indicators) {
        for (const op of ind.observationPoints) op.evidence = `${++n}：${'佐证材料清单𠀀😀'.repeat(150 + n)}`
      }
    }
    const bytes = await rubricToXlsx(r)
    const strings = await (await JSZip.loadAsync(bytes)).file('xl/sharedStrings.xml')!.async('uint8array')
    expect(strings.length).toBeGreaterThan(200_000)
    expect(new TextDecoder().decode(strings)).not.toContain('\uFFFD')
    const back = await rubricFromXlsx(bytes)
    expect(back.ok && back.rubric).toEqual(r)
  })

  it('reads a workbook with inline strings and no shared-string table', async () => {
    // re-written by exceljs, which decodes _xHHHH_ on load but does not encode on write: no CR, no "_x…_" text here
    const rubric = richRubric()
    rubric.dimensions[2]!.indicators[0]!.descriptors.C = '\t制表符开头，\n换行，＝＋－＠ 全角'
    const loaded = new ExcelJS.Workbook()
    await loaded.xlsx.load(Buffer.from(await rubricToXlsx(rubric)) as unknown as ArrayBuffer)
    const chunks: Buffer[] = []
    const { PassThrough } = await import('node:stream')
    const sink = new PassThrough()
    sink.on('data', (c: Buffer) => chunks.push(c))
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: false })
    for (const ws of loaded.worksheets) {
      const out = writer.addWorksheet(ws.name)
      const width = ws.columnCount
      ws.eachRow((row) => out.addRow(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null)).commit())
      out.commit()
    }
    await writer.commit()
    const bytes = new Uint8Array(Buffer.concat(chunks))
    const names = Object.keys((await JSZip.loadAsync(bytes)).files)
    expect(names).not.toContain('xl/sharedStrings.xml')
    const back = await rubricFromXlsx(bytes)
    expect(back.ok ? [] : back.problems).toEqual([])
    expect(back.ok && back.rubric).toEqual(rubric)
  })

  it('writes formula-looking text as strings: no <f> element, and the text comes back as written', async () => {
    const r = structuredClone(diagnosticTemplate)
    r.dimensions[0]!.indicators[0]!.descriptors.A = '=1+1'
    r.dimensions[0]!.indicators[0]!.descriptors.B = '＝SUM(1,2)'
    r.dimensions[0]!.indicators[1]!.observationPoints[0]!.evidence = '@cmd'
    r.vetoes[0]!.text = '-2+3'
    const bytes = await rubricToXlsx(r)
    const zip = await JSZip.loadAsync(bytes)
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    expect(sheets.length).toBe(7)
    for (const n of sheets) {
      const xml = await zip.file(n)!.async('string')
      expect(xml).not.toMatch(/<f[\s>]/)
    }
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string')
    expect(strings).toContain('<t>=1+1</t>')
    expect(strings).toContain('＝SUM(1,2)')
    const back = await rubricFromXlsx(bytes)
    expect(back.ok && back.rubric).toEqual(r)
  })

  it('lays out the 指标体系 sheet for a person: headers, frozen header row, wrapped descriptors', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(await rubricToXlsx(diagnosticTemplate)) as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['指标体系', '基本信息', '等级', '等次', '奖项等级', '资格条件', '加分项'])
    const ws = wb.worksheets[0]!
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...TREE_HEADERS])
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.getRow(3).getCell('G').alignment?.wrapText).toBe(true)
    expect(ws.getColumn('G').width).toBeGreaterThanOrEqual(30)
    // 1 dimension row, then 1.1 with its two observation points, then 1.2
    expect(ws.getRow(2).getCell('A').value).toBe('1')
    expect(ws.getRow(3).getCell('C').value).toBe('产业需求调研与专业定位')
    expect(ws.getRow(3).getCell('K').value).toBe('★')
    expect(ws.getRow(4).getCell('N').value).toBe('定量')
    const last = ws.getRow(ws.rowCount)
    expect([last.getCell('A').value, last.getCell('L').value]).toEqual(['V4', '专业被列入主管部门预警或限期整改名单'])
    const info = wb.getWorksheet('基本信息')!
    expect(info.getRow(3).values).toEqual([undefined, '评审类型', 'diagnostic', '专业建设诊断'])
  })
})

describe('another reader sees the same sheet', () => {
  const python = ['python3', '/usr/bin/python3'].find((p) => {
    try {
      execFileSync(p, ['-c', 'import openpyxl'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })

  it('openpyxl reads the 15 headers and the first 二级指标', async (ctx) => {
    if (!python) {
      console.warn('skipped: no python3 with openpyxl (python3 -c "import openpyxl" failed)')
      ctx.skip()
      return
    }
    const file = join(tmp, 'diagnostic.xlsx')
    writeFileSync(file, await rubricToXlsx(diagnosticTemplate))
    const script = [
      'import json, sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=False)',
      'ws = wb.worksheets[0]',
      'rows = [list(r) for r in ws.iter_rows(min_row=1, max_row=4, values_only=True)]',
      'print(json.dumps({"title": ws.title, "sheets": wb.sheetnames, "rows": rows}, ensure_ascii=False))',
    ].join('\n')
    const out = JSON.parse(execFileSync(python, ['-c', script, file], { encoding: 'utf8' })) as {
      title: string
      sheets: string[]
      rows: unknown[][]
    }
    expect(out.title).toBe('指标体系')
    expect(out.sheets).toContain('基本信息')
    expect(out.rows[0]).toEqual([...TREE_HEADERS])
    expect(out.rows[1]!.slice(0, 5)).toEqual(['1', '专业定位与产业对接', null, null, 10])
    expect(out.rows[2]!.slice(0, 6)).toEqual(['1.1', null, '产业需求调研与专业定位', null, 4, '等级'])
    expect(out.rows[3]![3]).toBe('近三年产业与人才需求调研（覆盖企业不少于20家）')
  })
})

describe('rubricFromXlsx refuses faulty files with sheet, row and column', () => {
  const base = rubricToXlsx(diagnosticTemplate)

  it('a 分值 that is not a number', async () => {
    let row = 0
    const bytes = await mutate(await base, (wb) => {
      const r = rowWith(wb, 'C', '专业规划与动态调整')
      row = r.number
      r.getCell('E').value = '四'
    })
    expect(await refused(bytes)).toEqual([{ sheet: '指标体系', row, column: 'E', message: '分值应为数字，现为「四」' }])
  })

  it('accepts a 分值 typed as text digits, and codes typed as numbers', async () => {
    const bytes = await mutate(await base, (wb) => {
      rowWith(wb, 'C', '专业规划与动态调整').getCell('E').value = ' 3 '
      rowWith(wb, 'B', '专业定位与产业对接').getCell('A').value = 1
    })
    const back = await rubricFromXlsx(bytes)
    expect(back.ok && back.rubric).toEqual(diagnosticTemplate)
  })

  it('a missing 「指标体系」 sheet', async () => {
    const bytes = await mutate(await base, (wb) => wb.removeWorksheet(wb.getWorksheet('指标体系')!.id))
    expect(await refused(bytes)).toEqual([{ sheet: '指标体系', row: 0, column: '', message: '缺少工作表「指标体系」' }])
  })

  it('a misspelt and a missing column header, naming the expected header', async () => {
    const misspelt = await mutate(await base, (wb) => {
      wb.getWorksheet('指标体系')!.getCell('E1').value = '分 值'
    })
    const p1 = await refused(misspelt)
    expect(p1).toHaveLength(1)
    expect(p1[0]).toMatchObject({ sheet: '指标体系', row: 1, column: 'E' })
    expect(p1[0]!.message).toMatch(/^缺少列「分值」（这一格现为「分 值」），表头应为：编号 \| 一级指标/)

    const missing = await mutate(await base, (wb) => {
      wb.getWorksheet('等级')!.spliceColumns(3, 1)
    })
    const p2 = await refused(missing)
    expect(p2).toEqual([{ sheet: '等级', row: 1, column: 'C', message: '缺少列「系数」，表头应为：等级 | 名称 | 系数' }])
  })

  it('a formula, even with a cached result; an error value; a date', async () => {
    let row = 0
    const bytes = await mutate(await base, (wb) => {
      const r = rowWith(wb, 'C', '产业需求调研与专业定位')
      row = r.number
      r.getCell('E').value = { formula: '1+1', result: 2 }
      r.getCell('G').value = { formula: 'CONCAT("优","秀")', result: '优秀' }
      r.getCell('H').value = { error: '#N/A' }
      // what Excel stores when someone types 2026/1/3: a serial number with a date format
      const d = rowWith(wb, 'C', '专业规划与动态调整').getCell('E')
      d.value = new Date(Date.UTC(2026, 0, 3))
      d.style = { ...d.style, numFmt: 'yyyy/m/d' } // a copy: loaded cells share style objects
    })
    const problems = await refused(bytes)
    expect(problems).toEqual([
      { sheet: '指标体系', row, column: 'E', message: '单元格含公式，请改为数值' },
      { sheet: '指标体系', row, column: 'G', message: '单元格含公式，请改为数值' },
      { sheet: '指标体系', row, column: 'H', message: '单元格是错误值 #N/A，请改为文字或数字' },
      { sheet: '指标体系', row: row + 3, column: 'E', message: expect.stringMatching(/^单元格是日期（2026-01-03）/) },
    ])
  })

  it('rich text and hyperlinks are read as their text', async () => {
    const bytes = await mutate(await base, (wb) => {
      const d = rowWith(wb, 'B', '专业定位与产业对接')
      d.getCell('B').value = { richText: [{ text: '专业定位' }, { text: '与产业对接', font: { bold: true } }] }
      const o = rowWith(wb, 'D', '专业定位与面向岗位群论证')
      o.getCell('M').value = { text: '专业论证会纪要、专业定位及岗位群分析说明', hyperlink: 'https://example.org/a' }
    })
    const back = await rubricFromXlsx(bytes)
    expect(back.ok ? [] : back.problems).toEqual([])
    expect(back.ok && back.rubric).toEqual(diagnosticTemplate)
  })

  it('一级指标 points that do not match their 二级指标 (validateRubric), at that dimension row', async () => {
    let row = 0
    const bytes = await mutate(await base, (wb) => {
      const r = rowWith(wb, 'B', '人才培养方案与工学一体化')
      row = r.number
      r.getCell('E').value = 15
    })
    const problems = await refused(bytes)
    expect(problems).toContainEqual({
      sheet: '指标体系',
      row,
      column: 'E',
      message: '二级指标分值合计 14 分，与一级指标分值 15 分不符',
      code: 'DIMENSION_MISMATCH',
      path: ['dimensions', 1, 'points'],
      params: { sum: 14, points: 15 },
    })
    expect(problems).toContainEqual({
      sheet: '基本信息',
      row: 5,
      column: 'B',
      message: '一级指标分值合计 101 分，与总分 100 分不符',
      code: 'TOTAL_MISMATCH',
      path: ['total'],
      params: { sum: 101, total: 100 },
    })
    expect(problems).toHaveLength(2)
  })

  it('an empty D descriptor', async () => {
    let row = 0
    const bytes = await mutate(await base, (wb) => {
      const r = rowWith(wb, 'C', '行业企业参与治理')
      row = r.number
      r.getCell('J').value = null
    })
    expect(await refused(bytes)).toEqual([
      {
        sheet: '指标体系',
        row,
        column: 'J',
        message: '等级 D 的描述为空',
        code: 'EMPTY_DESCRIPTOR',
        path: ['dimensions', expect.any(Number), 'indicators', expect.any(Number), 'descriptors', 'D'],
        params: { level: 'D' },
      },
    ])
  })

  it('a duplicate code, pointed at the second use', async () => {
    let row = 0
    const bytes = await mutate(await base, (wb) => {
      const r = rowWith(wb, 'C', '专业规划与动态调整')
      row = r.number
      r.getCell('A').value = '1.1'
    })
    const problems = await refused(bytes)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ sheet: '指标体系', row, column: 'A' })
    expect(problems[0]!.message).toMatch(/^编号「1\.1」重复，已用于 一级指标 1「专业定位与产业对接」/)
  })

  it('rows in the wrong place or of no known kind', async () => {
    const bytes = await mutate(await base, (wb) => {
      const ws = wb.getWorksheet('指标体系')!
      ws.insertRow(2, [null, null, null, '孤立的观测点', null, null, null, null, null, null, null, null, null, '定性', '否'])
      const d = rowWith(wb, 'B', '专业定位与产业对接')
      d.getCell('G').value = '一级指标不该有等级描述'
      const o = rowWith(wb, 'D', '专业定位与面向岗位群论证')
      o.getCell('N').value = '定值'
      const i = rowWith(wb, 'C', '专业规划与动态调整')
      i.getCell('F').value = '打分'
      i.getCell('K').value = '√'
    })
    const problems = await refused(bytes)
    expect(problems).toEqual([
      { sheet: '指标体系', row: 2, column: 'D', message: '观测点出现在任何二级指标之前：请先填写它所属的二级指标行' },
      { sheet: '指标体系', row: 3, column: 'G', message: '一级指标行不应填写「A 描述」（这一列属于二级指标行）' },
      { sheet: '指标体系', row: 6, column: 'N', message: '性质应为「定性」或「定量」，现为「定值」' },
      { sheet: '指标体系', row: 7, column: 'F', message: '评分方式应为「等级」或「分数」，现为「打分」' },
      { sheet: '指标体系', row: 7, column: 'K', message: '★应为「★」或留空，现为「√」' },
    ])
  })

  it('a missing 基本信息 item and a bad level, through zod, in Chinese', async () => {
    const bytes = await mutate(await base, (wb) => {
      const info = wb.getWorksheet('基本信息')!
      info.getCell('B4').value = 1.5 // 版本
      info.getRow(2).getCell(2).value = null // 名称
      const levels = wb.getWorksheet('等级')!
      levels.getCell('A5').value = 'E'
      levels.getCell('C4').value = 1.2
    })
    expect(await refused(bytes)).toEqual([
      { sheet: '基本信息', row: 2, column: 'B', message: '缺少名称' },
      { sheet: '基本信息', row: 4, column: 'B', message: '版本应为整数，现为 1.5', code: 'SCHEMA', path: ['version'], params: expect.objectContaining({ issue: 'invalid_type' }) },
      { sheet: '等级', row: 4, column: 'C', message: '系数应不大于 1，现为 1.2', code: 'SCHEMA', path: ['levels', 2, 'coefficient'], params: expect.objectContaining({ issue: 'too_big', maximum: 1 }) },
      { sheet: '等级', row: 5, column: 'A', message: '等级应为 A、B、C、D 之一，现为「E」', code: 'SCHEMA', path: ['levels', 3, 'level'], params: expect.objectContaining({ issue: 'invalid_value' }) },
    ])
  })

  it('lists at most 200 problems, the last saying there are more', async () => {
    const bytes = await mutate(await base, (wb) => {
      const ws = wb.getWorksheet('指标体系')!
      for (let i = 1; i <= 300; i++) ws.addRow([`X${i}`, null, null, null, '五', null, null, null, null, null, null, `否决 ${i}`])
    })
    const problems = await refused(bytes)
    expect(problems).toHaveLength(200)
    expect(problems[0]!.message).toBe('否决项行不应填写「分值」（这一列属于一级指标、二级指标行）')
    expect(problems[199]).toEqual({ sheet: '', row: 0, column: '', message: '问题较多，仅列出前 199 条；请先改正这些问题后再导入' })
  })

  it('not a zip at all (random bytes)', async () => {
    const bytes = new Uint8Array(randomBytes(4096))
    bytes[0] = 0x13
    bytes[1] = 0x00
    const problems = await refused(bytes)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ sheet: '', row: 0, column: '' })
    expect(problems[0]!.message).toMatch(/^文件不是 Excel 表格（无法识别的文件内容，文件头 13 00 /)
  })

  it('a CSV renamed to .xlsx, an old .xls, a Word file, an empty file, a file over 5 MB', async () => {
    const csv = new TextEncoder().encode('编号,一级指标,分值\r\n1,专业定位与产业对接,10\r\n')
    expect((await refused(csv))[0]!.message).toMatch(/^文件实际是文本文件（可能是 CSV 或制表符分隔的文本），不是 Excel 表格：请在 Excel 或 WPS 中另存为 \.xlsx/)

    const xls = new Uint8Array(2048)
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect((await refused(xls))[0]!.message).toMatch(/旧版 Excel 97-2003 工作簿（\.xls）/)

    const docx = new JSZip()
    docx.file('[Content_Types].xml', '<Types/>')
    docx.file('word/document.xml', '<w:document/>')
    expect((await refused(await docx.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })))[0]!.message).toBe('文件实际是 Word 文档（.docx），不是 Excel 表格')

    expect((await refused(new Uint8Array(0)))[0]!.message).toMatch(/^文件为空/)
    expect((await refused(new Uint8Array(5 * 1024 * 1024 + 1)))[0]!.message).toMatch(/超过 5 MB 的上限/)
  })

  it('a zip whose content inflates beyond the cap, or beyond what its directory declares', async () => {
    const bomb = new JSZip()
    bomb.file('[Content_Types].xml', '<Types/>')
    bomb.file('xl/workbook.xml', new Uint8Array(60 * 1024 * 1024))
    const bombBytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    expect(bombBytes.length).toBeLessThan(LIMIT_5MB)
    expect((await refused(bombBytes))[0]!.message).toMatch(/解压后超过 50 MB/)

    // a central directory that understates the inflated size of the shared strings
    const bytes = new Uint8Array(await base)
    const view = new DataView(bytes.buffer)
    let patched = false
    for (let o = 0; o + 46 < bytes.length; o++) {
      if (view.getUint32(o, true) !== 0x02014b50) continue
      const nameLen = view.getUint16(o + 28, true)
      const name = new TextDecoder().decode(bytes.subarray(o + 46, o + 46 + nameLen))
      if (name === 'xl/sharedStrings.xml') {
        view.setUint32(o + 24, 100, true)
        patched = true
      }
    }
    expect(patched).toBe(true)
    expect((await refused(bytes))[0]!.message).toMatch(/^文件已损坏或不完整.*xl\/sharedStrings\.xml/)
  })

  it('a sheet with 6,000 rows stops at the row cap', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('指标体系')
    ws.addRow([...TREE_HEADERS])
    for (let i = 1; i <= 6000; i++) ws.addRow([`V${i}`, null, null, null, null, null, null, null, null, null, null, `否决项 ${i}`])
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
    const t0 = Date.now()
    const problems = await refused(bytes)
    expect(Date.now() - t0).toBeLessThan(10_000)
    expect(problems).toEqual([
      { sheet: '指标体系', row: 5001, column: '', message: '工作表「指标体系」超过 5000 行的上限（第 5001 行仍有内容），已停止读取' },
    ])
  })

  it('a far cell beyond 30 columns and an over-long cell', async () => {
    const bytes = await mutate(await base, (wb) => {
      wb.getWorksheet('资格条件')!.getCell('B2').value = '长'.repeat(5001)
      wb.getWorksheet('加分项')!.getCell('XFD3').value = 'far'
    })
    const problems = await refused(bytes)
    expect(problems).toContainEqual({ sheet: '资格条件', row: 2, column: 'B', message: '单元格文字过长（5001 字），上限为 5000 字' })
    expect(problems).toContainEqual({ sheet: '加分项', row: 3, column: 'XFD', message: '第 XFD 列有内容，超过 30 列的上限，已停止读取' })
  })

  it('DTD entities are not expanded (a small "billion laughs", an external entity)', async () => {
    for (const doctype of [
      '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
      '<!DOCTYPE sst [<!ENTITY c SYSTEM "file:///etc/passwd">]>',
    ]) {
      const zip = await JSZip.loadAsync(await base)
      const sst = await zip.file('xl/sharedStrings.xml')!.async('string')
      zip.file('xl/sharedStrings.xml', sst.replace('<sst ', `${doctype}<sst `).replace('<t>编号</t>', '<t>&c;</t>'))
      const problems = await refused(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
      expect(problems).toHaveLength(1)
      expect(problems[0]!.message).toMatch(/^文件已损坏，无法读取（.*undefined entity/)
    }
  })

  it('reads a file saved in another part order, handing exceljs the workbook parts first', async () => {
    // exceljs re-saves with the shared strings before the workbook part; its streaming reader would
    // then park each sheet in a temporary file (outside the workspace) or fail on the sheet name
    const resaved = await mutate(await base, () => {})
    const order = async (b: Uint8Array) => Object.keys((await JSZip.loadAsync(b)).files).filter((n) => !n.endsWith('/'))
    const original = await order(resaved)
    expect(original.indexOf('xl/sharedStrings.xml')).toBeLessThan(original.indexOf('xl/workbook.xml'))
    const sniffed = await sniffXlsx(resaved)
    expect(sniffed.ok).toBe(true)
    const handed = await order(sniffed.ok ? sniffed.ordered : new Uint8Array())
    expect(handed.slice(0, 4)).toEqual(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'])
    expect([...handed].sort()).toEqual([...original].sort())
    const back = await rubricFromXlsx(resaved)
    expect(back.ok && back.rubric).toEqual(diagnosticTemplate)
  })

  it('__proto__ and constructor as sheet and header names pollute nothing', async () => {
    const bytes = await mutate(await base, (wb) => {
      wb.addWorksheet('__proto__').addRow(['__proto__', 'constructor'])
      wb.getWorksheet('指标体系')!.getCell('P1').value = '__proto__'
      wb.getWorksheet('基本信息')!.addRow(['constructor', 'x'])
    })
    const problems = await refused(bytes)
    expect(problems).toEqual([
      { sheet: '指标体系', row: 1, column: 'P', message: expect.stringMatching(/^无法识别的列「__proto__」/) },
      { sheet: '基本信息', row: 9, column: 'A', message: expect.stringMatching(/^无法识别的项目「constructor」/) },
    ])
    expect(({} as Record<string, unknown>).constructor).toBe(Object)
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })
})

const LIMIT_5MB = 5 * 1024 * 1024
