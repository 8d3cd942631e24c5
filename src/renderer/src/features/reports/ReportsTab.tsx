import { SUBJECT_KIND_LABELS, subjectKindFor } from '../../../../core/domain/subject'
import { subjectName } from '../../../../core/domain/submissionLabel'
import { useEffect, useMemo, useState } from 'react'
import { Alert, Button, Space, Table } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { campaignsSelectors, resultsSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { downloadFile } from '../../lib/download'
import { points2 } from '../../lib/format'
import type { ResultsSummary } from '../../../../core/api/outputs'
import { REPORTS_STRINGS as S } from './strings'
import { ExportAllPanel } from './ExportAllPanel'

interface SheetRow {
  key: string
  submissionId: string
  expertId: string
  school: string
  program: string
  expertName: string
  total: number | null
}

/** One line per submitted sheet, in the summary's order; the sheets not yet submitted are counted. */
function sheetRows(summary: ResultsSummary | null): { rows: SheetRow[]; pending: number } {
  const rows: SheetRow[] = []
  let pending = 0
  for (const r of summary?.rows ?? []) {
    for (const c of r.experts) {
      if (c.status !== 'submitted') {
        pending += 1
        continue
      }
      rows.push({
        key: `${r.submission.id}-${c.expertId}`,
        submissionId: r.submission.id,
        expertId: c.expertId,
        school: r.submission.school,
        program: subjectName(r.submission),
        expertName: c.expertName,
        total: c.total,
      })
    }
  }
  return { rows, pending }
}

/** 报告: every submitted sheet, each with 导出专家评分表 (.docx). */
export function ReportsTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const summary = useWorkbench(resultsSelectors.summary)
  const { loadSummary, exportScoreSheet } = useActions()
  const run = useRun()
  const [busy, setBusy] = useState<string | null>(null)
  useEffect(() => {
    void loadSummary().catch(() => undefined)
  }, [loadSummary])
  // once per summary, not on each render (a 导出 click re-renders for its spinner): ~4,900 rows at 1,000 submissions
  const { rows, pending } = useMemo(() => sheetRows(summary), [summary])
  if (!campaign) return null

  async function exportSheet(row: SheetRow) {
    setBusy(row.key)
    const file = await run(() => exportScoreSheet({ campaignId: campaign!.id, submissionId: row.submissionId, expertId: row.expertId }))
    setBusy(null)
    if (file) downloadFile(file)
  }

  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="reports">
      <ExportAllPanel />
      <Alert type="info" showIcon title={S.intro} description={pending ? S.pending(pending) : undefined} />
      <Table<SheetRow>
        size="small"
        rowKey="key"
        sticky
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: S.empty }}
        columns={[
          { title: S.school, dataIndex: 'school' },
          { title: campaign ? SUBJECT_KIND_LABELS[subjectKindFor(campaign.kind)] : S.program, dataIndex: 'program' },
          { title: S.expert, dataIndex: 'expertName', width: 140 },
          { title: S.total, dataIndex: 'total', width: 90, align: 'right', className: 'num', render: points2 },
          {
            title: S.action,
            width: 170,
            render: (_, r) => (
              <Button
                size="small"
                icon={<DownloadOutlined />}
                loading={busy === r.key}
                onClick={() => void exportSheet(r)}
                data-testid={`export-sheet-${r.submissionId}-${r.expertId}`}
              >
                {S.export}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  )
}
