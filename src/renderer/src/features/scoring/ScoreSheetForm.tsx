import { Alert, App, Button, Skeleton } from 'antd'
import { COMMENT_MAX_CHARS } from '../../../../core/domain/limits'
import { submissionLabel } from '../../../../core/domain/submissionLabel'
import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons'
import { nextSheet } from './nextSheet'
import { campaignsSelectors, scoringSelectors, useActions, useWorkbench } from '../../stores'
import { SheetHeader } from './SheetHeader'
import { SheetSummaryBar } from './SheetSummaryBar'
import { EligibilitySection } from './EligibilitySection'
import { DimensionSection } from './DimensionSection'
import { VetoSection } from './VetoSection'
import { BonusSection } from './BonusSection'
import { CommentBox } from './CommentBox'
import { HighlightsBox } from './DiagnosisNotes'
import { outcomeKind } from '../../../../core/scoring/outcome'
import { SCORING_STRINGS as S } from './strings'

/**
 * One expert's score sheet for one submission, keyboard-first, every change saved at once:
 * 资格条件 first (award kinds), then the indicators, 一票否决项, 加分项 and the comment.
 */
export function ScoreSheetForm() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const view = useWorkbench(scoringSelectors.sheetView)
  const rubric = useWorkbench(scoringSelectors.sheetRubric)
  const submitted = useWorkbench(scoringSelectors.submitted)
  const needsRecheck = useWorkbench(scoringSelectors.needsRecheck)
  const { closeSheet, openSheet, flushComment } = useActions()
  const rows = useWorkbench(scoringSelectors.sheetRows)
  const key = useWorkbench(scoringSelectors.openKey)
  const next = key ? nextSheet(rows, key.submissionId) : null
  const refusal = useWorkbench(scoringSelectors.commentError)
  const draft = useWorkbench(scoringSelectors.commentDraft)
  const { modal } = App.useApp()
  // closing saves the comment, except one that was refused or is too long: that would be lost, so ask
  const leave = (go: () => void) =>
    refusal || draft.length > COMMENT_MAX_CHARS
      ? modal.confirm({ title: S.commentUnsavedLeave, okText: S.leave, cancelText: S.stay, okButtonProps: { danger: true }, onOk: go })
      : go()
  const back = () => leave(closeSheet)
  const goNext = () =>
    leave(() => {
      if (!next) return
      // the typed comment goes out first (writes are queued in order), then the next sheet opens
      void flushComment().catch(() => undefined)
      void openSheet(next.submission.id).catch(() => undefined)
    })
  if (!campaign) return null
  // a diagnosis asks for 问题 and 建议 per 一级指标 and 特色与创新 (they feed the 诊断报告)
  const diagnosis = !!rubric && outcomeKind(rubric) === 'profile'
  let rowIndex = 0
  return (
    <div data-testid="score-sheet" className="score-sheet">
      <div className="score-sheet-top">
        <Button icon={<ArrowLeftOutlined />} onClick={back} data-testid="back-to-list">
          {S.back}
        </Button>
        {next && (
          <Button onClick={goNext} data-testid="next-sheet" title={S.nextTitle(submissionLabel(next.submission), S.statusText[next.status])}>
            {S.next}
            <ArrowRightOutlined />
          </Button>
        )}
      </div>
      <SheetHeader />
      {!view || !rubric ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <>
          <SheetSummaryBar />
          {submitted && <Alert type="info" showIcon title={S.readOnly} className="sheet-readonly" />}
          {needsRecheck && (
            <Alert type="warning" showIcon title={S.recheck(rubric.version, campaign.rubric.version)} className="sheet-readonly" data-testid="needs-recheck" />
          )}
          <EligibilitySection rubric={rubric} />
          {rubric.dimensions.map((d) => {
            const first = rowIndex
            rowIndex += d.indicators.length
            return <DimensionSection key={d.code} rubric={rubric} dimension={d} firstRowIndex={first} notes={diagnosis} />
          })}
          <VetoSection rubric={rubric} />
          <BonusSection bonus={rubric.bonus} />
          {diagnosis && <HighlightsBox key={`${view.sheet.submissionId}-${view.sheet.expertId}`} />}
          <CommentBox />
        </>
      )}
    </div>
  )
}
