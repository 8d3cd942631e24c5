import type { Level, Rubric } from '../../../../../core/domain/rubric'
import { rubricFor } from '../../../../../core/rubric/versions'
import type { WorkbenchState } from '../../types'

export const scoringSelectors = {
  actingExpertId: (s: WorkbenchState) => s.actingExpertId,
  sheetRows: (s: WorkbenchState) => s.sheetRows,
  sheetRowsLoading: (s: WorkbenchState) => s.sheetRowsLoading,
  openKey: (s: WorkbenchState) => s.openKey,
  sheetView: (s: WorkbenchState) => s.sheetView,
  commentDraft: (s: WorkbenchState) => s.commentDraft,
  commentError: (s: WorkbenchState) => s.commentError,
  submitted: (s: WorkbenchState) => s.sheetView?.sheet.status === 'submitted',
  /** the rubric the open sheet was scored under (an earlier version for a sheet that needs rechecking) */
  sheetRubric: (s: WorkbenchState): Rubric | null =>
    s.campaign && s.sheetView ? rubricFor(s.campaign, s.sheetView.sheet.rubricVersion) : null,
  needsRecheck: (s: WorkbenchState) => s.sheetView?.needsRecheck ?? false,
  eligibilityOf: (code: string) => (s: WorkbenchState) => s.sheetView?.sheet.eligibility?.[code] ?? null,
  vetoOf: (code: string) => (s: WorkbenchState) => s.sheetView?.sheet.vetoFlags?.[code]?.evidence ?? null,
  bonusOf: (code: string) => (s: WorkbenchState) => s.sheetView?.sheet.bonus?.[code] ?? null,
  freePointsOf: (code: string) => (s: WorkbenchState) => s.sheetView?.sheet.entries[code]?.points ?? null,
  /** the level shown for an indicator: the one just chosen, else the saved one */
  levelOf:
    (indicatorCode: string) =>
    (s: WorkbenchState): Level | null => {
      const pending = s.pendingLevels[indicatorCode]
      if (pending) return pending.level
      return s.sheetView?.sheet.entries[indicatorCode]?.level ?? null
    },
  /** points as the core computed them for the last saved version */
  pointsOf:
    (indicatorCode: string) =>
    (s: WorkbenchState): number | null =>
      s.sheetView?.result.indicators.find((i) => i.code === indicatorCode)?.points ?? null,
}
