import { Alert, Button, Card, Progress, Space, Table, Tag, Typography } from 'antd'
import type { MaterialsImportResult } from '../../../../core/api/outputs'
import { formatBytes } from '../../../../core/intake/messages'
import { intakeSelectors, useActions, useWorkbench, type MaterialsImportJob } from '../../stores'
import { useRun } from '../../app/useRun'
import { INTAKE_STRINGS as S } from './strings'

function percent(job: MaterialsImportJob): number {
  if (job.phase === 'uploading') return job.size ? Math.floor((job.sent / job.size) * 100) : 100
  if (job.task && job.task.total > 0) return Math.floor((job.task.done / job.task.total) * 100)
  return job.phase === 'done' ? 100 : 0
}

/** The running or last materials import of this campaign: progress with 取消, then what happened. */
export function MaterialsJobCard() {
  const job = useWorkbench(intakeSelectors.materialsJob)
  const { cancelMaterialsImport, clearMaterialsJob } = useActions()
  const run = useRun()
  if (!job) return null
  const running = job.phase === 'uploading' || job.phase === 'importing'
  const detail =
    job.phase === 'uploading'
      ? `${formatBytes(job.sent)} / ${formatBytes(job.size)}`
      : job.task && job.phase === 'importing'
        ? `${job.task.label} · ${formatBytes(job.task.done)} / ${formatBytes(job.task.total)}`
        : ''
  return (
    <Card
      size="small"
      className="materials-job"
      data-testid="materials-job"
      data-phase={job.phase}
      title={S.jobTitle(job.fileName)}
      extra={
        running ? (
          <Button size="small" danger onClick={() => void run(cancelMaterialsImport)} data-testid="materials-cancel">
            {S.cancelImport}
          </Button>
        ) : (
          <Button size="small" type="text" onClick={clearMaterialsJob} data-testid="materials-job-close">
            {S.closeJob}
          </Button>
        )
      }
    >
      {running && (
        <div data-testid="materials-progress">
          <Typography.Text>{S.phase[job.phase]}</Typography.Text>
          <Typography.Text type="secondary" className="small gap-left">
            {detail}
          </Typography.Text>
          <Progress percent={percent(job)} status="active" size="small" />
        </div>
      )}
      {job.phase === 'cancelled' && <Alert type="info" showIcon title={S.cancelledText} />}
      {job.phase === 'failed' && <Alert type="error" showIcon title={job.error} data-testid="materials-error" />}
      {job.phase === 'done' && job.result && <MaterialsResult result={job.result} />}
    </Card>
  )
}

function MaterialsResult({ result }: { result: MaterialsImportResult }) {
  const problems = [...result.skipped, ...result.problems.map((p) => ({ path: p.path, reason: '', message: p.message }))]
  return (
    <Space orientation="vertical" className="full-width" data-testid="materials-result">
      <div className="materials-job-stats">
        <Tag color="success" data-testid="materials-attached">
          {S.attached(result.attached)}
        </Tag>
        {result.unmatched.length > 0 && <Tag color="warning">{S.unmatched(result.unmatched.length)}</Tag>}
        {result.skipped.length > 0 && <Tag color="default">{S.skipped(result.skipped.length)}</Tag>}
        {result.problems.length > 0 && <Tag color="error">{S.problems(result.problems.length)}</Tag>}
      </div>
      {result.unmatched.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="materials-unmatched"
          title={S.unmatchedTitle}
          description={<ul className="issue-list">{result.unmatched.map((p) => <li key={p}>{p}</li>)}</ul>}
        />
      )}
      {problems.length > 0 && (
        <Table
          data-testid="materials-skipped"
          size="small"
          rowKey={(r) => `${r.path}/${r.message}`}
          dataSource={problems}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          title={() => S.skippedTitle}
          columns={[
            { title: S.colPath, dataIndex: 'path', className: 'material-name' },
            { title: S.colReason, dataIndex: 'message' },
          ]}
        />
      )}
    </Space>
  )
}
