import { Breadcrumb, Skeleton, Space, Tabs, Tag, Typography } from 'antd'
import { REVIEW_KIND_LABELS } from '../../../../core/domain/rubric'
import { CAMPAIGN_TABS, campaignsSelectors, sessionSelectors, useActions, useWorkbench, type CampaignTab } from '../../stores'
import { cnDate } from '../../lib/format'
import { OverviewTab } from '../overview/OverviewTab'
import { RubricTab } from '../rubric/RubricTab'
import { useRubricLeaveGuard } from '../rubric/useRubricLeaveGuard'
import { SubmissionsTab } from '../submissions/SubmissionsTab'
import { CampaignExpertsTab } from '../experts/CampaignExpertsTab'
import { ScoringTab } from '../scoring/ScoringTab'
import { ResultsTab } from '../results/ResultsTab'
import { ReportsTab } from '../reports/ReportsTab'
import { CalibrationTab } from '../calibration/CalibrationTab'
import { AuditTab } from '../audit/AuditTab'
import { DecisionsTab } from '../decisions/DecisionsTab'
import { DiagnosisTab } from '../diagnosis/DiagnosisTab'
import { CAMPAIGN_STRINGS as S } from './strings'

const TAB_CONTENT: Record<CampaignTab, () => React.ReactNode> = {
  overview: () => <OverviewTab />,
  rubric: () => <RubricTab />,
  submissions: () => <SubmissionsTab />,
  experts: () => <CampaignExpertsTab />,
  scoring: () => <ScoringTab />,
  results: () => <ResultsTab />,
  decisions: () => <DecisionsTab />,
  reports: () => <ReportsTab />,
  diagnosis: () => <DiagnosisTab />,
  calibration: () => <CalibrationTab />,
  audit: () => <AuditTab />,
}

/** Inside one campaign: its title and the tabs; a tab reloads its data each time it is shown. */
export function CampaignPage() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const tab = useWorkbench(sessionSelectors.campaignTab)
  const { setCampaignTab, goCampaigns } = useActions()
  const guard = useRubricLeaveGuard()
  if (!campaign) return <Skeleton active paragraph={{ rows: 8 }} />
  return (
    <div data-testid="campaign-page" data-campaign-id={campaign.id}>
      <Breadcrumb
        className="campaign-breadcrumb"
        items={[{ title: <a onClick={() => guard(goCampaigns)}>{S.back}</a> }, { title: campaign.name }]}
      />
      <Space align="center" size={10} className="campaign-title">
        <Typography.Title level={4} data-testid="campaign-title">
          {campaign.name}
        </Typography.Title>
        <Tag color="blue">{REVIEW_KIND_LABELS[campaign.kind]}</Tag>
        <Typography.Text type="secondary">
          {campaign.rubric.name} · {S.createdOn(cnDate(campaign.createdAt))}
        </Typography.Text>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => guard(() => setCampaignTab(k as CampaignTab))}
        destroyOnHidden
        // 诊断报告 only on a 专业建设诊断 campaign
        items={CAMPAIGN_TABS.filter((key) => key !== 'diagnosis' || campaign.kind === 'diagnostic').map((key) => ({
          key,
          label: <span data-testid={`tab-${key}`}>{S.tabs[key]}</span>,
          children: TAB_CONTENT[key](),
        }))}
      />
    </div>
  )
}
