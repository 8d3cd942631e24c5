import type { SheetListRow, SheetView } from '../../../../../core/api/outputs'
import type { Level } from '../../../../../core/domain/rubric'

export interface SheetKey {
  campaignId: string
  expertId: string
  submissionId: string
}

/** A level the user chose whose save has not come back yet (shown at once, replaced by the answer). */
export interface PendingLevel {
  level: Level | null
  seq: number
}

export interface ScoringSlice {
  /** the expert the secretariat acts as in the 评分 tab */
  actingExpertId: string | null
  sheetRows: SheetListRow[]
  sheetRowsLoading: boolean
  openKey: SheetKey | null
  sheetView: SheetView | null
  pendingLevels: Record<string, PendingLevel>
  /** the comment as typed; the form saves it after a pause and on blur, submitSheet before submitting */
  commentDraft: string
  /**
   * Why the core refused the typed comment (e.g. the sheet changed in another tab). While set, the
   * text stays in the box, nothing retries by itself, and the user chooses: save again or reload.
   */
  commentError: string | null

  resetScoring: () => void
  setActingExpert: (expertId: string | null) => void
  loadSheetRows: () => Promise<void>
  openSheet: (submissionId: string) => Promise<void>
  closeSheet: () => void
  setLevel: (indicatorCode: string, level: Level | null) => Promise<void>
  /** free points for an indicator scored by points (scale 'points'); null clears */
  setPoints: (indicatorCode: string, points: number | null) => Promise<void>
  /** 资格条件: pass / fail, or null to clear */
  setEligibility: (code: string, value: 'pass' | 'fail' | null) => Promise<void>
  /** 一票否决: raise with its evidence, or null to withdraw */
  setVeto: (code: string, evidence: string | null) => Promise<void>
  /** 加分项 points (the rubric caps the sum), or null to clear */
  setBonus: (code: string, points: number | null) => Promise<void>
  /** 诊断: 问题 and 建议 of one 一级指标; written only when they differ from the saved ones */
  saveDimensionNote: (dimensionCode: string, problems: string, advice: string) => Promise<void>
  /** 诊断: 特色与创新; written only when it differs from the saved text */
  saveHighlights: (text: string) => Promise<void>
  editComment: (text: string) => void
  /** saves the typed comment if it differs from the saved one (not after a refusal: see commentError) */
  flushComment: () => Promise<void>
  /** after a refusal: save the typed comment over the sheet as it now is on disk */
  saveCommentAgain: () => Promise<void>
  /** after a refusal: drop the typed comment and show the one on disk */
  reloadComment: () => void
  /** submit = sign (issue 11): the expert's signing passphrase unlocks their key */
  submitSheet: (passphrase: string) => Promise<{ submittedVersion: number | null } | null>
  /** the expert's first signing key, under the passphrase they chose; the open sheet then shows its fingerprint */
  createSigningKey: (passphrase: string) => Promise<void>
}

export const initialScoringState = {
  actingExpertId: null,
  sheetRows: [],
  sheetRowsLoading: false,
  openKey: null,
  sheetView: null,
  pendingLevels: {},
  commentDraft: '',
  commentError: null,
} satisfies Partial<ScoringSlice>

