import { afterEach, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError, createClient } from '../../../src/core/api/client'
import type { Envelope } from '../../../src/core/api/envelope'
import type { ErrorCode } from '../../../src/core/domain/errors'
import type { MaterialsImportResult } from '../../../src/core/api/outputs'
import { clientScoringCampaign, tempClient } from '../../helpers/client'
import { buildZip, SAMPLE } from '../intake/helpers/zipBuilder'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function fresh() {
  const c = await tempClient()
  cleanup = c.cleanup
  return c
}

describe('createClient (one typed client for renderer, CLI, tests and bench)', () => {
  it('resolves with the value of an ok envelope', async () => {
    const { api } = await fresh()
    const expert = await api['experts.add']({ name: '专家甲', unit: '某单位' })
    expect(expert).toMatchObject({ name: '专家甲', unit: '某单位', title: '' })
    expect((await api['experts.list']({})).map((e) => e.id)).toEqual([expert.id])
  })

  it('rejects with an ApiError carrying the code, the Chinese message, the issues and the details', async () => {
    const { api } = await fresh()
    const bad = await api['experts.add']({ name: '', unit: '某单位' }).catch((e: unknown) => e)
    expect(bad).toBeInstanceOf(ApiError)
    const e = bad as ApiError
    const code: ErrorCode = e.code // typed by the error-code union, not string
    expect(code).toBe('INVALID_INPUT')
    expect(e.message).toContain('请填写专家姓名')
    expect(e.issues?.[0]?.path).toBe('name')

    const { key } = await clientScoringCampaign(api)
    await api['sheets.setEntry']({ ...key, indicatorCode: '1.1', level: 'A' })
    const stale = (await api['sheets.setEntry']({ ...key, indicatorCode: '1.2', level: 'A', baseVersion: 0 }).catch((x: unknown) => x)) as ApiError
    expect(stale.code).toBe('STALE_VERSION')
    expect(stale.details).toEqual({ version: 1 })
  })

  it('lets the caller see every refusal first (onError), with the method', async () => {
    const seen: string[] = []
    const send = async (method: string): Promise<Envelope<never>> => ({ ok: false, error: { code: 'WORKSPACE_FILE_CORRUPT', message: `坏文件（${method}）`, details: { file: 'workspace.json' } } })
    const api = createClient(send as never, { onError: (e, m) => seen.push(`${m}:${e.code}:${String(e.details?.file)}`) })
    await expect(api['groups.list']({})).rejects.toMatchObject({ code: 'WORKSPACE_FILE_CORRUPT', message: '坏文件（groups.list）' })
    expect(seen).toEqual(['groups.list:WORKSPACE_FILE_CORRUPT:workspace.json'])
  })

  it('types a task result by its kind: materials.import → MaterialsImportResult', async () => {
    const { api, wb } = await fresh()
    const { campaign, submission } = await clientScoringCampaign(api)
    const zip = join(wb.dir, '..', 'm.zip')
    await writeFile(zip, buildZip([{ name: 'a.pdf', data: SAMPLE.pdf('a') }]))
    const started = await api['materials.import']({ campaignId: campaign.id, source: { path: zip }, submissionId: submission.id })
    let task = await api['tasks.get']({ taskId: started.id })
    while (task.state === 'running') {
      await new Promise((r) => setTimeout(r, 10))
      task = await api['tasks.get']({ taskId: started.id })
    }
    expect(task.state).toBe('done')
    if (task.kind !== 'materials.import') throw new Error('wrong kind')
    const result: MaterialsImportResult | undefined = task.result
    expect(result).toMatchObject({ attached: 1, unmatched: [] })
  })
})
