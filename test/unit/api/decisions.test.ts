import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { tempWorkbench, ok } from '../../helpers/tempWorkspace'
import { buildAwardCampaign, type Call } from '../../helpers/awardCampaign'
import { docxParagraphs } from '../../helpers/docxText'
import type { MethodName } from '../../../src/core/api/methodNames'
import type { SubmissionId } from '../../../src/core/domain/ids'

// The committee's decisions through the contract (issue 12 "Decisions"), on a real workspace: ranking
// with the ★ and vote tie rules, quotas, ⌈2/3⌉ votes, 公示, 异议, and the lists as .docx/.xlsx.

let wb: Awaited<ReturnType<typeof tempWorkbench>>
let campaignId = ''
let ids: SubmissionId[] = []
const id = (i: number): SubmissionId => ids[i]!
let experts: string[] = []
const call: Call = async (m, input) => ok(await wb.call(m, input))

async function refused(method: MethodName, input: unknown): Promise<{ code: string; message: string }> {
  const file = join(wb.dir, 'campaigns', campaignId, 'campaign.json')
  const before = await readFile(file, 'utf8')
  const auditBefore = ok(await wb.call('audit.list', { campaignId })).entries.length
  const r = await wb.call(method, input)
  if (r.ok) throw new Error(`${method} should be refused`)
  expect(await readFile(file, 'utf8')).toBe(before)
  expect(ok(await wb.call('audit.list', { campaignId })).entries.length).toBe(auditBefore)
  return r.error
}

beforeAll(async () => {
  wb = await tempWorkbench()
  const built = await buildAwardCampaign(call)
  campaignId = built.campaign.id
  ids = built.submissions.map((s) => s.id)
  experts = built.expertIds
}, 180_000)

afterAll(async () => wb?.cleanup())

const get = () => call('decisions.get', { campaignId })
const row = async (i: number) => (await get()).rows.find((r) => r.id === ids[i])!

describe('decisions (评定) through the API', () => {
  it('ranks by result, breaks the 97.60 tie by the ★ subtotal, lists the exact tie, proposes within quotas', async () => {
    const v = await get()
    expect(v.ranked).toBe(true)
    expect(v.levels.map((l) => [l.code, l.limit])).toEqual([['special', 1], ['first', 1], ['second', 2]])
    const top = v.rows.slice(0, 5).map((r) => [r.id, r.result, r.keySubtotal, r.rank, r.basis, r.proposedLevel])
    expect(top).toEqual([
      [id(0), 100, 36, 1, 'result', 'first'],
      [id(2), 97.6, 36, 2, 'keySubtotal', 'second'],
      [id(1), 97.6, 33.6, 3, 'keySubtotal', 'second'],
      [id(3), 87.2, 25.6, 4, 'tied', null],
      [id(4), 87.2, 25.6, 4, 'tied', null],
    ])
    expect(v.rows[0]!.awaitingVote).toBe('special')
    expect(v.ties).toHaveLength(2) // a3/a4, and the four all-C entries
    expect(v.ties[0]).toMatchObject({ ids: [id(3), id(4)], resolved: false, blockingLevel: null })
    expect(v.blockers).toEqual([])
    expect(v.rules.quota).toContain('向下取整')
    expect(v.rows.find((r) => r.id === id(3))!.vetoes).toMatchObject([{ code: 'V3', count: 1, needed: 2, confirmed: false }])
  })

  it('refuses a bad vote with its reason and writes nothing', async () => {
    const ballots = experts.map((expertId) => ({ expertId, choice: 'for' as const }))
    expect(await refused('decisions.recordVote', { campaignId, submissionId: id(0), motion: { kind: 'award', levelCode: 'special' }, ballots: [...ballots, ballots[0]] }))
      .toMatchObject({ code: 'INVALID_INPUT', message: '每位委员只能表决一次：王建国 重复' })
    expect((await refused('decisions.recordVote', { campaignId, submissionId: id(0), motion: { kind: 'award', levelCode: 'first' }, ballots })).message).toBe('一等奖无需票决。')
    expect((await refused('decisions.recordVote', { campaignId, submissionId: id(5), motion: { kind: 'award', levelCode: 'special' }, ballots })).message).toBe(
      '该申报结果 60.00 分，未达到特等奖分数线 92 分，不能提请票决。',
    )
    expect((await refused('decisions.recordVote', { campaignId, submissionId: id(0), motion: { kind: 'veto', vetoCode: 'V3' }, ballots })).message).toContain('没有专家提出')
    expect((await refused('decisions.recordVote', { campaignId, submissionId: id(0), motion: { kind: 'award', levelCode: 'special' }, ballots: [{ expertId: 'exp-nobody', choice: 'for' }] })).message).toContain('不是本评审活动的专家')
  })

  it('a failed vote (2 of 3 needs 2: 1 赞成) grants nothing; a passed one grants 特等 and the tie now straddles 二等', async () => {
    const [e0, e1, e2] = experts as [string, string, string]
    let v = await call('decisions.recordVote', { campaignId, submissionId: id(0), motion: { kind: 'award', levelCode: 'special' }, ballots: [{ expertId: e0, choice: 'for' }, { expertId: e1, choice: 'against' }, { expertId: e2, choice: 'abstain' }] })
    expect(v.votes[0]!.tally).toMatchObject({ passed: false, needed: 2 })
    expect(v.rows[0]!.proposedLevel).toBe('first')
    v = await call('decisions.recordVote', { campaignId, submissionId: id(0), motion: { kind: 'award', levelCode: 'special' }, ballots: [{ expertId: e0, choice: 'for' }, { expertId: e1, choice: 'for' }, { expertId: e2, choice: 'against' }] })
    expect(v.votes.map((x) => x.superseded)).toEqual([true, false])
    expect(v.votes[1]!.tally.text).toBe('出席 3 人，赞成 2 票、反对 1 票、弃权 0 票；需赞成不少于 2 票（出席人数的三分之二，向上取整），通过')
    expect(v.rows.slice(0, 5).map((r) => r.proposedLevel)).toEqual(['special', 'first', 'second', 'second', 'second'])
    expect(v.ties[0]!.message).toBe('第 4 名起 2 项并列（结果 87.20 分，★小计 25.60 分），二等奖仅余 1 个名额，须由委员会票决排序。')
    expect(v.quotas[2]!.message).toBe('二等奖名额为 2 项（不超过申报总数 10 项的 20%（向下取整），即 2 项），名单中有 3 项，超出 1 项。')
    const audit = ok(await wb.call('audit.list', { campaignId })).entries.filter((e) => e.action === 'decision.vote')
    expect(audit.map((e) => e.data['passed'])).toEqual([false, true])
  })

  it('publication is refused while the tie blocks it; the committee orders the tie; then it is published', async () => {
    const e = await refused('decisions.publish', { campaignId, from: '2026-12-01', to: '2026-12-07' })
    expect(e.code).toBe('DECISION_BLOCKED')
    expect(e.message).toContain('须由委员会票决排序')
    expect(e.message).toContain('二等奖名额为 2 项')
    expect((await refused('decisions.orderTie', { campaignId, order: [id(3), id(5)], note: '票决' })).message).toContain('不是一组并列')
    const v = await call('decisions.orderTie', { campaignId, order: [id(4), id(3)], note: '会评票决：3 票对 0 票' })
    expect(v.rows.slice(3, 5).map((r) => [r.id, r.rank, r.basis, r.proposedLevel])).toEqual([[id(4), 4, 'vote', 'second'], [id(3), 5, 'vote', null]])
    expect(v.blockers).toEqual([])
    expect((await refused('decisions.publish', { campaignId, from: '2026-12-07', to: '2026-12-01' })).message).toBe('公示期结束日期（2026-12-01）早于开始日期（2026-12-07）。')
    const p = await call('decisions.publish', { campaignId, from: '2026-12-01', to: '2026-12-07' })
    expect(p.locked).toBe(true)
    expect(p.publication).toMatchObject({ version: 1, from: '2026-12-01', to: '2026-12-07' })
    expect(p.publication!.entries.slice(0, 4).map((x) => x.levelLabel)).toEqual(['特等奖', '一等奖', '二等奖', '二等奖'])
  })

  it('once published, a decision needs a reason; the committee may demote with one and a later quota change shows', async () => {
    expect((await refused('decisions.orderTie', { campaignId, order: [id(3), id(4)], note: '重新票决' })).code).toBe('DECISION_LOCKED')
    expect((await refused('decisions.setLevel', { campaignId, submissionId: id(5), levelCode: 'second', reason: '提升' })).message).toBe('该申报结果 60.00 分，未达到二等奖分数线 75 分。')
    const v = await call('decisions.setLevel', { campaignId, submissionId: id(1), levelCode: 'first', reason: '异议复核后委员会合议调整' })
    expect(v.rows.find((r) => r.id === id(1))!.decidedLabel).toBe('一等奖')
    expect(v.changedSincePublication).toEqual(['《数控专业产教融合实训基地建设》（湖南省机械工业技师学院）'])
    expect(v.quotas[1]!.message).toBe('一等奖名额为 1 项（不超过申报总数 10 项的 10%（向下取整），即 1 项），名单中有 2 项，超出 1 项。')
    const q = await call('decisions.setQuotas', { campaignId, quotas: { first: { maxCount: 2 } }, reason: '委员会决定一等奖增至 2 项' })
    expect(q.quotas[1]).toMatchObject({ limit: 2, ok: true })
    expect((await refused('decisions.setQuotas', { campaignId, quotas: { gold: { maxCount: 1 } }, reason: 'x' })).message).toBe('指标体系中没有这些奖项等级：gold')
    const audit = ok(await wb.call('audit.list', { campaignId })).entries
    expect(audit.find((e) => e.action === 'decision.level')!.data).toMatchObject({ from: 'second', to: 'first', afterPublication: true })
  })

  it('a veto raised by one expert is confirmed by a committee vote: 不予评定', async () => {
    const ballots = experts.map((expertId) => ({ expertId, choice: 'for' as const }))
    const v = await call('decisions.recordVote', { campaignId, submissionId: id(3), motion: { kind: 'veto', vetoCode: 'V3' }, ballots, reason: '公示期间核实材料' })
    expect(v.rows.find((r) => r.id === id(3))).toMatchObject({ status: 'notRated', decidedLabel: '不予评定', excludedReason: '一票否决经委员会票决确认：申报材料弄虚作假' })
  })

  it('objections: only during the 公示 period, answered once, audited', async () => {
    const e = await refused('decisions.recordObjection', { campaignId, submissionId: id(1), by: '张某', receivedOn: '2026-12-09', content: '成果应用时间不足两年。' })
    expect(e.message).toBe('异议应在公示期内（2026年12月1日至2026年12月7日）提出，收到日期2026年12月9日不在公示期内。')
    const v = await call('decisions.recordObjection', { campaignId, submissionId: id(1), by: '张某', receivedOn: '2026-12-03', content: '成果应用时间不足两年。' })
    const o = v.objections[0]!
    expect(o.entryLabel).toBe('《数控专业产教融合实训基地建设》（湖南省机械工业技师学院）')
    expect(o.answer).toBeUndefined()
    expect((await refused('decisions.answerObjection', { campaignId, objectionId: o.id, text: '经核实', outcome: 'maintained', answeredOn: '2026-12-02' })).message).toBe('答复日期2026年12月2日早于收到异议的日期2026年12月3日。')
    const a = await call('decisions.answerObjection', { campaignId, objectionId: o.id, text: '经核实，该成果 2023 年起在三所学校应用，符合要求。', outcome: 'maintained', answeredOn: '2026-12-05' })
    expect(a.objections[0]!.outcomeLabel).toBe('维持原结果')
    expect(a.rows.find((r) => r.id === id(1))!.objectionCount).toBe(1)
    expect((await refused('decisions.answerObjection', { campaignId, objectionId: o.id, text: '再答', outcome: 'changed', answeredOn: '2026-12-06' })).code).toBe('CONFLICT')
    const actions = ok(await wb.call('audit.list', { campaignId })).entries.map((x) => x.action)
    expect(actions).toEqual(expect.arrayContaining(['objection.record', 'objection.answer', 'decision.publish', 'decision.tieOrder', 'decision.quotas']))
  })

  it('exports the 拟表彰名单 and 汇总表 as .docx (read back) and .xlsx whose formula-like text stays text', async () => {
    const award = await call('decisions.exportDocx', { campaignId, document: 'awardList' })
    expect(award.fileName).toBe('2026年度教科研成果评选_拟表彰名单.docx')
    const paras = await docxParagraphs(Buffer.from(award.base64, 'base64'))
    expect(paras[0]).toBe('2026年度教科研成果评选拟表彰名单')
    expect(paras).toEqual(expect.arrayContaining(['特等奖（1项）', '一等奖（2项）', '二等奖（1项）', '工学一体化课程开发与实施研究', '测试工作区']))
    expect(paras.join('\n')).toContain('公示期为2026年12月1日至2026年12月7日。')
    const summary = await call('decisions.exportDocx', { campaignId, document: 'resultSummary' })
    const text = (await docxParagraphs(Buffer.from(summary.base64, 'base64'))).join('\n')
    expect(text).toContain('=1+2技师学院')
    expect(text).toContain('授予特等奖：赞成 2、反对 1、弃权 0（需 2 票），通过')
    expect(text).toContain('排名规则：总分相同者以关键指标（★）小计高者列前')

    const x = await call('decisions.exportXlsx', { campaignId })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer)
    expect(book.worksheets.map((s) => s.name)).toEqual(['拟表彰名单', '评审结果汇总表', '说明'])
    const sheet = book.getWorksheet('评审结果汇总表')!
    const cells: ExcelJS.Cell[] = []
    sheet.eachRow((r) => r.eachCell((c) => cells.push(c)))
    const formulaLike = cells.filter((c) => typeof c.value === 'string' && /^[=+\-@]/.test(c.value))
    expect(formulaLike.map((c) => c.value)).toEqual(expect.arrayContaining(['=1+2技师学院']))
    expect(formulaLike.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true)
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false)
    const scores = cells.filter((c) => c.value === 100)
    expect(scores[0]!.type).toBe(ExcelJS.ValueType.Number)
  })

  it('a diagnosis is not ranked: the view says so and every decision is refused', async () => {
    const d = await call('campaigns.create', { name: '诊断', kind: 'diagnostic' })
    const v = await call('decisions.get', { campaignId: d.id })
    expect(v).toMatchObject({ ranked: false, notRankedReason: '专业建设诊断不作评比排名，不进行评定和公示。', rows: [] })
    const r = await wb.call('decisions.publish', { campaignId: d.id, from: '2026-12-01', to: '2026-12-07' })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})
