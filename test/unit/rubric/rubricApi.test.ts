import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok, scoringCampaign, submitInput } from '../../helpers/tempWorkspace'
import type { Rubric } from '../../../src/core/domain/rubric'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function setup() {
  const wb = await tempWorkbench()
  cleanup = wb.cleanup
  const { campaign: c, key } = await scoringCampaign(wb, '版本测试')
  return { wb, c, key }
}

/** Moves two points from 1.2 to 1.1: still sums to 100. */
function edited(r: Rubric): Rubric {
  const next = structuredClone(r)
  next.dimensions[0]!.indicators[0]!.points = 6
  next.dimensions[0]!.indicators[1]!.points = 1
  return next
}

describe('rubric editing and versions', () => {
  it('validates the editor draft with the item and the problem named', async () => {
    const { wb, c } = await setup()
    const bad = structuredClone(c.rubric)
    bad.dimensions[1]!.indicators[0]!.points = 9
    bad.dimensions[2]!.indicators[0]!.descriptors.D = ''
    bad.vetoes.push({ code: 'V9', text: ' ' })
    const check = ok(await wb.call('rubric.validate', { rubric: bad }))
    expect(check.ok).toBe(false)
    const msgs = check.problems.map((p) => `${p.where}：${p.message}`)
    expect(msgs).toContain('一级指标 2「人才培养方案与工学一体化」：二级指标分值合计 18 分，与一级指标分值 14 分不符')
    expect(msgs.some((m) => m.includes('3.1') && m.includes('等级 D 的描述为空'))).toBe(true)
    expect(msgs.some((m) => m.includes('否决项 V9') && m.includes('缺少说明'))).toBe(true)
    expect(ok(await wb.call('rubric.validate', { rubric: { name: 1 } })).ok).toBe(false)
  })

  it('replaces a draft in place before scoring, then versions every change with a note', async () => {
    const { wb, c, key } = await setup()
    const v1 = ok(await wb.call('rubric.update', { campaignId: c.id, rubric: edited(c.rubric) }))
    expect(v1.rubric.version).toBe(1)
    expect(v1.rubric.dimensions[0]!.indicators[0]!.points).toBe(6)
    expect(v1.rubricFrozenAt).toBeUndefined()

    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'A' }))
    ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.2', level: 'A' }))
    const frozen = ok(await wb.call('campaigns.get', { campaignId: c.id }))
    expect(frozen.rubricFrozenAt).toBeTruthy()

    const noNote = await wb.call('rubric.update', { campaignId: c.id, rubric: c.rubric })
    expect(noNote).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!noNote.ok) expect(noNote.error.message).toContain('修改说明')

    const renamed = structuredClone(frozen.rubric)
    renamed.dimensions[0]!.indicators[1]!.code = '1.9' as never
    const v2 = ok(await wb.call('rubric.update', { campaignId: c.id, rubric: renamed, note: '1.2 改编号为 1.9' }))
    expect(v2.rubric.version).toBe(2)
    expect(v2.rubricHistory.map((h) => h.rubric.version)).toEqual([1])
    expect(v2.rubricNotes.at(-1)).toMatchObject({ version: 2, note: '1.2 改编号为 1.9' })

    // the sheet keeps version 1 and its total under version 1, flagged for re-check
    const before = ok(await wb.call('sheets.get', key))
    expect(before.sheet.rubricVersion).toBe(1)
    expect(before.needsRecheck).toBe(true)
    expect(before.result.total).toBe(7) // 6 × 1.0 + 1 × 1.0 under version 1
    expect(ok(await wb.call('sheets.listByExpert', { campaignId: c.id, expertId: key.expertId }))[0]!.needsRecheck).toBe(true)
    expect(await wb.call('sheets.submit', await submitInput(wb, key))).toMatchObject({ ok: false, error: { code: 'SHEET_INCOMPLETE' } })

    // its next change moves it to version 2: 1.2 no longer exists and is dropped
    const after = ok(await wb.call('sheets.setEntry', { ...key, indicatorCode: '1.9', level: 'B' }))
    expect(after.sheet.rubricVersion).toBe(2)
    expect(after.needsRecheck).toBe(false)
    expect(Object.keys(after.sheet.entries).sort()).toEqual(['1.1', '1.9'])
  })

  it('starts a campaign from a template, a copy of an earlier campaign, or scratch', async () => {
    const { wb, c } = await setup()
    ok(await wb.call('rubric.update', { campaignId: c.id, rubric: edited(c.rubric), note: '调整 1.1 分值' }))
    const copy = ok(await wb.call('campaigns.create', { name: '第二批', kind: 'diagnostic', source: { type: 'campaign', campaignId: c.id } }))
    expect(copy.rubric.dimensions[0]!.indicators[0]!.points).toBe(6)
    expect(copy.rubric.version).toBe(1)
    expect(copy.rubricNotes[0]!.note).toContain('复制自')
    const blank = ok(await wb.call('campaigns.create', { name: '自定义', kind: 'diagnostic', source: { type: 'blank' } }))
    expect(blank.rubric.dimensions).toHaveLength(1)
    expect(ok(await wb.call('rubric.validate', { rubric: blank.rubric })).ok).toBe(true)
    const wrongKind = await wb.call('campaigns.create', { name: 'x', kind: 'diagnostic', source: { type: 'template', templateId: 'nope' } })
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('exports a rubric as JSON and reads it back identical; refuses a tampered file', async () => {
    const { wb, c } = await setup()
    const file = ok(await wb.call('rubric.export', { campaignId: c.id, format: 'json' }))
    expect(file.fileName).toMatch(/\.json$/)
    const back = ok(await wb.call('rubric.parseFile', { fileName: file.fileName, base64: file.base64 }))
    expect(back.ok).toBe(true)
    expect(back.rubric).toEqual(c.rubric)

    const env = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'))
    env.rubric.dimensions[0].points = 11
    const bad = ok(await wb.call('rubric.parseFile', { fileName: 'x.json', base64: Buffer.from(JSON.stringify(env)).toString('base64') }))
    expect(bad.ok).toBe(false)
    expect(bad.rubric).toBeUndefined()
    expect(bad.problems.map((p) => p.message).join()).toContain('与一级指标分值 11 分不符')

    env.schemaVersion = 9
    const newer = ok(await wb.call('rubric.parseFile', { fileName: 'x.json', base64: Buffer.from(JSON.stringify(env)).toString('base64') }))
    expect(newer.problems[0]!.message).toContain('更新版本')
    const junk = ok(await wb.call('rubric.parseFile', { fileName: 'x.bin', base64: Buffer.from('hello').toString('base64') }))
    expect(junk.problems[0]!.message).toContain('无法识别')
  })
})
