import { WorkspaceStore } from '../src/core/storage/workspaceStore'
import type { CampaignId } from '../src/core/domain/ids'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { OpenedWorkbench } from '../src/core/api/openApi'
import type { ExpertId, SubmissionId } from '../src/core/domain/ids'
import { LEVELS } from '../src/core/domain/rubric'
import type { SheetsFile } from '../src/core/domain/workspace'
import { mulberry32 } from '../src/core/util/prng'
import type { GeneratedWorkspace } from './generateWorkspace'

/**
 * One user-like score change through the real API: a random expert, one of their draft sheets, one
 * indicator set to a different level, with the baseVersion the client last saw. Resolves with the
 * time until `sheets.setEntry` returned (i.e. the change is on disk). The first `experts.length`
 * saves go to each expert in turn, so a warm-up touches every shard (a session's first write of a
 * file also takes its backup).
 */
export function createOurSaver(wb: OpenedWorkbench, ws: GeneratedWorkspace, seed: number): () => Promise<number> {
  const rnd = mulberry32(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const draftKeys = new Map<ExpertId, SubmissionId[]>([...ws.drafts].map(([e, m]) => [e, [...m.keys()]]))
  let n = 0
  return async () => {
    const expertId = n < ws.expertIds.length ? ws.expertIds[n]! : pick(ws.expertIds)
    n++
    const submissionId = pick(draftKeys.get(expertId)!)
    const state = ws.drafts.get(expertId)!.get(submissionId)!
    const indicatorCode = pick(ws.indicatorCodes)
    const level = pick(LEVELS.filter((l) => l !== state.entries[indicatorCode]))
    const t0 = performance.now()
    const view = await wb.api['sheets.setEntry']({ campaignId: ws.campaignId, expertId, submissionId, indicatorCode, level, baseVersion: state.version })
    const ms = performance.now() - t0
    if (view.sheet.version !== state.version + 1 || view.sheet.entries[indicatorCode]?.level !== level) throw new Error('save did not apply')
    state.version = view.sheet.version
    state.entries[indicatorCode] = level
    return ms
  }
}

/**
 * Re-reads every shard from disk (after close) in a fresh store — the snapshot with its journal
 * replayed, as the next start of the app would — and checks each draft holds the last acknowledged levels.
 */
export async function verifyOnDisk(ws: GeneratedWorkspace): Promise<void> {
  const store = await WorkspaceStore.open(ws.dir, { door: 'bench-verify' })
  try {
  for (const [expertId, mine] of ws.drafts) {
    const file = (await store.sheetsShard(ws.campaignId as CampaignId, expertId as ExpertId)).data as SheetsFile
    for (const [sid, st] of mine) {
      const s = file.sheets[sid]!
      if (s.version !== st.version || Object.entries(st.entries).some(([code, l]) => s.entries[code]?.level !== l)) {
        throw new Error(`acknowledged save missing on disk: ${expertId}/${sid}`)
      }
    }
  }
  } finally {
    await store.close()
  }
}
