import { useState } from 'react'
import type { DrawPreview } from '../../../../core/api/outputs'
import type { DrawRecord } from '../../../../core/domain/workspace'
import { ApiError } from '../../api'
import { useActions } from '../../stores'

export type DrawOutcome = { ok: true; draw: DrawRecord; notDrawn: number } | { ok: false; message: string; issues?: ApiError['issues'] }

/**
 * The draw as a two-step flow: every start first asks the core what the draw would change
 * (assignments.previewDraw, nothing written). A first draw that only creates panels is applied at once;
 * anything that would change, keep scored panels, or cannot run whole is shown first and applied with the
 * previewed seed only when confirmed — so what was shown is what is drawn.
 */
export function useDrawFlow() {
  const { autoAssign, previewDraw } = useActions()
  const [busy, setBusy] = useState(false)
  const [preview, setPreview] = useState<DrawPreview | null>(null)
  const [outcome, setOutcome] = useState<DrawOutcome | null>(null)
  const [keepExisting, setKeepExisting] = useState(false)

  async function guarded(work: () => Promise<void>) {
    setBusy(true)
    try {
      await work()
    } catch (e) {
      setPreview(null)
      setOutcome({ ok: false, message: (e as Error).message, issues: e instanceof ApiError ? e.issues : undefined })
    } finally {
      setBusy(false)
    }
  }

  const confirm = (p: DrawPreview, partial: boolean) =>
    guarded(async () => {
      const record = await autoAssign({ seed: p.seed, keepExisting, ...(partial ? { partial } : {}) })
      setPreview(null)
      setOutcome({ ok: true, draw: record, notDrawn: partial ? (p.diff?.counts.notDrawn ?? 0) : 0 })
    })

  const start = (seed: string) =>
    guarded(async () => {
      setOutcome(null)
      setPreview(null)
      const p = await previewDraw({ ...(seed ? { seed } : {}), keepExisting })
      const d = p.diff
      const onlyNew = p.feasible && !!d && d.counts.new + d.counts.unchanged === d.rows.length && d.experts.every((e) => !e.removed.length)
      if (onlyNew) await confirm(p, false)
      else setPreview(p)
    })

  return { busy, preview, outcome, keepExisting, setKeepExisting, start, confirm, cancel: () => setPreview(null) }
}

export type DrawFlow = ReturnType<typeof useDrawFlow>
