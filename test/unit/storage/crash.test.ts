import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { readFile, readdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CampaignFileSchema, SheetsFileSchema, WorkspaceFileSchema } from '../../../src/core/domain/workspace'
import { parseWorkspaceFile } from '../../../src/core/storage/jsonFileAdapter'
import { mulberry32 } from '../../../src/core/util/prng'
import { WorkspaceStore } from '../../../src/core/storage/workspaceStore'
import { tempWorkbench, ok } from '../../helpers/tempWorkspace'

const RUNS = Number(process.env.CRASH_RUNS ?? 40)
const root = resolve(__dirname, '../../..')

interface Saved {
  code: string
  level: string
  version: number
}

/** Runs the writer, kills it with SIGKILL after `ms` of writing, and returns what it reported as saved. */
function runAndKill(args: string[], ms: number): Promise<Saved[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/fixtures/crashWriter.ts'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const saved: Saved[] = []
    let buf = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString()
      let i
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i)
        buf = buf.slice(i + 1)
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), ms)
        const m = /^saved (\S+) (\S+) (\d+)$/.exec(line)
        if (m) saved.push({ code: m[1]!, level: m[2]!, version: Number(m[3]) })
      }
    })
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(saved)
      else reject(new Error(`writer exited ${code}: ${err}`))
    })
  })
}

describe('crash safety (SIGKILL while saving)', () => {
  it(`after ${RUNS} kills every file parses and every acknowledged save is on disk`, async () => {
    const wb = await tempWorkbench()
    const expert = ok(await wb.call('experts.add', { name: '测试专家', unit: '测试单位' }))
    const c = ok(await wb.call('campaigns.create', { name: '崩溃测试', kind: 'diagnostic' }))
    ok(await wb.call('campaigns.addExperts', { campaignId: c.id, expertIds: [expert.id] }))
    // 承诺书 before scoring
    for (const expertId of [expert.id]) ok(await wb.call('pledges.accept', { campaignId: c.id, expertId, declaration: '无' }))
    const s = ok(await wb.call('submissions.add', { campaignId: c.id, school: '某学校', program: '某专业', groupId: 'g1' }))
    await wb.close()
    const sheetsPath = join(wb.dir, 'campaigns', c.id, 'sheets', `${expert.id}.json`)
    const rnd = mulberry32(99)
    let totalAcks = 0
    try {
      for (let run = 0; run < RUNS; run++) {
        const acks = await runAndKill([wb.dir, c.id, expert.id, s.id, String(run * 1000)], 20 + Math.floor(rnd() * 180))
        totalAcks += acks.length
        // every file of the workspace parses through the same checks the app uses
        parseWorkspaceFile(await readFile(join(wb.dir, 'workspace.json'), 'utf8'), 'workspace.json', WorkspaceFileSchema, 'workspace')
        parseWorkspaceFile(await readFile(join(wb.dir, 'campaigns', c.id, 'campaign.json'), 'utf8'), 'campaign.json', CampaignFileSchema, 'campaign')
        const exists = await readFile(sheetsPath, 'utf8').then(() => true, () => false)
        if (!exists && acks.length === 0) continue
        // the snapshot parses on its own, and with its journal replayed holds every acknowledged save
        parseWorkspaceFile(await readFile(sheetsPath, 'utf8'), 'sheets', SheetsFileSchema, 'sheets')
        const store = await WorkspaceStore.open(wb.dir, { door: 'crash-check' })
        const sheet = (await store.sheetsShard(c.id as never, expert.id)).data.sheets[s.id]
        await store.close()
        if (acks.length === 0) continue
        const last = acks.reduce((a, b) => (b.version > a.version ? b : a))
        // nothing acknowledged is missing: the disk holds at least the last acknowledged version
        expect(sheet!.version).toBeGreaterThanOrEqual(last.version)
        // and if nothing newer reached the disk, it holds exactly what was acknowledged last per indicator
        if (sheet!.version === last.version) {
          const latest = new Map<string, string>()
          for (const a of [...acks].sort((x, y) => x.version - y.version)) latest.set(a.code, a.level)
          for (const [code, level] of latest) expect(sheet!.entries[code]).toEqual({ level })
        }
        // no stray temp files pile up beyond the one a kill can leave mid-write
        const tmp = (await readdir(join(sheetsPath, '..'))).filter((n) => n.endsWith('.tmp'))
        for (const t of tmp) await rm(join(sheetsPath, '..', t))
      }
      expect(totalAcks).toBeGreaterThan(RUNS) // the test really exercised saves
    } finally {
      await wb.cleanup()
    }
  }, 600_000)
})
