import type { FileOutput, RubricCheck, RubricFileParse } from '../../../../../core/api/outputs'
import type { Rubric } from '../../../../../core/domain/rubric'
import type { Campaign } from '../../../../../core/domain/workspace'
import type { DraftRubric } from './draft'

/** One campaign's rubric being edited: the working copy and what it started from. */
export interface RubricDraft {
  campaignId: string
  /** the campaign rubric's version when editing began (another window may have saved since) */
  baseVersion: number
  base: Rubric
  rubric: DraftRubric
  /** differs from `base` (an edit undone by hand is not a change) */
  dirty: boolean
  /** increases with every edit (one sequence per window), so a late validation answer is matched to the draft it checked */
  revision: number
}

/** The editor's sections (tabs); a validation problem names the one to open. */
export type RubricSection = 'structure' | 'levels' | 'rules' | 'bonus'

/** Where the editor looks: the section, the selected 一级/二级指标 (uid) and a row to scroll to and flash. */
export interface RubricFocus {
  section: RubricSection
  uid?: string
  anchor?: string
  /** increases when the user asked to be taken somewhere (a problem clicked): scroll and flash */
  nonce: number
}

export interface RubricSlice {
  /** drafts per campaign id: leaving the tab or the campaign keeps them for this window's life */
  rubricDrafts: Record<string, RubricDraft>
  /** the latest rubric.validate answer per campaign, with the draft revision it checked */
  rubricChecks: Record<string, { revision: number; check: RubricCheck }>
  rubricFocus: RubricFocus

  /** starts editing the open campaign's rubric, or (import) a given rubric in its place */
  startRubricEdit: (from?: Rubric) => void
  editRubricDraft: (update: (draft: DraftRubric) => DraftRubric) => void
  discardRubricDraft: () => void
  /** rubric.validate on the open campaign's draft (the editor calls it after a typing pause) */
  validateRubricDraft: () => Promise<void>
  focusRubric: (focus: Omit<RubricFocus, 'nonce'>, jump?: boolean) => void
  /** re-reads the open campaign and answers whether its rubric is frozen (a save then needs a note) */
  rubricNeedsNote: () => Promise<boolean>
  /** rubric.update with the draft; `note` is required by the core once the rubric is frozen */
  saveRubricDraft: (note?: string) => Promise<Campaign>
  /** rubric.update with a rubric read from a file (the draft, if any, is dropped) */
  applyRubric: (rubric: Rubric, note?: string) => Promise<Campaign>
  exportRubric: (format: 'json' | 'xlsx') => Promise<FileOutput>
  parseRubricFile: (fileName: string, base64: string) => Promise<RubricFileParse>
}

export const initialRubricState = {
  rubricDrafts: {},
  rubricChecks: {},
  rubricFocus: { section: 'structure', nonce: 0 },
} satisfies Partial<RubricSlice>
