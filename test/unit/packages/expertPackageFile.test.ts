import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { TaskView } from '../../../src/core/api/taskView'
import { PACKAGE_PIECE_BYTES } from '../../../src/core/api/packages/handlers'
import { DEMO_KDF } from '../../../src/core/demo/demoKeys'
import { openExpertPackage } from '../../../src/core/packages/openExpertPackage'
import { createWorkspaceKey } from '../../../src/core/signing/keyStore'
import { verifyFileAt } from '../../../src/core/signing/verifiers'
import { ok, scoringCampaign, tempWorkbench } from '../../helpers/tempWorkspace'

// Browser mode (issue 11 gap): the secretary cannot reach the path packages.exportExpert wrote; the
// package reaches them as a download, piece by piece (it carries the materials: often far beyond what
// one base64 answer should hold), and what arrives is the package: it verifies and opens.

const PASS = '测试口令-2026'
let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

async function exported() {
  const wb = await tempWorkbench()
  cleanup = wb.cleanup
  await createWorkspaceKey(wb.store, PASS, new Date(), DEMO_KDF)
  const s = await scoringCampaign(wb, '2026年度专业建设诊断（第一批）')
  ok(await wb.call('assignments.change', { campaignId: s.campaign.id, submissionId: s.submission.id, add: s.expert.id, reason: '测试' }))
  // a material that does not compress: the package is larger than one piece
  const pdf = join(wb.dir, '..', '自评报告.pdf')
  await writeFile(pdf, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(PACKAGE_PIECE_BYTES + 512 * 1024)]))
  ok(await wb.call('materials.addFiles', { campaignId: s.campaign.id, submissionId: s.submission.id, sources: [{ path: pdf }] }, { trusted: true }))
  let task = ok(await wb.call('packages.exportExpert', { campaignId: s.campaign.id, expertId: s.expert.id, passphrase: PASS, validDays: 30 })) as TaskView
  while (task.state === 'running') {
    await new Promise((r) => setTimeout(r, 50))
    task = ok(await wb.call('tasks.get', { taskId: task.id }))
  }
  expect(task.state).toBe('done')
  return { wb, s, result: task.result as { path: string; fileName: string; downloadName: string; bytes: number } }
}

describe('packages.expertPackageFile', () => {
  it('hands the .wbexp over in pieces that add up to the file, which verifies and opens as the expert’s workspace', async () => {
    const { wb, s, result } = await exported()
    expect(result.downloadName).toBe('2026年度专业建设诊断（第一批）-测试专家-评审包.wbexp')
    const pieces: Buffer[] = []
    let offset = 0
    let size = Infinity
    while (offset < size) {
      const p = ok(await wb.call('packages.expertPackageFile', { fileName: result.fileName, offset }))
      expect(p).toMatchObject({ fileName: result.fileName, offset, mime: 'application/octet-stream' })
      const bytes = Buffer.from(p.base64, 'base64')
      expect(bytes.length).toBeGreaterThan(0)
      expect(bytes.length).toBeLessThanOrEqual(PACKAGE_PIECE_BYTES)
      pieces.push(bytes)
      size = p.size
      offset += bytes.length
    }
    expect(pieces.length).toBeGreaterThan(1)
    const whole = Buffer.concat(pieces)
    expect(whole.equals(await readFile(result.path))).toBe(true)

    const arrived = join(wb.dir, '..', result.downloadName)
    await writeFile(arrived, whole)
    const report = await verifyFileAt(arrived, result.downloadName)
    expect(report).toMatchObject({ ok: true })
    const opened = await openExpertPackage(arrived, join(wb.dir, '..', 'expert-ws'), { label: result.downloadName, now: new Date() })
    expect(opened).toMatchObject({ materials: 1, submissions: 1, info: { expertId: s.expert.id, campaignId: s.campaign.id } })
  })

  it('hands out nothing but an exported expert package: other names refused, a missing one says 重新导出, an offset past the end refused', async () => {
    const { wb, result } = await exported()
    for (const fileName of ['../workspace.json', 'a/b.wbexp', 'x.wbscore', '..%2Fx.wbexp', 'x.wbexp ', '']) {
      expect(await wb.call('packages.expertPackageFile', { fileName }), fileName).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    const gone = await wb.call('packages.expertPackageFile', { fileName: 'nothing_here.wbexp' })
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('重新导出') } })
    const past = await wb.call('packages.expertPackageFile', { fileName: result.fileName, offset: result.bytes + 1 })
    expect(past).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const end = ok(await wb.call('packages.expertPackageFile', { fileName: result.fileName, offset: result.bytes }))
    expect(end).toMatchObject({ base64: '', size: result.bytes })
  })
})
