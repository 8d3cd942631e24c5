import { useEffect } from 'react'
import { Alert, Button, Card, Select, Space, Table, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { campaignsSelectors, diagnosisSelectors, resultsSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { downloadFile } from '../../lib/download'
import { DiagnosisCharts } from './DiagnosisCharts'
import { IssueListEditor } from './IssueListEditor'
import { PartEditor } from './PartEditor'
import { DIAGNOSIS_STRINGS as S } from './strings'

const PARTS = ['achievement', 'strengths', 'problems', 'causes', 'advice'] as const
const CLOSING = ['highlights', 'path', 'conclusion'] as const

/** 诊断报告 (issue 13): the consultant picks a scored program, edits the drafts, keeps the 问题清单 and exports. */
export function DiagnosisTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const summary = useWorkbench(resultsSelectors.summary)
  const d = useWorkbench(diagnosisSelectors.diagnosis)
  const { loadSummary, loadDiagnosis, exportDiagnosisReport, exportIssuesXlsx } = useActions()
  const run = useRun()
  useEffect(() => {
    void loadSummary().catch(() => undefined)
  }, [loadSummary])
  if (!campaign) return null
  const scored = (summary?.rows ?? []).filter((r) => r.submittedCount > 0)
  const download = async (f: () => Promise<{ fileName: string; mime: string; base64: string }>) => {
    const file = await run(f)
    if (file) downloadFile(file)
  }
  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="diagnosis">
      <Alert type="info" showIcon title={S.intro} />
      <Select
        placeholder={S.pick}
        style={{ width: 420 }}
        value={d?.submissionId}
        notFoundContent={S.none}
        onChange={(id: string) => void run(() => loadDiagnosis(id))}
        options={scored.map((r) => ({ value: r.submission.id, label: `${r.submission.school} · ${r.submission.program}` }))}
        data-testid="diagnosis-submission"
      />
      {d && (
        <>
          <Space>
            <Typography.Text strong data-testid="diagnosis-grade">
              {S.grade(d.profile.total === null ? '—' : d.profile.total.toFixed(2), d.gradeText)}
            </Typography.Text>
            <Button icon={<DownloadOutlined />} type="primary" onClick={() => void download(exportDiagnosisReport)} data-testid="diagnosis-export">
              {S.exportDocx}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void download(exportIssuesXlsx)} data-testid="diagnosis-export-xlsx">
              {S.exportXlsx}
            </Button>
          </Space>
          <DiagnosisCharts radar={d.radar} bars={d.bars} />
          {d.compare && (
            <Card size="small" title={S.compare(d.compare.campaignName)} data-testid="diagnosis-compare">
              <Table size="small" pagination={false} rowKey="name" dataSource={d.compare.dimensions} columns={[
                { title: '一级指标', dataIndex: 'name' },
                { title: '上次', dataIndex: 'before', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
                { title: '本次', dataIndex: 'after', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
                { title: '变化', dataIndex: 'delta', render: (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${v}`) },
              ]} />
            </Card>
          )}
          {d.dimensions.map((dim) => (
            <Card key={dim.code} size="small" title={dim.name} data-testid={`dimension-${dim.code}`}>
              <Space orientation="vertical" size={8} className="full-width">
                {PARTS.map((p) => (
                  <PartEditor key={p} label={S.parts[p]} dimensionCode={dim.code} part={p} value={d.parts[dim.code]![p]} testId={`part-${dim.code}-${p}`} />
                ))}
              </Space>
            </Card>
          ))}
          <Card size="small" title={S.closingTitle}>
            <Space orientation="vertical" size={8} className="full-width">
              {CLOSING.map((p) => (
                <PartEditor key={p} label={S.closing[p]} part={p} value={d.closing[p]} testId={`part-${p}`} />
              ))}
            </Space>
          </Card>
          <Card size="small" title={S.issues}>
            <IssueListEditor issues={d.issues} drafted={d.issuesDrafted} dimensions={d.dimensions} />
          </Card>
        </>
      )}
    </Space>
  )
}
