import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ok, tempWorkbench } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'
import type { TaskView } from '../../../src/core/api/taskView'
import { buildZip, SAMPLE } from './helpers/zipBuilder'
import { buildCompoundFile } from './helpers/compoundFile'
import { overlappingZip } from './helpers/overlapZip'

/**
 * The same file gets the same specific sentence through every door that reads files (issue 7:
 * "old .xls and encrypted Office files get their specific message through every door"; issue 9
 * item 10: a PDF renamed to .xlsx was told "无法识别文件的文字编码"). Entered through the API with a
 * real workspace, as the CLI (the trusted caller that may pass paths) does.
 */
let wb: Awaited<ReturnType<typeof tempWorkbench>>
let campaignId: string
beforeEach(async () => {
  wb = await tempWorkbench()
  campaignId = ok(await wb.call('campaigns.create', { name: '门测试', kind: 'diagnostic' })).id
})
afterEach(async () => {
  await wb.cleanup()
})

const skipVolatile = (rel: string) => rel === '.lock' || rel.endsWith('.lock')

async function file(name: string, bytes: Buffer): Promise<string> {
  const p = join(wb.dir, '..', name)
  await writeFile(p, bytes)
  return p
}

async function finished(task: TaskView): Promise<TaskView> {
  let t = task
  while (t.state === 'running') {
    await new Promise((r) => setTimeout(r, 10))
    t = ok(await wb.call('tasks.get', { taskId: t.id }))
  }
  return t
}

const CASES = [
  { what: 'a PDF renamed to .xlsx', name: 'x.xlsx', bytes: () => SAMPLE.pdf('renamed'), message: '「x.xlsx」实际是 PDF 文件，不是' },
  {
    what: 'an old Excel 97-2003 workbook',
    name: 'x.xls',
    bytes: () => buildCompoundFile(['Workbook', '\u0005SummaryInformation']),
    message: '「x.xls」是旧版 Excel 97-2003 工作簿（.xls），不是 .xlsx：请在 Excel 或 WPS 中另存为 .xlsx 后再导入',
  },
  {
    what: 'an encrypted Office 2007+ workbook',
    name: 'x.xlsx',
    bytes: () => buildCompoundFile(['EncryptionInfo', 'EncryptedPackage']),
    message: '「x.xlsx」已加密（设置了打开密码），请在 Excel、Word 或 WPS 中取消密码保护后再导入',
  },
] as const

describe('specific messages through every door', () => {
  for (const c of CASES) {
    it(`${c.what}: roster.preview, materials.import and rubric.parseFile say what it is`, async () => {
      const path = await file(c.name, c.bytes())
      const before = await treeHash(wb.dir, skipVolatile)

      const roster = await wb.call('roster.preview', { campaignId, source: { path } }, { trusted: true })
      expect(roster.ok).toBe(false)
      if (!roster.ok) {
        expect(roster.error.code).toBe('INVALID_INPUT')
        expect(roster.error.message).toContain(c.message)
        expect(roster.error.message).not.toContain('文字编码')
      }

      const task = await finished(ok(await wb.call('materials.import', { campaignId, source: { path } }, { trusted: true })))
      expect(task.state).toBe('failed')
      expect(task.error?.message).toContain(c.message)

      const parsed = ok(await wb.call('rubric.parseFile', { fileName: c.name, base64: c.bytes().toString('base64') }))
      expect(parsed.ok).toBe(false)
      expect(parsed.problems).toHaveLength(1)
      expect(parsed.problems[0]!.message).toContain(c.message)
      expect(parsed.problems[0]!.message).not.toContain('无法识别')

      expect(await treeHash(wb.dir, skipVolatile)).toBe(before)
    })
  }
})

describe('materials.import through the API', () => {
  it('the overlapping-entry bomb is refused and the workspace tree stays byte-identical', async () => {
    const bomb = overlappingZip(Buffer.concat([SAMPLE.pdf('bomb'), Buffer.alloc(1024 * 1024 - 64)]), 400)
    const path = await file('bomb.zip', bomb)
    const before = await treeHash(wb.dir, skipVolatile)
    const task = await finished(ok(await wb.call('materials.import', { campaignId, source: { path } }, { trusted: true })))
    expect(task.state).toBe('failed')
    expect(task.error?.message).toContain('压缩炸弹')
    expect(await treeHash(wb.dir, skipVolatile)).toBe(before)
  })

  it('two files with the same bytes and different names are two materials of the submission (one blob)', async () => {
    const s = ok(await wb.call('submissions.add', { campaignId, school: '甲校', program: '数控', groupId: 'g3' }))
    const same = SAMPLE.pdf('same bytes')
    const zip = await file('材料.zip', buildZip([
      { name: '甲校_数控_申报书.pdf', data: same },
      { name: '甲校_数控_申报书副本.pdf', data: same },
      { name: '甲校_数控_佐证.pdf', data: SAMPLE.pdf('other') },
    ]))
    const task = await finished(ok(await wb.call('materials.import', { campaignId, source: { path: zip }, rule: 'schoolProgram' }, { trusted: true })))
    expect(task.state).toBe('done')
    expect((task.result as { attached: number }).attached).toBe(3)
    const list = ok(await wb.call('materials.list', { campaignId, submissionId: s.id }))
    expect(list.map((m) => m.name).sort()).toEqual(['甲校_数控_佐证.pdf', '甲校_数控_申报书.pdf', '甲校_数控_申报书副本.pdf'])
    expect(new Set(list.map((m) => m.sha256)).size).toBe(2)
    // importing the same zip again adds nothing
    await finished(ok(await wb.call('materials.import', { campaignId, source: { path: zip }, rule: 'schoolProgram' }, { trusted: true })))
    expect(ok(await wb.call('materials.list', { campaignId, submissionId: s.id }))).toHaveLength(3)
  })

  it('names equal only after normalisation are reported, naming both originals', async () => {
    ok(await wb.call('submissions.add', { campaignId, school: '甲校', program: '数控', groupId: 'g3' }))
    const zip = await file('names.zip', buildZip([
      { name: '甲校_数控_caf\u00e9.pdf', data: SAMPLE.pdf('nfc') },
      { name: '甲校_数控_cafe\u0301.pdf', data: SAMPLE.pdf('nfd') },
      { name: '甲校_数控_\uf900说明.pdf', data: SAMPLE.pdf('compat') },
      { name: '甲校_数控_\u8c48说明.pdf', data: SAMPLE.pdf('unified') },
      { name: '甲校_数控_报告.pdf.', data: SAMPLE.pdf('dot') },
      { name: '甲校_数控_报告.pdf', data: SAMPLE.pdf('plain') },
    ]))
    const task = await finished(ok(await wb.call('materials.import', { campaignId, source: { path: zip }, rule: 'schoolProgram' }, { trusted: true })))
    expect(task.state).toBe('done')
    const problems = (task.result as { problems: Array<{ path: string; message: string }> }).problems
    const collisions = problems.filter((p) => p.message.includes('看不出的字符'))
    expect(collisions.map((p) => p.path).sort()).toEqual(['甲校_数控_café.pdf', '甲校_数控_报告.pdf', '甲校_数控_豈说明.pdf'].sort())
    const compat = collisions.find((p) => p.path === '甲校_数控_豈说明.pdf')!
    expect(compat.message).toContain('U+F900')
    expect(compat.message).toContain('“甲校_数控_豈说明.pdf”')
  })
})

describe('bounded work before trust, through the API', () => {
  it('roster.preview of /dev/zero and of a FIFO answers at once with a refusal', async () => {
    const fifo = join(wb.dir, '..', 'pipe.csv')
    execFileSync('mkfifo', [fifo])
    const t0 = performance.now()
    for (const path of ['/dev/zero', fifo]) {
      const r = await wb.call('roster.preview', { campaignId, source: { path } }, { trusted: true })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.message).toMatch(/不是普通文件（是(设备文件|命名管道（FIFO）)）/)
    }
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})
