import type { WorkbenchState } from '../../types'

/** Typed text of the open sheet's comment that the core has not acknowledged yet. */
function commentUnsaved(s: WorkbenchState): boolean {
  const v = s.sheetView
  return !!v && v.sheet.status !== 'submitted' && s.commentDraft !== v.sheet.comment
}

export const saveSelectors = {
  status: (s: WorkbenchState) => s.saveStatus,
  savedAt: (s: WorkbenchState) => s.savedAt,
  error: (s: WorkbenchState) => s.saveError,
  commentUnsaved,
  /**
   * What the header must say (issue 9 item 6: it says what is true): 保存中 while writes are out,
   * 未保存 while typed text waits for its save or was refused, else the last outcome.
   */
  display: (s: WorkbenchState): 'saving' | 'unsaved' | 'failed' | 'saved' | 'idle' =>
    s.pendingSaves > 0 ? 'saving' : commentUnsaved(s) ? 'unsaved' : s.saveStatus === 'saving' ? 'saved' : s.saveStatus,
  /** leaving now would lose something: typed text not on disk, a write still out, or a changed rubric draft (kept only in this window) */
  wouldLose: (s: WorkbenchState) => s.pendingSaves > 0 || commentUnsaved(s) || Object.values(s.rubricDrafts).some((d) => d?.dirty),
}
