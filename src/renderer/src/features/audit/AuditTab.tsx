import { useEffect } from 'react'
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import type { AuditEntry, AuditVerdict } from '../../../../core/domain/audit'
import { calibrationSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'

const S = {
  intact: (n: number) => `审计日志完整：共 ${n} 条记录，哈希链与链头一致。`,
  broken: (v: Extract<AuditVerdict, { ok: false }>) => `审计日志${v.truncated ? '被截断' : '断裂'}：第 ${v.line} 条 —— ${v.reason}`,
  verifyAll: '校验全部评审活动',
  allTitle: '全部评审活动的审计日志',
  columns: { seq: '序号', at: '时间', action: '操作', actor: '操作人', data: '内容' },
  unreadable: '（评审活动文件无法读取）',
  ok: '完好',
  cut: '截断',
  bad: '断裂',
  recovered: '补记',
  recoveredTitle: '该操作当时已保存，但记录未能及时写入审计日志（程序中断或磁盘已满），已在之后补记；时间为操作发生的时间。',
  hint: '每条记录都带有上一条记录的哈希，链头（记录数与最后一条的哈希）另存于 audit.head.json：删除、改动或截去记录都会在此显示。',
}

/** How an action reads for the secretariat; unknown actions show as they are. */
const ACTIONS: Record<string, string> = {
  'sheet.submit': '提交评分表',
  'sheet.revise': '复议修改评分',
  'calibration.open': '召开校准会',
  'calibration.reveal': '揭晓样卷评分',
  'calibration.decide': '校准会决定',
  'calibration.close': '结束校准会',
  'campaign.aggregationRule': '修改结果汇总规则',
  'campaign.archive': '归档评审活动',
  'campaign.restore': '恢复评审活动',
}

function VerdictAlert({ verdict }: { verdict: AuditVerdict }) {
  return verdict.ok ? (
    <Alert type="success" showIcon title={S.intact(verdict.count)} data-testid="audit-verdict" data-ok="true" />
  ) : (
    <Alert type="error" showIcon title={S.broken(verdict)} data-testid="audit-verdict" data-ok="false" />
  )
}

/** 审计日志校验: this campaign's entries and chain check, and every campaign's check on demand. */
export function AuditTab() {
  const log = useWorkbench(calibrationSelectors.auditLog)
  const checks = useWorkbench(calibrationSelectors.auditChecks)
  const { loadAudit, verifyAllAudits } = useActions()
  const run = useRun()
  useEffect(() => {
    void loadAudit().catch(() => undefined)
  }, [loadAudit])

  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="audit">
      <div className="page-title-row">
        {log ? <VerdictAlert verdict={log.chain} /> : <span />}
        <Button icon={<SafetyCertificateOutlined />} onClick={() => void run(verifyAllAudits)} data-testid="audit-verify-all">
          {S.verifyAll}
        </Button>
      </div>
      <Typography.Text type="secondary">{S.hint}</Typography.Text>
      {checks && (
        <Card size="small" title={S.allTitle} data-testid="audit-checks">
          {checks.map((c) => (
            <div key={c.campaignId} data-testid={`audit-check-${c.campaignId}`}>
              <Tag color={c.verdict.ok ? 'green' : 'red'}>{c.verdict.ok ? S.ok : c.verdict.truncated ? S.cut : S.bad}</Tag>
              {c.name ?? S.unreadable}
              <Typography.Text type="secondary"> {c.verdict.ok ? `${c.verdict.count} 条` : `第 ${c.verdict.line} 条：${c.verdict.reason}`}</Typography.Text>
            </div>
          ))}
        </Card>
      )}
      <Table<AuditEntry>
        size="small"
        bordered
        rowKey="seq"
        dataSource={log?.entries ?? []}
        loading={!log}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: S.columns.seq, dataIndex: 'seq', width: 64, align: 'right' },
          { title: S.columns.at, width: 160, render: (_, e) => e.at.slice(0, 19).replace('T', ' ') },
          {
            title: S.columns.action,
            width: 160,
            render: (_, e) => (
              <>
                {ACTIONS[e.action] ?? e.action}{' '}
                {e.recovered && (
                  <Tag color="orange" className="audit-recovered" title={S.recoveredTitle} data-testid={`audit-recovered-${e.seq}`}>
                    {S.recovered}
                  </Tag>
                )}
              </>
            ),
          },
          { title: S.columns.actor, dataIndex: 'actor', width: 120 },
          { title: S.columns.data, render: (_, e) => <span className="muted small">{JSON.stringify(e.data).slice(0, 240)}</span> },
        ]}
      />
    </Space>
  )
}
