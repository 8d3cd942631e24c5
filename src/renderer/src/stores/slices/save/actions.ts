import type { SliceCreator } from '../../types'
import { initialSaveState, type SaveSlice } from './state'

function hhmm(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

export const createSaveSlice: SliceCreator<SaveSlice> = () => (set) => ({
  ...initialSaveState,
  trackSave: async (call) => {
    set((s) => ({ pendingSaves: s.pendingSaves + 1, saveStatus: 'saving' }))
    try {
      const value = await call()
      set((s) => {
        const pendingSaves = s.pendingSaves - 1
        // a failure stays visible until a later write succeeds; while others run we still say 保存中
        return { pendingSaves, saveStatus: pendingSaves > 0 ? 'saving' : 'saved', savedAt: hhmm(new Date()) }
      })
      return value
    } catch (e) {
      set((s) => ({ pendingSaves: s.pendingSaves - 1, saveStatus: 'failed' }))
      throw e
    }
  },
})
