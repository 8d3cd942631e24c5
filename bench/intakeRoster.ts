import ExcelJS from 'exceljs'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openWorkbench } from '../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../src/core/domain/groups'
import { mapRoster, readRosterTable, suggestMapping, type RosterMapping } from '../src/core/intake/roster'
import { mulberry32 } from '../src/core/util/prng'
import { groupName, personName, rosterPairs } from './intakeNames'
import { summarize } from './stats'

const HEADERS = ['序号', '申报单位', '申报专业', '专业建设协作组', '负责人', '申报日期']

export interface RosterFiles {
  dir: string
  xlsx: string
  csv: string
  rows: number
}

/** A 申报汇总表 of `rows` rows, written as .xlsx (exceljs, dates as date cells) and as UTF-8 .csv. */
export async function writeRosterFiles(rows: number, seed: number): Promise<RosterFiles> {
  const rnd = mulberry32(seed)
  const dir = await mkdtemp(join(tmpdir(), 'wb-bench-roster-'))
  const data = rosterPairs(rows, 4, rnd).map((p, i) => {
    const day = new Date(Date.UTC(2026, 2, 1 + Math.floor(rnd() * 30)))
    return [i + 1, p.school, p.program, groupName(p.group), personName(rnd), day] as const
  })
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('申报汇总')
  ws.addRow(HEADERS)
  for (const r of data) ws.addRow([...r])
  ws.getColumn(6).numFmt = 'yyyy-mm-dd'
  const xlsx = join(dir, '申报汇总表.xlsx')
  await wb.xlsx.writeFile(xlsx)
  const csv = join(dir, '申报汇总表.csv')
  const lines = data.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5].toISOString().slice(0, 10)].join(','))
  await writeFile(csv, [HEADERS.join(','), ...lines].join('\r\n') + '\r\n')
  return { dir, xlsx, csv, rows }
}

export interface RosterTiming {
  bytes: number
  /** medians, ms */
  readMs: number
  mapMs: number
  previewMs: number
  importMs: number
}

/**
 * Median of `runs`: readRosterTable and mapRoster alone, then the API path on a fresh workspace per
 * run: roster.preview, then roster.import (mode 'all', source {path}), each timed separately.
 */
export async function timeRoster(path: string, rows: number, runs: number): Promise<RosterTiming> {
  const read: number[] = []
  const map: number[] = []
  const preview: number[] = []
  const imp: number[] = []
  const name = path.slice(path.lastIndexOf('/') + 1)
  for (let i = 0; i < runs; i++) {
    let t = performance.now()
    const table = await readRosterTable(new Uint8Array(await readFile(path)), name)
    read.push(performance.now() - t)
    if (!table.ok) throw new Error(`roster did not read: ${table.problems[0]?.message}`)
    t = performance.now()
    mapRoster(table.table, { applicant: '', ...suggestMapping(table.table.headers) } as RosterMapping, DEFAULT_GROUPS, [])
    map.push(performance.now() - t)

    const dir = await mkdtemp(join(tmpdir(), 'wb-bench-rosterws-'))
    try {
      const wb = await openWorkbench(dir, { create: { name: '基准：名单导入', groups: DEFAULT_GROUPS }, door: 'bench' })
      try {
        const campaignId = (await wb.api['campaigns.create']({ name: '基准：申报导入', kind: 'diagnostic' })).id
        t = performance.now()
        const p = await wb.api['roster.preview']({ campaignId, source: { path } })
        preview.push(performance.now() - t)
        if (p.validCount !== rows || p.problems.length) throw new Error(`preview: ${p.validCount}/${rows} valid, ${p.problems[0]?.message ?? ''}`)
        t = performance.now()
        const r = await wb.api['roster.import']({ campaignId, source: { path }, mode: 'all' })
        imp.push(performance.now() - t)
        if (r.imported !== rows) throw new Error(`import: ${r.imported}/${rows} rows`)
      } finally {
        await wb.close()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  const med = (xs: number[]) => summarize(xs).p50
  return { bytes: (await stat(path)).size, readMs: med(read), mapMs: med(map), previewMs: med(preview), importMs: med(imp) }
}
