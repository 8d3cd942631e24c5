import { Alert, Button, Skeleton } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
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
  const { closeSheet } = useActions()
  if (!campaign) return null
  // a diagnosis asks for 问题 and 建议 per 一级指标 and 特色与创新 (they feed the 诊断报告)
  const diagnosis = !!rubric && outcomeKind(rubric) === 'profile'
  let rowIndex = 0
  return (
    <div data-testid="score-sheet" className="score-sheet">
      <Button icon={<ArrowLeftOutlined />} onClick={closeSheet} data-testid="back-to-list" className="score-sheet-top">
        {S.back}
      </Button>
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
