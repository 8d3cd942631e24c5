import { useState } from 'react'
import { Alert, Button, Card, Checkbox, List, Progress, Space, Typography } from 'antd'
import { diagnosisSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { downloadFile } from '../../lib/download'

const S = {
  title: '批量导出本活动的全部文书',
  hint: '每份文书一个 Word 文件（学校-专业-文书名.docx），另附文书清单（Excel）；文件保存在工作区的 reports 文件夹中。',
  pdf: '同时生成 PDF（需本机安装 LibreOffice）',
  start: '开始导出',
  cancel: '取消',
  done: (n: number, dir: string) => `已导出 ${n} 份文书到 ${dir}`,
  cancelled: '导出已取消',
  download: '下载',
}

/** 批量导出 (issue 13): the export task with its progress bar, cancel, and the files to download. */
export function ExportAllPanel() {
  const task = useWorkbench(diagnosisSelectors.exportTask)
  const { startExportAll, cancelExportAll, exportedFile } = useActions()
  const run = useRun()
  const [pdf, setPdf] = useState(false)
  const running = task?.state === 'running'
  const r = task?.state === 'done' ? task.result : undefined
  return (
    <Card size="small" title={S.title} data-testid="export-all">
      <Space orientation="vertical" size={8} className="full-width">
        <Typography.Text type="secondary">{S.hint}</Typography.Text>
        <Space>
          <Checkbox checked={pdf} onChange={(e) => setPdf(e.target.checked)} disabled={running}>
            {S.pdf}
          </Checkbox>
          <Button type="primary" loading={running} onClick={() => void run(() => startExportAll(pdf))} data-testid="export-all-start">
            {S.start}
          </Button>
          {running && <Button onClick={() => void run(cancelExportAll)} data-testid="export-all-cancel">{S.cancel}</Button>}
        </Space>
        {task && (
          <>
            <Progress percent={task.total ? Math.round((100 * task.done) / task.total) : 0} status={task.state === 'failed' ? 'exception' : task.state === 'done' ? 'success' : 'active'} data-testid="export-all-progress" />
            <Typography.Text>{task.state === 'cancelled' ? S.cancelled : task.state === 'failed' ? task.error?.message : task.label}</Typography.Text>
          </>
        )}
        {r && (
          <>
            <Alert type="success" showIcon title={S.done(r.documents.length, r.dir)} description={r.pdf.message || undefined} />
            <List
              size="small"
              dataSource={[r.summary, ...r.documents.flatMap((d) => (d.pdf ? [d.fileName, d.pdf] : [d.fileName]))]}
              renderItem={(name) => (
                <List.Item actions={[<a key="d" onClick={() => void run(async () => downloadFile(await exportedFile(name)))}>{S.download}</a>]}>{name}</List.Item>
              )}
            />
          </>
        )}
      </Space>
    </Card>
  )
}
