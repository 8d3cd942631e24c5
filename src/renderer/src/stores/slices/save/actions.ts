import type { SliceCreator } from '../../types'
import { initialSaveState, type SaveSlice } from './state'

function hhmm(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

export const createSaveSlice: SliceCreator<SaveSlice> = () => (set) => ({
  ...initialSaveState,
  clearSaveFailure: () => set((s) => (s.saveStatus === 'failed' ? { saveStatus: s.savedAt ? 'saved' : 'idle', saveError: null } : {})),
  trackSave: async (call) => {
    set((s) => ({ pendingSaves: s.pendingSaves + 1, saveStatus: 'saving' }))
    try {
      const value = await call()
      set((s) => {
        const pendingSaves = s.pendingSaves - 1
        // a failure stays visible until a later write succeeds; while others run we still say 保存中
        return { pendingSaves, saveStatus: pendingSaves > 0 ? 'saving' : 'saved', savedAt: hhmm(new Date()), saveError: null }
      })
      return value
    } catch (e) {
      set((s) => ({ pendingSaves: s.pendingSaves - 1, saveStatus: 'failed', saveError: (e as Error).message }))
      throw e
    }
  },
})
