import { useEffect } from 'react'
import { Alert, Card, Col, Progress, Row, Space, Statistic } from 'antd'
import { campaignsSelectors, expertsSelectors, panelSelectors, resultsSelectors, useActions, useWorkbench } from '../../stores'
import { attentionItems } from './attention'
import { ProgressList } from './ProgressList'
import { OVERVIEW_STRINGS as S } from './strings'

/** 概览: counts, progress per expert and per submission, and what needs attention. */
export function OverviewTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const summary = useWorkbench(resultsSelectors.summary)
  const conflicts = useWorkbench(panelSelectors.conflicts)
  const pool = useWorkbench(expertsSelectors.pool)
  const { loadSummary, loadConflicts } = useActions()
  useEffect(() => {
    void loadSummary().catch(() => undefined)
    void loadConflicts().catch(() => undefined)
  }, [loadSummary, loadConflicts])
  if (!campaign) return null

  // 评分进度 as the core counts it (core/scoring/progress.ts), the same figure as the campaign card
  const lines = summary?.progress ?? { byExpert: [], bySubmission: [], expected: 0, submitted: 0 }
  const expected = lines.expected
  const done = lines.submitted
  const attention = attentionItems(campaign, summary, conflicts, pool, expected, done)

  return (
    <Space orientation="vertical" size={16} className="full-width" data-testid="overview">
      <Row gutter={16}>
        <Col span={6}>
          <Card size="small" className="stat-card">
            <Statistic title={S.submissions} value={campaign.submissions.length} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small" className="stat-card">
            <Statistic title={S.experts} value={campaign.expertIds.length} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small" className="stat-card">
            <Statistic title={S.sheets} value={done} suffix={`/ ${expected}`} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small" className="stat-card">
            <Statistic title={S.completion} value={expected ? (done / expected) * 100 : 0} precision={1} suffix="%" />
            <Progress percent={expected ? Math.round((done / expected) * 100) : 0} showInfo={false} size="small" />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={S.attention}>
        {attention.length ? (
          <Space orientation="vertical" size={6} className="full-width">
            {attention.map((a) => (
              <Alert key={a} type="warning" showIcon title={a} />
            ))}
          </Space>
        ) : (
          <Alert type="success" showIcon title={S.allClear} />
        )}
      </Card>
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title={S.byExpert}>
            <ProgressList lines={lines.byExpert} nameTitle={S.expert} testId="progress-by-expert" />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={S.bySubmission}>
            <ProgressList lines={lines.bySubmission} nameTitle={S.submission} testId="progress-by-submission" />
          </Card>
        </Col>
      </Row>
    </Space>
  )
}
