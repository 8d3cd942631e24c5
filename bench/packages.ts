/**
 * `npm run bench -- --only packages` (issue 11): export of an expert package of 60 submissions with
 * their materials, next to copying the same files with `cp` + `sync`; import of a score package of 60
 * signed sheets. Sizes: PACKAGES_BENCH_MB (MB per submission, default 200/60 ≈ 3.3, i.e. 200 MB in
 * total). 60 × 200 MB = 12 GB is not possible: a package is capped just under 4 GB (no ZIP64), and
 * the export refuses beyond that with a message naming the cap.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openWorkbench } from '../src/core/api/openApi'
import { DEMO_KDF } from '../src/core/demo/demoKeys'
import { DEFAULT_GROUPS } from '../src/core/domain/groups'
import type { CampaignId, ExpertId } from '../src/core/domain/ids'
import { exportExpertPackage } from '../src/core/packages/exportExpertPackage'
import { importScorePackage } from '../src/core/packages/importScorePackage'
import { openExpertPackage } from '../src/core/packages/openExpertPackage'
import { exportScorePackage } from '../src/core/packages/scorePackage'
import { createExpertKey, createWorkspaceKey, unlockExpertKey, unlockWorkspaceKey } from '../src/core/signing/keyStore'
import { fmt, timed } from './stats'

type Out = { head: (t: string) => void; line: (label: string, ...cols: string[]) => void }
const N = 60
const PASS = 'bench-passphrase'

export async function runPackagesBench({ head, line }: Out): Promise<void> {
  const perMb = Number(process.env.PACKAGES_BENCH_MB ?? 200 / N)
  const bytesEach = Math.round(perMb * 1024 * 1024)
  const root = await mkdtemp(join(tmpdir(), 'wb-bench-packages-'))
  try {
    const sec = await openWorkbench(join(root, 'sec'), { create: { name: '基准秘书处', groups: DEFAULT_GROUPS }, door: 'bench' })
    await createWorkspaceKey(sec.store, PASS, new Date(), DEMO_KDF)
    const expert = await sec.api['experts.add']({ name: '基准专家', unit: '基准单位' })
    const campaign = await sec.api['campaigns.create']({ name: '基准评审', kind: 'diagnostic' })
    await sec.api['campaigns.addExperts']({ campaignId: campaign.id, expertIds: [expert.id] })
    const src = join(root, 'src')
    await mkdir(src)
    for (let i = 0; i < N; i++) {
      const s = await sec.api['submissions.add']({ campaignId: campaign.id, school: `基准学校${i + 1}`, program: '数控加工', groupId: 'g3' })
      const file = join(src, `m${i}.pdf`)
      await writeFile(file, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(Math.max(0, bytesEach - 9))]))
      await sec.api['materials.addFiles']({ campaignId: campaign.id, submissionId: s.id, sources: [{ path: file }] })
    }
    await rm(src, { recursive: true })
    const total = N * bytesEach
    head(`Packages: expert package of ${N} submissions × ${fmt(perMb, 1)} MB = ${fmt(total / 1048576, 0)} MB of materials (stored zip, fsync at the end)`)
    const key = await unlockWorkspaceKey(sec.store, PASS)
    const target = join(root, 'expert.wbexp')
    const exp = await timed(() =>
      exportExpertPackage(sec.store, { campaignId: campaign.id as CampaignId, expertId: expert.id as ExpertId, key, target, validDays: 30, now: new Date(), packageId: 'pkg-bench' }),
    )
    const copyDir = join(root, 'copy')
    await mkdir(copyDir)
    const cp = await timed(async () => {
      execFileSync('sh', ['-c', `cp ${join(sec.store.root, 'attachments')}/[0-9a-f]* ${copyDir}/ && sync`])
    })
    line('export expert package (ms)', fmt(exp.ms, 0), `${fmt(total / 1048576 / (exp.ms / 1000), 0)} MB/s`)
    line('cp + sync of the same files (ms)', fmt(cp.ms, 0), `${fmt(total / 1048576 / (cp.ms / 1000), 0)} MB/s`)
    line('ratio export / (cp + sync)', fmt(exp.ms / cp.ms, 2))
    await rm(copyDir, { recursive: true })

    // the expert: open, score and submit 60 sheets, send them back
    const exDir = join(root, 'expert')
    const open = await timed(() => openExpertPackage(target, exDir, { label: 'expert.wbexp', now: new Date() }))
    line('open the expert package → expert workspace (ms)', fmt(open.ms, 0))
    const ex = await openWorkbench(exDir, { door: 'bench' })
    await createExpertKey(ex.store, { expertId: expert.id as ExpertId, passphrase: PASS, at: new Date(), kdf: DEMO_KDF })
    await ex.api['pledges.accept']({ campaignId: campaign.id, expertId: expert.id, declaration: '无' })
    const c = await ex.api['campaigns.get']({ campaignId: campaign.id })
    for (const s of c.submissions) {
      const k = { campaignId: campaign.id, expertId: expert.id, submissionId: s.id }
      for (const d of c.rubric.dimensions) for (const ind of d.indicators) await ex.api['sheets.setEntry']({ ...k, indicatorCode: ind.code, level: 'B' })
      await ex.api['sheets.submit']({ ...k, passphrase: PASS })
    }
    const ek = await unlockExpertKey(ex.store, expert.id as ExpertId, PASS)
    const scores = join(root, 'scores.wbscore')
    const sp = await timed(() => exportScorePackage(ex.store, { key: ek, target: scores, now: new Date(), packageId: 'pkg-bench-s' }))
    await ex.close()
    head(`Packages: score package of ${sp.value.sheets} signed sheets (${fmt(sp.value.bytes / 1024, 0)} KB)`)
    line('export score package (ms)', fmt(sp.ms, 0))
    const imp = await timed(() => importScorePackage(sec.store, scores, { label: 'scores.wbscore', now: new Date(), confirmFingerprint: sp.value.manifest.signer.fingerprint }))
    line(`import score package: every check, ${imp.value.sheets.filter((s) => s.applied).length} sheets written (ms)`, fmt(imp.ms, 0))
    const again = await timed(() => importScorePackage(sec.store, scores, { label: 'scores.wbscore', now: new Date() }))
    line(`the same package again (${again.value.outcome}) (ms)`, fmt(again.ms, 0))
    await sec.close()
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
