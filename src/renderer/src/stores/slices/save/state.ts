export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed'

export interface SaveSlice {
  saveStatus: SaveStatus
  /** local time (HH:mm) of the last write the core acknowledged as on disk */
  savedAt: string | null
  /** writes sent and not yet answered */
  pendingSaves: number
  /** the core's message for the last refused write, until a later one succeeds */
  saveError: string | null
  /**
   * Runs one mutating call and tracks it: "保存中…" while it runs, "已保存 · HH:mm" only once the
   * promise resolved (docs/design/toolchain.md: acknowledge only after the write reached the disk), "保存失败" if it rejected.
   */
  trackSave: <T>(call: () => Promise<T>) => Promise<T>
  /** the user settled a refused write another way (reloaded what is on disk): stop showing the failure */
  clearSaveFailure: () => void
}

export const initialSaveState = {
  saveStatus: 'idle',
  savedAt: null,
  pendingSaves: 0,
  saveError: null,
} satisfies Omit<SaveSlice, 'trackSave' | 'clearSaveFailure'>
