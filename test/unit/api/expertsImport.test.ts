import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'
import { encodeGb18030, makeXlsx } from '../intake/helpers/sheets'

type Wb = Awaited<ReturnType<typeof tempWorkbench>>
let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function open(): Promise<Wb> {
  const wb = await tempWorkbench()
  cleanup = wb.cleanup
  return wb
}

async function upload(wb: Wb, name: string, bytes: Buffer): Promise<{ uploadId: string }> {
  const { uploadId } = ok(await wb.call('uploads.begin', { name, size: bytes.length }))
  ok(await wb.call('uploads.chunk', { uploadId, offset: 0, base64: bytes.toString('base64') }))
  return { uploadId }
}

const HEADER = ['姓名', '工作单位', '职称', '协作组', '原工作单位', '关系', '研究领域', '联系方式']

// Issue 9 item 16: the expert pool imported from a table, with the roster wizard's preview and modes.
describe('experts.previewImport / experts.import', () => {
  it('reads a real .xlsx with a title row: former units with years, relations, fields and 协作组', async () => {
    const wb = await open()
    const xlsx = await makeXlsx((ws) => {
      ws.addRow(['2026 年专家库'])
      ws.addRow(HEADER)
      ws.addRow(['张三', '第一技师学院', '教授', '机器人技术应用、数字化设计与制造', '某技师学院（2018—2021）；乙职业学院（2010-2017）', '亲属：王五，丙技师学院', '工业机器人、数控', '13800000000'])
      ws.addRow(['李四', '第二技师学院', '高级讲师', '智能机电技术应用', '', '合著：赵六，丁学院，2022', '机电一体化', ''])
    }, '专家库')
    const preview = ok(await wb.call('experts.previewImport', { source: await upload(wb, '专家库.xlsx', xlsx) }))
    expect(preview.headerRow).toBe(2)
    expect(preview.problems).toEqual([])
    expect(preview.validCount).toBe(2)
    const r = ok(await wb.call('experts.import', { source: await upload(wb, '专家库.xlsx', xlsx), mode: 'all' }))
    expect(r.imported).toBe(2)
    const pool = ok(await wb.call('experts.list', {}))
    const zhang = pool.find((e) => e.name === '张三')!
    expect(zhang).toMatchObject({
      unit: '第一技师学院',
      title: '教授',
      groupIds: ['g2', 'g3'],
      contact: '13800000000',
      formerUnits: [
        { unit: '某技师学院', from: 2018, to: 2021 },
        { unit: '乙职业学院', from: 2010, to: 2017 },
      ],
      relations: [{ kind: 'relative', name: '王五', unit: '丙技师学院' }],
      fields: ['工业机器人', '数控'],
    })
    expect(pool.find((e) => e.name === '李四')!.relations).toEqual([{ kind: 'coauthor', name: '赵六', unit: '丁学院', year: 2022 }])
  })

  it('a GB18030 CSV: problems by row and column, “全部导入” refused writing nothing, “仅导入无误的行” imports the rest', async () => {
    const wb = await open()
    ok(await wb.call('experts.add', { name: '王已有', unit: '甲学院' }))
    const csv = encodeGb18030(
      [
        HEADER.join(','),
        '赵一,第三技师学院,讲师,机器人技术应用,某技师学院（2019—2022）,,焊接,',
        '钱二,,讲师,,,,,',
        '孙三,第四学院,,不存在的组,某学院,,,',
        '王已有,甲学院,,,,,,',
        '周五,第五学院,,,,朋友：某人,,',
        '吴六,第六学院,,,,,,',
        '吴六,第六学院,,,,,,',
      ].join('\r\n'),
    )
    const preview = ok(await wb.call('experts.previewImport', { source: await upload(wb, '专家.csv', csv) }))
    const at = preview.problems.map((p) => [p.row, p.column])
    expect(at).toEqual([
      [3, '工作单位'],
      [4, '协作组'],
      [4, '原工作单位'],
      [5, '姓名'],
      [6, '关系'],
      [7, '姓名'],
      [8, '姓名'],
    ])
    expect(preview.problems.find((p) => p.row === 4 && p.column === '原工作单位')!.message).toContain('缺少年份')
    expect(preview.problems.find((p) => p.row === 5)!.message).toContain('专家库中已有 甲学院 的 王已有')
    expect(preview.problems.find((p) => p.row === 7)!.message).toContain('与第 8 行重复')
    expect(preview.rows.map((r) => r.name)).toEqual(['赵一'])

    const notUploads = (rel: string) => rel.startsWith('uploads')
    const source = await upload(wb, '专家.csv', csv)
    const before = await treeHash(wb.dir, notUploads)
    const all = await wb.call('experts.import', { source, mode: 'all' })
    expect(all.ok).toBe(false)
    if (!all.ok) expect(all.error.message).toContain('按“全部导入”未导入任何专家')
    // the workspace is byte-identical (the upload itself stays for the next try)
    expect(await treeHash(wb.dir, notUploads)).toBe(before)
    expect(ok(await wb.call('experts.list', {})).map((e) => e.name)).toEqual(['王已有'])

    const r = ok(await wb.call('experts.import', { source: await upload(wb, '专家.csv', csv), mode: 'validOnly' }))
    expect(r).toMatchObject({ imported: 1, skippedRows: 6 })
    const zhao = ok(await wb.call('experts.list', {})).find((e) => e.name === '赵一')!
    expect(zhao.formerUnits).toEqual([{ unit: '某技师学院', from: 2019, to: 2022 }])
  })

  it('a table without 姓名 and 工作单位 columns is refused as a whole', async () => {
    const wb = await open()
    const preview = ok(await wb.call('experts.previewImport', { source: await upload(wb, 'x.csv', Buffer.from('名字,地方\n甲,乙\n')) }))
    expect(preview.problems).toEqual([{ row: 0, column: '', message: expect.stringContaining('没有「姓名」「工作单位」列') }])
    const r = await wb.call('experts.import', { source: await upload(wb, 'x.csv', Buffer.from('名字,地方\n甲,乙\n')), mode: 'validOnly' })
    expect(r.ok).toBe(false)
  })
})
