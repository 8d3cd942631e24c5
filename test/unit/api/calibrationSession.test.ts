import { afterEach, describe, expect, it } from 'vitest'
import { tempClient } from '../../helpers/client'
import { submitInput, TEST_PASSPHRASE } from '../../helpers/tempWorkspace'
import type { OpenedWorkbench } from '../../../src/core/api/openApi'
import { docxParagraphs } from '../../helpers/docxText'
import { expectGbtLayout } from '../../helpers/gbtLayout'
import { DEFAULT_REPORT_FONTS } from '../../../src/core/domain/reportFonts'
import { ApiError } from '../../../src/core/api/client'
import type { WorkbenchApi } from '../../../src/core/api/contract'
import type { Level } from '../../../src/core/domain/rubric'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function refused(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('expected a refusal')
}

async function score(api: WorkbenchApi, wb: Pick<OpenedWorkbench, 'store'>, key: { campaignId: string; expertId: string; submissionId: string }, level: Level) {
  const c = await api['campaigns.get']({ campaignId: key.campaignId })
  for (const d of c.rubric.dimensions) for (const ind of d.indicators) await api['sheets.setEntry']({ ...key, indicatorCode: ind.code, level })
  await api['sheets.submit'](await submitInput(wb, key))
}

describe('校准会 through the API', () => {
  it('anchors scored blind, revealed, flagged, revised with a reason, decided, closed, minutes exported; all audited', async () => {
    const c0 = await tempClient()
    cleanup = c0.cleanup
    const { api, wb } = c0
    const experts: Array<Awaited<ReturnType<WorkbenchApi['experts.add']>>> = []
    for (let i = 0; i < 5; i++) experts.push(await api['experts.add']({ name: `专家${i + 1}`, unit: `第${i + 1}研究院`, groupIds: ['g2'] }))
    const c = await api['campaigns.create']({ name: '校准测试', kind: 'diagnostic' })
    await api['campaigns.addExperts']({ campaignId: c.id, expertIds: experts.map((e) => e.id) })
    for (const e of experts) await api['pledges.accept']({ campaignId: c.id, expertId: e.id, declaration: '无' })
    const anchor1 = await api['submissions.add']({ campaignId: c.id, school: '样卷一技师学院', program: '数控加工', groupId: 'g2' })
    const anchor2 = await api['submissions.add']({ campaignId: c.id, school: '样卷二技工学校', program: '焊接加工', groupId: 'g2' })
    const real = await api['submissions.add']({ campaignId: c.id, school: '正式申报学院', program: '电气自动化', groupId: 'g2' })
    const campaignId = c.id

    expect((await api['calibration.get']({ campaignId })).session).toBeNull()
    const opened = await api['calibration.open']({ campaignId, title: '第一次校准会', chair: '王主任', anchors: [anchor1.id, anchor2.id] })
    expect(opened.session?.participants).toEqual(experts.map((e) => e.id))
    expect(opened.progress.every((p) => p.submitted === 0 && p.expected === 2)).toBe(true)
    // blind: nobody sees the others' anchor scores before the reveal, and there are no minutes to write
    expect((await api['reports.documents']({ campaignId })).kinds.map((k) => k.id)).not.toContain('calibrationMinutes')
    expect((await refused(api['calibration.scores']({ campaignId }))).code).toBe('NOT_REVEALED')

    const key = (e: number, s: { id: string }) => ({ campaignId, expertId: experts[e]!.id, submissionId: s.id })
    for (let e = 0; e < 4; e++) {
      await score(api, wb, key(e, anchor1), 'B')
      await score(api, wb, key(e, anchor2), 'B')
    }
    await score(api, wb, key(4, anchor1), 'D')
    // not everyone has submitted: the reveal waits, naming who
    const early = await refused(api['calibration.reveal']({ campaignId }))
    expect(early.message).toContain('专家5（1/2）')
    await score(api, wb, key(4, anchor2), 'D')
    await score(api, wb, key(0, real), 'A')

    const revealed = await api['calibration.reveal']({ campaignId })
    expect(revealed.revealed).toBe(true)
    const s1 = await api['calibration.scores']({ campaignId })
    const dev = s1.flags.filter((f) => f.kind === 'deviation')
    expect(dev.map((f) => (f.kind === 'deviation' ? [f.submissionId, f.expertId] : null))).toEqual([
      [anchor1.id, experts[4]!.id],
      [anchor2.id, experts[4]!.id],
    ])
    expect(dev[0]!.text).toContain('专家5')
    expect(s1.flags.some((f) => f.kind === 'range')).toBe(true)
    // anchors never count in results
    const summary = await api['results.summary']({ campaignId })
    expect(summary.rows.map((r) => r.submission.id)).toEqual([real.id])

    // a revision needs a reason and a real change
    const change = c.rubric.dimensions.flatMap((d) => d.indicators).map((i) => ({ indicatorCode: i.code, level: 'B' as const }))
    expect((await refused(api['calibration.revise']({ ...key(4, anchor1), changes: change, reason: '   ', passphrase: TEST_PASSPHRASE }))).code).toBe('INVALID_INPUT')
    expect((await refused(api['calibration.revise']({ ...key(0, anchor1), changes: change, reason: '没有改动', passphrase: TEST_PASSPHRASE }))).message).toContain('相同')
    const before = (await api['sheets.get'](key(4, anchor1))).sheet
    await api['calibration.revise']({ ...key(4, anchor1), changes: change, reason: '经讨论，按B级描述理解指标', passphrase: TEST_PASSPHRASE })
    const after = (await api['sheets.get'](key(4, anchor1))).sheet
    // 第 2 版, signed by the expert's key; 第 1 版 kept with its signature and the reason
    expect(after).toMatchObject({ status: 'submitted', signature: { submittedVersion: 2 } })
    expect(after.signatures?.['1']).toMatchObject({ submittedVersion: 1, reopened: { by: '校准会', reason: '经讨论，按B级描述理解指标' } })
    expect(after.signatures?.['1']?.signature).toEqual(before.signature)
    const s2 = await api['calibration.scores']({ campaignId })
    // the flag on anchor 1 clears; anchor 2's stays
    expect(s2.flags.filter((f) => f.kind === 'deviation').map((f) => (f.kind === 'deviation' ? f.submissionId : ''))).toEqual([anchor2.id])
    expect(s2.beforeFlags.filter((f) => f.kind === 'deviation')).toHaveLength(2)
    expect(s2.now.meanRange!).toBeLessThan(s2.before.meanRange!)

    const code = c.rubric.dimensions[0]!.indicators[0]!.code
    await api['calibration.decide']({ campaignId, text: '产业需求调研以近三年调研报告为准', indicators: [code] })
    const closed = await api['calibration.close']({ campaignId })
    expect(closed.session?.closedAt).toBeTruthy()
    expect(closed.session?.discussed).toEqual([code])
    expect((await refused(api['calibration.decide']({ campaignId, text: '会后补充' }))).code).toBe('CONFLICT')

    const file = await api['calibration.minutes']({ campaignId })
    expect(file.fileName).toMatch(/^校准会纪要_.*\.docx$/)
    const text = (await docxParagraphs(Buffer.from(file.base64, 'base64'))).join('\n')
    for (const t of ['校准会纪要', '王主任', '专家1、专家2、专家3、专家4、专家5', '样卷一技师学院 · 数控加工', '校准前后统计对比', '经讨论，按B级描述理解指标', '产业需求调研以近三年调研报告为准', '校准会于']) {
      expect(text).toContain(t)
    }
    // the batch export's registry writes the same minutes (one per campaign, named by campaign and session)
    const listed = (await api['reports.documents']({ campaignId })).kinds.find((k) => k.id === 'calibrationMinutes')
    expect(listed?.documents.map((d) => d.fileName)).toEqual(['校准测试-校准会纪要（第一次校准会）.docx'])
    const fromBatch = await api['reports.document']({ campaignId, kind: 'calibrationMinutes', key: listed!.documents[0]!.key })
    expect((await docxParagraphs(Buffer.from(fromBatch.base64, 'base64'))).join('\n')).toBe(text)
    await expectGbtLayout(new Uint8Array(Buffer.from(fromBatch.base64, 'base64')), { fonts: DEFAULT_REPORT_FONTS, title: '校准会纪要' })

    const audit = await api['audit.list']({ campaignId })
    expect(audit.chain.ok).toBe(true)
    const actions = audit.entries.map((e) => e.action)
    for (const a of ['calibration.open', 'calibration.reveal', 'sheet.revise', 'calibration.decide', 'calibration.close']) expect(actions).toContain(a)
    const rev = audit.entries.find((e) => e.action === 'sheet.revise')!
    expect(rev.data).toMatchObject({ reason: '经讨论，按B级描述理解指标', fromVersion: 1, toVersion: 2, fingerprint: after.signature!.fingerprint })
    expect((rev.data.beforeTotal as number) < (rev.data.afterTotal as number)).toBe(true)
  })
})
