// @vitest-environment happy-dom
// (the store reads a picked File with the browser's FileReader, as it does in the window)
import { afterEach, describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'
import { ApiError } from '../../../src/renderer/src/api'
import { createWorkbenchStore } from '../../../src/renderer/src/stores/createWorkbenchStore'
import { inProcessApi } from '../../helpers/inProcessApi'
import { ok, tempWorkbench } from '../../helpers/tempWorkspace'

/** The 申报与材料 slice against a real workspace: uploads in chunks, roster preview and import, a materials task. */
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

const [G1, G2] = [DEFAULT_GROUPS[0]!, DEFAULT_GROUPS[1]!]
const ROWS = [
  ['湖南省机械工业技师学院', '工业机器人应用与维护', G1.name, '周立新'],
  ['江苏省常州技师学院', '数控加工', G2.name, '李明'],
  ['广东省机械技师学院', '模具制造', '不存在的协作组', '王芳'],
]
const rosterCsv = () => new File([['申报单位,专业名称,协作组,申报人', ...ROWS.map((r) => r.join(','))].join('\r\n')], '申报汇总表.csv', { type: 'text/csv' })

async function campaignStore() {
  const wb = await tempWorkbench()
  cleanups.push(wb.cleanup)
  const campaign = ok(await wb.call('campaigns.create', { name: '材料导入', kind: 'diagnostic' }))
  const store = createWorkbenchStore(inProcessApi(wb))
  store.setState({ campaignId: campaign.id })
  return { wb, store, campaignId: campaign.id }
}

describe('intake store: roster', () => {
  it('uploads a picked file, previews it with the guessed mapping and the bad row, imports the valid rows and reloads the campaign', async () => {
    const { wb, store, campaignId } = await campaignStore()
    const progress: number[] = []
    const uploadId = await store.getState().uploadFile(rosterCsv(), (sent) => progress.push(sent))
    expect(progress[0]).toBe(0)
    expect(progress.at(-1)).toBe(rosterCsv().size)

    const preview = await store.getState().previewRoster(uploadId)
    expect(preview.mapping).toEqual({ school: '申报单位', program: '专业名称', group: '协作组', applicant: '申报人' })
    expect([preview.rowCount, preview.validCount]).toEqual([3, 2])
    expect(preview.problems).toEqual([expect.objectContaining({ row: 4, message: expect.stringContaining('不存在的协作组') })])

    // 全部导入 is refused while a row has a problem: a refusal, not a failed save
    const refused = await store.getState().importRoster(uploadId, preview.mapping, 'all').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect(store.getState().saveStatus).not.toBe('failed')
    expect(ok(await wb.call('campaigns.get', { campaignId })).submissions).toEqual([])

    const again = await store.getState().uploadFile(rosterCsv())
    const result = await store.getState().importRoster(again, preview.mapping, 'validOnly')
    expect([result.imported, result.skippedRows]).toEqual([2, 1])
    expect(store.getState().saveStatus).toBe('saved')
    expect(store.getState().campaign!.submissions.map((s) => [s.school, s.program, s.groupId, s.applicant])).toEqual([
      [ROWS[0]![0], ROWS[0]![1], G1.id, ROWS[0]![3]],
      [ROWS[1]![0], ROWS[1]![1], G2.id, ROWS[1]![3]],
    ])
  })
})

describe('intake store: materials', () => {
  it('follows the import task to done, then lists each submission\'s materials', async () => {
    const { wb, store, campaignId } = await campaignStore()
    const s1 = ok(await wb.call('submissions.add', { campaignId, school: '甲技师学院', program: '数控加工', groupId: G1.id }))
    const zip = new JSZip()
    zip.file('甲技师学院_数控加工/申报书.pdf', '%PDF-1.4\n%%EOF\n')
    zip.file('甲技师学院_数控加工/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    zip.file('乙学校_模具/说明.pdf', '%PDF-1.4\n%%EOF\n')
    const file = new File([await zip.generateAsync({ type: 'arraybuffer' })], '申报材料.zip', { type: 'application/zip' })

    const running = store.getState().importMaterials(file, { rule: 'schoolProgram' })
    expect(store.getState().materialsJob).toMatchObject({ campaignId, fileName: '申报材料.zip', phase: 'uploading', size: file.size })
    await running
    const job = store.getState().materialsJob!
    expect(job.phase).toBe('done')
    expect(job.sent).toBe(file.size)
    expect(job.task?.state).toBe('done')
    expect(job.result).toMatchObject({ attached: 1, unmatched: ['乙学校_模具/说明.pdf'] })
    expect(job.result!.skipped.map((s) => s.path)).toEqual(['甲技师学院_数控加工/logo.svg'])
    // the campaign was reloaded with the attached file
    expect(store.getState().campaign!.submissions.find((s) => s.id === s1.id)!.materials).toHaveLength(1)

    const list = await store.getState().loadMaterials(s1.id)
    expect(list.map((m) => m.name)).toEqual(['申报书.pdf'])
    expect(store.getState().materialLists[`${campaignId}/${s1.id}`]).toEqual(list)

    // a finished job can be cleared; a second import may start
    store.getState().clearMaterialsJob()
    expect(store.getState().materialsJob).toBeNull()
  })
})
