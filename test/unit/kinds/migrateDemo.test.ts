import { cp, readFile, readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openWorkbench } from '../../../src/core/api/openApi'
import { migrateV1ToV2 } from '../../../src/core/storage/migrateV1ToV2'
import { ok, tempDir } from '../../helpers/tempWorkspace'

// the demo workspace as it was shipped at schemaVersion 1 (before issue 11 regenerated it with keys)
const DEMO = resolve(__dirname, '../../fixtures/demo-workspace-v1')
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

describe('schemaVersion 1 → 2 (issue 10)', () => {
  it('opens the demo workspace as shipped at version 1: 专业 subjects, results without rank, files written as version 2 after a backup', async () => {
    const { dir, cleanup } = await tempDir()
    cleanups.push(cleanup)
    const ws = join(dir, 'demo')
    await cp(DEMO, ws, { recursive: true })
    const before = JSON.parse(await readFile(join(ws, 'workspace.json'), 'utf8'))
    expect(before.schemaVersion).toBe(1)

    const wb = await openWorkbench(ws, { door: 'test' })
    cleanups.push(() => wb.close())
    const [listed] = ok(await wb.call('campaigns.list', {}))
    const campaign = ok(await wb.call('campaigns.get', { campaignId: listed!.id }))
    expect(campaign.submissions).toHaveLength(6)
    expect(campaign.submissions.every((s) => s.subject.kind === 'program')).toBe(true)
    const summary = ok(await wb.call('results.summary', { campaignId: campaign.id }))
    expect(summary.rows.filter((r) => r.result !== null).length).toBeGreaterThan(0)
    expect(summary.rows.map((r) => r.rank)).toEqual(summary.rows.map(() => null))
    expect(summary.rows.every((r) => r.outcome === 'profile' && r.awardLevel === null)).toBe(true)
    expect(ok(await wb.call('groups.list', {})).map((g) => g.history)).toEqual(Array(7).fill([]))

    // a write brings the file to version 2, after a backup of the version-1 file
    ok(await wb.call('groups.rename', { groupId: 'g7', name: '服务型制造与现代服务技术应用' }))
    const after = JSON.parse(await readFile(join(ws, 'workspace.json'), 'utf8'))
    expect(after.schemaVersion).toBe(2)
    const backups = await readdir(join(ws, '.backups'), { recursive: true })
    expect(backups.some((b) => b.includes('workspace.json'))).toBe(true)
  })

  it('gives an award entry of version 1 what it had: the 申报人 as the person, the 专业 text as the course or achievement', () => {
    const file = (kind: string) => ({
      kind: 'campaign',
      schemaVersion: 1,
      campaign: { kind, submissions: [{ id: 's1', school: '甲校', program: '数控加工（课程：多轴加工）', applicant: '周立新' }, { id: 's2', school: '乙校', program: '机电', applicant: '' }] },
    })
    const subjects = (kind: string) => ((migrateV1ToV2(file(kind)).campaign as { submissions: Array<{ subject: unknown }> }).submissions).map((s) => s.subject)
    expect(subjects('diagnostic')).toEqual([{ kind: 'program' }, { kind: 'program' }])
    expect(subjects('masterTeacher')).toEqual([{ kind: 'person', name: '周立新' }, { kind: 'person', name: '待补充' }])
    expect(subjects('excellentCourse')).toEqual([
      { kind: 'course', name: '数控加工（课程：多轴加工）', team: ['周立新'] },
      { kind: 'course', name: '机电', team: [] },
    ])
    expect(subjects('researchAchievement')).toEqual([
      { kind: 'achievement', name: '数控加工（课程：多轴加工）', authors: ['周立新'], units: [] },
      { kind: 'achievement', name: '机电', authors: ['待补充'], units: [] },
    ])
    expect(migrateV1ToV2({ kind: 'sheets', schemaVersion: 1, sheets: {} })).toEqual({ kind: 'sheets', schemaVersion: 2, sheets: {} })
  })
})

describe('协作组 master data', () => {
  it('adds, renames with history, retires; a campaign keeps the name it was run under; a retired group takes no new entry', async () => {
    const { dir, cleanup } = await tempDir()
    cleanups.push(cleanup)
    const { DEFAULT_GROUPS } = await import('../../../src/core/domain/groups')
    const wb = await openWorkbench(join(dir, 'ws'), { create: { name: '测试', groups: DEFAULT_GROUPS }, door: 'test' })
    cleanups.push(() => wb.close())
    const c = ok(await wb.call('campaigns.create', { name: '2026 诊断', kind: 'diagnostic' }))
    ok(await wb.call('submissions.add', { campaignId: c.id, school: '甲校', program: '数控加工', groupId: 'g3' }))
    await new Promise((r) => setTimeout(r, 5))
    const renamed = ok(await wb.call('groups.rename', { groupId: 'g3', name: '数字化设计与智能制造' }))
    expect(renamed.name).toBe('数字化设计与智能制造')
    expect(renamed.history).toEqual([{ name: '数字化设计与制造', until: expect.any(String) }])
    expect(ok(await wb.call('results.summary', { campaignId: c.id })).rows[0]!.groupName).toBe('数字化设计与制造')
    const later = ok(await wb.call('campaigns.create', { name: '2027 诊断', kind: 'diagnostic' }))
    ok(await wb.call('submissions.add', { campaignId: later.id, school: '甲校', program: '数控加工', groupId: 'g3' }))
    expect(ok(await wb.call('results.summary', { campaignId: later.id })).rows[0]!.groupName).toBe('数字化设计与智能制造')

    const added = ok(await wb.call('groups.add', { name: '低空经济技术应用' }))
    expect(ok(await wb.call('groups.list', {})).map((g) => g.name)).toContain('低空经济技术应用')
    expect(await wb.call('groups.add', { name: '机器人技术应用' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await wb.call('groups.rename', { groupId: 'g1', name: '机器人 技术应用' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    ok(await wb.call('groups.retire', { groupId: added.id, retired: true }))
    const refused = await wb.call('submissions.add', { campaignId: later.id, school: '乙校', program: '无人机应用技术', groupId: added.id })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('已停用') } })
    ok(await wb.call('groups.retire', { groupId: added.id, retired: false }))
    ok(await wb.call('submissions.add', { campaignId: later.id, school: '乙校', program: '无人机应用技术', groupId: added.id }))
  })
})
