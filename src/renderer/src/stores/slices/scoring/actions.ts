import type { SheetView } from '../../../../../core/api/outputs'
import { ApiError } from '../../../api'
import { COMMENT_MAX_CHARS } from '../../../../../core/domain/limits'
import type { SliceCreator } from '../../types'
import { initialScoringState, type ScoringSlice, type SheetKey } from './state'

const sameKey = (a: SheetKey | null, b: SheetKey | null) =>
  !!a && !!b && a.campaignId === b.campaignId && a.expertId === b.expertId && a.submissionId === b.submissionId
const keyId = (k: SheetKey) => `${k.campaignId}/${k.expertId}/${k.submissionId}`

export const createScoringSlice: SliceCreator<ScoringSlice> = (api) => (set, get) => {
  /**
   * Writes to one sheet go out one at a time, each with the version the previous answer returned as
   * its baseVersion: two quick clicks never race each other into STALE_VERSION.
   */
  let queue: Promise<unknown> = Promise.resolve()
  let seq = 0
  /**
   * The last version and comment the core returned per sheet, kept apart from the open view so a
   * write still queued when the user leaves the sheet (e.g. the comment on closing) goes out right.
   */
  const known = new Map<string, { version: number; comment: string }>()
  const remember = (key: SheetKey, view: SheetView) => known.set(keyId(key), { version: view.sheet.version, comment: view.sheet.comment })

  function enqueue<T>(write: () => Promise<T>): Promise<T> {
    const run = queue.then(write, write)
    queue = run.catch(() => undefined)
    return run
  }

  /** Records an answer, and shows it if the user is still on that sheet. */
  function accept(key: SheetKey, view: SheetView) {
    remember(key, view)
    if (sameKey(get().openKey, key)) set({ sheetView: view })
  }

  /** After a refused write (e.g. changed elsewhere), show what is really on disk. */
  async function reload(key: SheetKey) {
    try {
      accept(key, await api['sheets.get'](key))
    } catch {
      // the original error is what the user sees
    }
  }

  /**
   * One write to the open sheet, tracked by the save state, with baseVersion read when it is sent.
   * `call` may answer null when, by its turn in the queue, there is nothing left to write.
   */
  function write(call: (key: SheetKey, baseVersion: number) => Promise<SheetView> | null): Promise<SheetView | null> {
    const key = get().openKey
    if (!key) return Promise.reject(new Error('no sheet is open'))
    return get().trackSave(() =>
      enqueue(async () => {
        const baseVersion = known.get(keyId(key))?.version ?? 0
        try {
          const view = await call(key, baseVersion)
          if (view) accept(key, view)
          return view
        } catch (e) {
          if (e instanceof ApiError && (e.code === 'STALE_VERSION' || e.code === 'SHEET_SUBMITTED')) await reload(key)
          throw e
        }
      }),
    )
  }

  return {
    ...initialScoringState,

    resetScoring: () => {
      set({ ...initialScoringState })
    },

    setActingExpert: (actingExpertId) => {
      // the 评分 tab loads the new expert's list when it sees the change
      set({ actingExpertId, sheetRows: [], openKey: null, sheetView: null, pendingLevels: {}, commentDraft: '', commentError: null })
    },

    loadSheetRows: async () => {
      const { campaignId, actingExpertId: expertId } = get()
      if (!campaignId || !expertId) return
      set({ sheetRowsLoading: true })
      try {
        const sheetRows = await api['sheets.listByExpert']({ campaignId, expertId })
        if (get().campaignId === campaignId && get().actingExpertId === expertId) set({ sheetRows })
      } finally {
        set({ sheetRowsLoading: false })
      }
    },

    openSheet: async (submissionId) => {
      const { campaignId, actingExpertId: expertId } = get()
      if (!campaignId || !expertId) return
      const key: SheetKey = { campaignId, expertId, submissionId }
      set({ openKey: key, sheetView: null, pendingLevels: {}, commentDraft: '', commentError: null })
      const view = await api['sheets.get'](key)
      remember(key, view)
      if (sameKey(get().openKey, key)) set({ sheetView: view, commentDraft: view.sheet.comment, commentError: null })
    },

    closeSheet: () => {
      void get().flushComment().catch(() => undefined)
      set({ openKey: null, sheetView: null, pendingLevels: {}, commentDraft: '', commentError: null })
      // the list shows totals: read it once the writes still queued for the sheet are done
      void queue.then(() => get().loadSheetRows()).catch(() => undefined)
    },

    setLevel: async (indicatorCode, level) => {
      const mine = ++seq
      set((s) => ({ pendingLevels: { ...s.pendingLevels, [indicatorCode]: { level, seq: mine } } }))
      const settle = () =>
        set((s) => {
          if (s.pendingLevels[indicatorCode]?.seq !== mine) return {}
          const { [indicatorCode]: _done, ...rest } = s.pendingLevels
          return { pendingLevels: rest }
        })
      try {
        await write((key, baseVersion) => api['sheets.setEntry']({ ...key, indicatorCode, ...(level === null ? { clear: true as const } : { level }), baseVersion }))
      } finally {
        settle()
      }
    },

    setPoints: async (indicatorCode, points) => {
      await write((key, baseVersion) => api['sheets.setEntry']({ ...key, indicatorCode, ...(points === null ? { clear: true as const } : { points }), baseVersion }))
    },

    setEligibility: async (code, value) => {
      await write((key, baseVersion) => api['sheets.setEligibility']({ ...key, code, value, baseVersion }))
    },

    setVeto: async (code, evidence) => {
      await write((key, baseVersion) => api['sheets.setVeto']({ ...key, code, evidence, baseVersion }))
    },

    setBonus: async (code, points) => {
      await write((key, baseVersion) => api['sheets.setBonus']({ ...key, code, points, baseVersion }))
    },

    saveDimensionNote: async (dimensionCode, problems, advice) => {
      const saved = get().sheetView?.sheet.dimensionNotes[dimensionCode]
      if (get().sheetView?.sheet.status !== 'draft' || ((saved?.problems ?? '') === problems && (saved?.advice ?? '') === advice)) return
      await write((key, baseVersion) => api['sheets.setDimensionNote']({ ...key, dimensionCode, problems, advice, baseVersion }))
    },

    saveHighlights: async (highlights) => {
      if (get().sheetView?.sheet.status !== 'draft' || get().sheetView?.sheet.highlights === highlights) return
      await write((key, baseVersion) => api['sheets.setHighlights']({ ...key, highlights, baseVersion }))
    },

    editComment: (commentDraft) => set({ commentDraft }),

    flushComment: async () => {
      const { openKey, sheetView, commentDraft: comment, commentError } = get()
      if (!openKey || !sheetView || sheetView.sheet.status === 'submitted' || commentError) return
      const unsaved = () => known.get(keyId(openKey))?.comment !== comment
      if (!unsaved()) return
      // checked again in turn: a blur and the typing pause may both ask for the same text
      try {
        await write((key, baseVersion) => (unsaved() ? api['sheets.setComment']({ ...key, comment, baseVersion }) : null))
      } catch (e) {
        if (sameKey(get().openKey, openKey) && get().commentDraft === comment) set({ commentError: (e as Error).message })
        throw e
      }
    },

    saveCommentAgain: async () => {
      set({ commentError: null })
      await get().flushComment()
    },

    reloadComment: () => {
      const saved = get().sheetView?.sheet.comment ?? ''
      set({ commentDraft: saved, commentError: null })
      get().clearSaveFailure()
    },

    submitSheet: async (passphrase) => {
      // a comment that was refused or is over the limit is not submitted silently without it
      const refused = get().commentError
      if (refused) throw new Error(`评审意见未保存：${refused}`)
      if (get().commentDraft.length > COMMENT_MAX_CHARS) throw new Error(`评审意见不能超过 ${COMMENT_MAX_CHARS} 字，请删减后再提交。`)
      await get().flushComment()
      const view = await write((key) => api['sheets.submit']({ ...key, passphrase }))
      return view && { submittedVersion: view.submittedVersion }
    },

    createSigningKey: async (passphrase) => {
      const key = get().openKey
      if (!key) throw new Error('no sheet is open')
      await api['keys.createExpertKey']({ expertId: key.expertId, passphrase })
      await reload(key)
    },
  }
}
