import { Typography } from 'antd'
import { campaignExperts, campaignsSelectors, expertsSelectors, scoringSelectors, sessionSelectors, useWorkbench } from '../../stores'
import { SCORING_STRINGS as S } from './strings'
import { subjectName, subjectOf } from '../../../../core/domain/submissionLabel'

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
  const program = submission?.subject.kind === 'program'
  // a person, course or achievement: its own fields (职称, 教龄, 学时, 完成人 …) under the title
  const details = submission && !program ? subjectOf(submission, campaign.kind).fields.filter((f) => f.audience === 'all' && f.key !== 'name' && f.key !== 'school') : []
  return (
    <div className="sheet-header" data-testid="sheet-header">
      <Typography.Title level={5} className="sheet-header-title">
        {program ? submission?.school : submission && subjectName(submission)}
        <span className="sheet-header-sep">·</span>
        {program ? submission?.program : submission?.school}
      </Typography.Title>
      {details.length > 0 && (
        <Typography.Paragraph type="secondary" className="sheet-header-subject" data-testid="sheet-subject">
          {details.map((f) => S.field(f.label, f.value)).join(S.fieldSep)}
        </Typography.Paragraph>
      )}
      <Typography.Text type="secondary">
        {[S.field(S.group, group ?? ''), submission?.applicant ? S.field(S.applicant, submission.applicant) : '', S.field(S.expert, '')]
          .filter(Boolean)
          .join(S.fieldSep)}
        <Typography.Text strong>{S.expertLine(expert.name, expert.unit, expert.title)}</Typography.Text>
      </Typography.Text>
    </div>
  )
}
