import { afterEach, describe, expect, it } from 'vitest'
import { tempWorkbench, ok } from '../../helpers/tempWorkspace'
import type { TaskView } from '../../../src/core/api/taskView'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

// Issue 9 item 10: messages name what the user knows — the file they picked, not the upload's id.
describe('an uploaded file is named by its own name in refusals', () => {
  it('a damaged zip sent as an upload is refused naming “申报材料.zip”, never up-…', async () => {
    const wb = await tempWorkbench()
    cleanup = wb.cleanup
    const c = ok(await wb.call('campaigns.create', { name: '材料', kind: 'diagnostic' }))
    const bytes = Buffer.from('PK\u0003\u0004 this is not really a zip archive')
    const { uploadId } = ok(await wb.call('uploads.begin', { name: '申报材料.zip', size: bytes.length }))
    ok(await wb.call('uploads.chunk', { uploadId, offset: 0, base64: bytes.toString('base64') }))
    const taskId = ok(await wb.call('materials.import', { campaignId: c.id, source: { uploadId } })).id
    let task: TaskView
    do {
      await new Promise((r) => setTimeout(r, 20))
      task = ok(await wb.call('tasks.get', { taskId }))
    } while (task.state === 'running')
    expect(task.state).toBe('failed')
    expect(task.error!.message).toContain('无法导入“申报材料.zip”')
    expect(task.error!.message).not.toMatch(/up-[0-9a-f]{16}/)
  })
})
