import { submissionLabel } from '../../../../core/domain/submissionLabel'
import { Table, Tag, Typography } from 'antd'
import type { AssignmentLogEntry } from '../../../../core/domain/workspace'
import { campaignExperts, campaignsSelectors, expertsSelectors, panelSelectors, useWorkbench } from '../../stores'
import { cnDateTime } from '../../lib/format'
import { DrawHistory } from './DrawHistory'
import { PANEL_STRINGS as S } from './strings'

const ACTION_COLOR: Record<AssignmentLogEntry['action'], string> = { add: 'green', remove: 'red', draw: 'blue', chair: 'gold' }

/** 分配记录: every draw and manual change with its reason, newest first. */
export function AssignmentLog() {
  const view = useWorkbench(panelSelectors.assignment)
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pool = useWorkbench(expertsSelectors.pool)
  const label = (id: string) => {
    const s = campaign?.submissions.find((x) => x.id === id)
    return s ? submissionLabel(s) : id
  }
  return (
    <div data-testid="assignment-log">
      {campaign && <DrawHistory draws={campaign.draws} />}
      <Typography.Paragraph strong className="log-title">
        {S.logTitle}
        <Typography.Text type="secondary" className="small gap-left">
          {S.logNote}
        </Typography.Text>
      </Typography.Paragraph>
      <Table<AssignmentLogEntry>
        size="small"
        loading={!view}
        rowKey={(e, i) => `${e.at}/${e.submissionId}/${i}`}
        dataSource={[...(view?.log ?? [])].reverse()}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        locale={{ emptyText: S.logEmpty }}
        columns={[
          { title: S.colAt, dataIndex: 'at', width: 170, render: cnDateTime },
          { title: S.colLogAction, dataIndex: 'action', width: 96, render: (a: AssignmentLogEntry['action']) => <Tag color={ACTION_COLOR[a]}>{S.logAction[a]}</Tag> },
          { title: S.colSubmission, dataIndex: 'submissionId', render: label },
          { title: S.colExpert, dataIndex: 'expertId', width: 100, render: (id?: string) => (id ? campaignExperts(pool, [id])[0]!.name : '—') },
          { title: S.colReason, dataIndex: 'reason' },
        ]}
      />
    </div>
  )
}
