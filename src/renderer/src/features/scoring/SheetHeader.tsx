import { Typography } from 'antd'
import { campaignExperts, campaignsSelectors, expertsSelectors, scoringSelectors, sessionSelectors, useWorkbench } from '../../stores'
import { submissionLabel } from '../../../../core/domain/submissionLabel'
import { SCORING_STRINGS as S } from './strings'

/**
 * Who scores what: school and program as the title; group and expert beneath. The submission comes
 * from the sheet as the core hands it to an expert, so a 盲评 sheet names neither school nor applicant.
 */
export function SheetHeader() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const key = useWorkbench(scoringSelectors.openKey)
  const submission = useWorkbench(scoringSelectors.sheetView)?.submission
  const pool = useWorkbench(expertsSelectors.pool)
  const groups = useWorkbench(sessionSelectors.groups)
  if (!campaign || !key) return null
  const expert = campaignExperts(pool, [key.expertId])[0]!
  const group = groups.find((g) => g.id === submission?.groupId)?.name ?? submission?.groupId
  return (
    <div className="sheet-header" data-testid="sheet-header">
      <Typography.Title level={5} className="sheet-header-title">
        {submission ? submissionLabel(submission) : ''}
      </Typography.Title>
      <Typography.Text type="secondary">
        {[S.field(S.group, group ?? ''), submission?.applicant ? S.field(S.applicant, submission.applicant) : '', S.field(S.expert, '')]
          .filter(Boolean)
          .join(S.fieldSep)}
        <Typography.Text strong>{S.expertLine(expert.name, expert.unit, expert.title)}</Typography.Text>
      </Typography.Text>
    </div>
  )
}
