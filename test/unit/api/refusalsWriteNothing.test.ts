import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWorkbench, type OpenedWorkbench } from '../../../src/core/api/openApi'
import { METHOD_NAMES, type MethodName } from '../../../src/core/api/methodNames'
import { tempWorkbench, ok, scoringCampaign, submitInput } from '../../helpers/tempWorkspace'
import { treeHash } from '../../helpers/treeHash'

/**
 * A refused call writes nothing (architecture.md; issue 8): every method of METHOD_NAMES gets 40+
 * hostile inputs through dispatch(); the workspace tree is hashed before and after each call, and
 * every refusal must leave it byte-identical. Each method starts in a fresh session whose sheets
 * journal holds lines, so a refusal that folded the journal or took the session's first backup
 * (the faults of issue 8 §4) would show.
 */

const HUGE = '长'.repeat(100_000)
const proto = () => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as object

/** Values put into each field of a method's baseline input (and into an unknown extra field). */
const VALUES: unknown[] = [
  null,
  -1,
  1.5,
  1e308,
  Number.NaN,
  true,
  '',
  '\u0000',
  'a\u0000b',
  '\ud800',
  HUGE,
  '../../../etc/passwd',
  '__proto__',
  'cmp-nobody',
  [],
  proto(),
]

/** Inputs that are hostile as a whole. */
const WHOLE: unknown[] = [null, undefined, 42, 'x', [], [{}], true, proto(), { '': 1 }, { a: { b: { c: { d: {} } } } }]

let wb: OpenedWorkbench & { dir: string; cleanup: () => Promise<void> }
let base: Partial<Record<MethodName, Record<string, unknown>[]>> = {}

beforeAll(async () => {
  const w = await tempWorkbench()
  const { expert, campaign, submission, key } = await scoringCampaign(w, '拒绝')
  const c = campaign.id
  const e = expert.id
  // a second submission whose sheet is submitted, a third kept as a draft for journal lines
  const s2 = ok(await w.call('submissions.add', { campaignId: c, school: '第二学校', program: '焊接加工', groupId: 'g3' }))
  const s3 = ok(await w.call('submissions.add', { campaignId: c, school: '第三学校', program: '电气自动化', groupId: 'g3' }))
  const k2 = { campaignId: c, expertId: e, submissionId: s2.id }
  const view = ok(await w.call('sheets.get', k2))
  for (const i of view.result.indicators) {
    const r = await w.call('sheets.setEntry', { ...k2, indicatorCode: i.code, level: 'A' })
    if (!r.ok) ok(await w.call('sheets.setEntry', { ...k2, indicatorCode: i.code, points: 0 }))
  }
  for (const el of ok(await w.call('campaigns.get', { campaignId: c })).rubric.eligibility) {
    ok(await w.call('sheets.setEligibility', { ...k2, code: el.code, value: 'pass' }))
  }
  ok(await w.call('sheets.submit', await submitInput(w, k2)))
  ok(await w.call('sheets.setEntry', { ...key, indicatorCode: '1.1', level: 'B' }))
  ok(await w.call('sheets.setComment', { ...key, comment: '已有意见' }))
  const sheetsRel = `campaigns/${c}/sheets/${e}.json`
  const stale = { baseVersion: 0 }
  base = {
    'workspace.listBackups': [{ file: sheetsRel }],
    'workspace.restoreBackup': [{ file: sheetsRel }, { file: 'workspace.json' }, { file: `campaigns/${c}/campaign.json` }],
    'experts.add': [{ name: expert.name, unit: expert.unit }],
    'experts.update': [{ expertId: 'exp-nobody', name: '无此人', unit: '无' }, { expertId: e, name: '测试专家', unit: '测试单位', groupIds: ['g-nobody'] }],
    'templates.get': [{ templateId: 'tpl-nobody' }],
    'rubric.validate': [{ rubric: {} }],
    'rubric.update': [{ campaignId: c, rubric: {} }, { campaignId: c, rubric: campaign.rubric }],
    'rubric.export': [{ campaignId: c, format: 'json' }],
    'rubric.parseFile': [{ fileName: 'a.json', base64: Buffer.from('{"x":').toString('base64') }],
    'campaigns.get': [{ campaignId: c }],
    'campaigns.create': [{ name: '新活动', kind: 'diagnostic', source: { type: 'template', templateId: 'tpl-nobody' } }],
    'campaigns.addExperts': [{ campaignId: c, expertIds: ['exp-nobody'] }],
    'campaigns.updateSettings': [{ campaignId: c, panel: { size: 4 } }],
    'pledges.accept': [{ campaignId: c, expertId: e, declaration: '无' }],
    'audit.list': [{ campaignId: c }],
    'uploads.begin': [{ name: 'a.zip', size: 5 * 1024 ** 3 }],
    'uploads.chunk': [{ uploadId: 'up-0000000000000000', offset: 0, base64: '' }],
    'tasks.get': [{ taskId: 'task-nobody' }],
    'tasks.cancel': [{ taskId: 'task-nobody' }],
    'experts.previewImport': [{ source: { uploadId: 'up-0000000000000000' } }],
    'experts.import': [{ source: { uploadId: 'up-0000000000000000' }, mode: 'all' }],
    'roster.preview': [{ campaignId: c, source: { uploadId: 'up-0000000000000000' } }],
    'roster.import': [{ campaignId: c, source: { uploadId: 'up-0000000000000000' }, mode: 'all' }],
    'materials.import': [{ campaignId: c, source: { uploadId: 'up-0000000000000000' } }],
    'materials.list': [{ campaignId: c, submissionId: submission.id }],
    'materials.preview': [{ campaignId: c, submissionId: submission.id, sha256: '0'.repeat(64) }],
    'materials.addFiles': [{ campaignId: c, submissionId: submission.id, sources: [{ uploadId: 'up-0000000000000000' }] }],
    'materials.unmatched': [{ campaignId: c }],
    'materials.attach': [{ campaignId: c, submissionId: submission.id, sha256: '0'.repeat(64), path: 'a.pdf', reason: '手动关联' }],
    'conflicts.list': [{ campaignId: c }],
    'conflicts.decide': [{ campaignId: c, expertId: e, submissionId: 'sub-nobody', decision: 'noConflict', reason: '核实' }],
    'assignments.get': [{ campaignId: c }],
    'assignments.autoAssign': [{ campaignId: c, seed: 's' }],
    'assignments.change': [{ campaignId: c, submissionId: submission.id, remove: 'exp-nobody', reason: '调整' }],
    'submissions.add': [{ campaignId: c, school: '某技师学院', program: '数控加工', groupId: 'g3' }],
    // removal (issue 9 item 14): the sheets hold saved work, so these are refused (HAS_SCORES / NOT_FOUND)
    'submissions.remove': [{ campaignId: c, submissionId: submission.id, reason: '撤回' }, { campaignId: c, submissionId: s2.id, reason: '撤回' }],
    'experts.remove': [{ expertId: e, reason: '退出' }],
    'materials.remove': [{ campaignId: c, submissionId: submission.id, sha256: '0'.repeat(64), name: 'a.pdf', reason: '传错' }],
    // the first call archives; every later one is refused as already archived (restore then brings it back)
    'campaigns.archive': [{ campaignId: c, reason: '评审结束' }],
    'campaigns.restore': [{ campaignId: c }],
    'sheets.get': [key],
    'sheets.listByExpert': [{ campaignId: c, expertId: e }],
    'sheets.setEntry': [{ ...key, indicatorCode: '1.2', level: 'C', ...stale }, { ...k2, indicatorCode: '1.2', level: 'C' }],
    'sheets.setEligibility': [{ ...key, code: 'el-nobody', value: 'pass' }, { ...k2, code: 'x', value: 'pass' }],
    'sheets.setVeto': [{ ...key, code: 'v-nobody', evidence: '依据' }],
    'sheets.setBonus': [{ ...key, code: 'b-nobody', points: 1 }],
    'sheets.setComment': [{ ...key, comment: '新意见', ...stale }, { ...k2, comment: '改已提交的' }],
    'sheets.submit': [await submitInput(w, key), await submitInput(w, k2), { ...(await submitInput(w, key)), passphrase: '错误的口令-1' }],
    'sheets.reopen': [{ ...k2, reason: '校准后修改' }, { ...key, reason: '未提交的' }],
    'results.summary': [{ campaignId: c }],
    'reports.scoreSheet': [{ ...key, submissionId: 'sub-nobody' }],
    // signing keys (issue 11): the first calls succeed; later ones are refused (CONFLICT, a short passphrase, another key)
    'keys.createWorkspaceKey': [{ passphrase: '秘书处口令-2026' }],
    'keys.createExpertKey': [{ expertId: e, passphrase: '专家口令-2026' }],
    'keys.registerExpertKey': [{ expertId: e, publicKey: 'A'.repeat(43) + '=' }],
    'keys.rekeyExpert': [{ expertId: e, passphrase: '专家口令-2027', reason: '更换电脑' }],
    // 评定 (issue 12): a diagnosis is not ranked, so every decision on it is refused
    'decisions.get': [{ campaignId: c }],
    'decisions.setQuotas': [{ campaignId: c, quotas: { first: { maxCount: 1 } } }],
    'decisions.recordVote': [{ campaignId: c, submissionId: s2.id, motion: { kind: 'award', levelCode: 'special' }, ballots: [{ expertId: e, choice: 'for' }] }],
    'decisions.orderTie': [{ campaignId: c, order: [submission.id, s2.id], note: '票决' }],
    'decisions.setLevel': [{ campaignId: c, submissionId: s2.id, levelCode: null, reason: '调整' }],
    'decisions.publish': [{ campaignId: c, from: '2026-12-01', to: '2026-12-07' }],
    'decisions.recordObjection': [{ campaignId: c, submissionId: s2.id, by: '张某', receivedOn: '2026-12-02', content: '异议' }],
    'decisions.answerObjection': [{ campaignId: c, objectionId: 'obj-nobody', text: '答复', outcome: 'maintained', answeredOn: '2026-12-03' }],
    'decisions.exportDocx': [{ campaignId: c, document: 'awardList' }],
    'decisions.exportXlsx': [{ campaignId: c }],
    // issue 12: audit check and calibration sessions (no session yet: each is refused, or read-only)
    'audit.verify': [{}],
    'calibration.get': [{ campaignId: c }],
    'calibration.scores': [{ campaignId: c }],
    'calibration.open': [{ campaignId: c, title: '校准会', chair: '主持人', anchors: ['sub-nobody'] }],
    'calibration.reveal': [{ campaignId: c }],
    'calibration.revise': [{ ...k2, changes: [{ indicatorCode: '1.1', level: 'A' }], reason: '理由', passphrase: '口令' }],
    'calibration.decide': [{ campaignId: c, text: '决定', indicators: [] }],
    'calibration.close': [{ campaignId: c }],
    'calibration.minutes': [{ campaignId: c }],
  }
  wb = w
  // the key of the draft sheet that keeps the journal non-empty between sessions
  ;(wb as unknown as { s3: object }).s3 = { campaignId: c, expertId: e, submissionId: s3.id }
}, 120_000)

afterAll(async () => {
  await wb?.cleanup()
})

/** Every hostile input of a method: whole-input ones, then each field of each baseline replaced, removed, and one unknown field. */
function hostileInputs(method: MethodName): unknown[] {
  const out: unknown[] = [...WHOLE]
  for (const b of base[method] ?? [{}]) {
    out.push(b)
    for (const k of [...Object.keys(b), 'extra', 'constructor']) {
      for (const v of VALUES) out.push({ ...b, [k]: v })
      if (k !== 'extra' && k !== 'constructor') {
        const { [k]: _gone, ...rest } = b
        out.push(rest)
      }
    }
    out.push(Object.assign(proto(), b))
  }
  return out
}

async function settleTask(w: OpenedWorkbench, value: unknown): Promise<void> {
  const id = (value as { taskId?: string } | null)?.taskId
  if (!id) return
  for (let i = 0; i < 200; i++) {
    const t = await w.call('tasks.get', { taskId: id })
    if (!t.ok || (t.value as { state: string }).state !== 'running') return
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('a refused call writes nothing', () => {
  it('every method, 40+ hostile inputs each: the workspace tree is byte-identical after every refusal', async () => {
    const s3 = (wb as unknown as { s3: Record<string, string> }).s3
    const failures: string[] = []
    let refusals = 0
    for (const method of METHOD_NAMES) {
      // a fresh session: the sheets journal holds a line, every file's first-write hook is pending
      ok(await wb.call('sheets.setComment', { ...s3, comment: `会话 ${method}` }))
      await wb.close()
      const w = await openWorkbench(wb.dir, { door: 'test' })
      Object.assign(wb, { call: w.call, close: w.close, store: w.store, handlers: w.handlers })
      const inputs = hostileInputs(method)
      expect(inputs.length, method).toBeGreaterThanOrEqual(40)
      let before = await treeHash(wb.dir)
      for (const input of inputs) {
        const r = await w.call(method, input)
        if (r.ok) {
          await settleTask(w, r.value)
          before = await treeHash(wb.dir)
          continue
        }
        refusals++
        expect(r.error.code).not.toBe('INTERNAL')
        const after = await treeHash(wb.dir)
        if (after !== before) {
          failures.push(`${method} ${r.error.code} ${JSON.stringify(input)?.slice(0, 120)}`)
          before = after
        }
      }
    }
    expect(failures).toEqual([])
    expect(refusals).toBeGreaterThan(METHOD_NAMES.length * 30)
  }, 600_000)
})
