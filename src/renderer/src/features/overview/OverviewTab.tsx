import { useEffect } from 'react'
import { Alert, Card, Col, Progress, Row, Space, Statistic } from 'antd'
import { campaignsSelectors, resultsSelectors, useActions, useWorkbench } from '../../stores'
import { signed2 } from '../../lib/format'
import { progressLines } from './progressModel'
import { ProgressList } from './ProgressList'
import { OVERVIEW_STRINGS as S } from './strings'

/** 概览: counts, progress per expert and per submission, and what needs attention. */
export function OverviewTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const summary = useWorkbench(resultsSelectors.summary)
  const { loadSummary } = useActions()
  useEffect(() => {
    void loadSummary().catch(() => undefined)
  }, [loadSummary])
  if (!campaign) return null

  const expected = campaign.submissions.length * campaign.expertIds.length
  const lines = summary ? progressLines(summary) : { byExpert: [], bySubmission: [] }
  const done = lines.byExpert.reduce((n, l) => n + l.done, 0)
  const attention: string[] = []
  if (!campaign.expertIds.length) attention.push(S.noExperts)
  if (!campaign.submissions.length) attention.push(S.noSubmissions)
  if (expected > done) attention.push(S.missing(expected - done))
  for (const row of summary?.rows ?? []) {
    for (const c of row.experts) {
      if (c.flagged && c.deviation !== null) {
        attention.push(S.flagged(c.expertName, row.submission.school, row.submission.program, signed2(c.deviation)))
      }
    }
  }

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
