import { useState } from 'react'
import { Button, Input, Space, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { Submission } from '../../../../core/domain/workspace'
import { campaignsSelectors, sessionSelectors, useWorkbench } from '../../stores'
import { cnDate } from '../../lib/format'
import { NewSubmissionModal } from './NewSubmissionModal'
import { SUBMISSIONS_STRINGS as S } from './strings'

/** 申报与材料: the submissions table (filter by 协作组, search by school or program) and 新增申报. */
export function SubmissionsTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const groups = useWorkbench(sessionSelectors.groups)
  const [adding, setAdding] = useState(false)
  const [query, setQuery] = useState('')
  if (!campaign) return null
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? id
  const q = query.trim()
  const rows = q ? campaign.submissions.filter((s) => s.school.includes(q) || s.program.includes(q)) : campaign.submissions

  return (
    <div data-testid="submissions">
      <div className="page-title-row">
        <Space>
          <Typography.Text type="secondary">{S.count(campaign.submissions.length)}</Typography.Text>
          <Input.Search allowClear placeholder={S.search} onChange={(e) => setQuery(e.target.value)} className="search-box" />
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-submission">
          {S.add}
        </Button>
      </div>
      <Table<Submission>
        size="small"
        rowKey="id"
        sticky
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: S.empty }}
        columns={[
          { title: S.school, dataIndex: 'school', sorter: (a, b) => a.school.localeCompare(b.school, 'zh') },
          { title: S.program, dataIndex: 'program' },
          {
            title: S.group,
            dataIndex: 'groupId',
            render: groupName,
            filters: groups.map((g) => ({ text: g.name, value: g.id })),
            onFilter: (v, r) => r.groupId === v,
          },
          { title: S.applicant, dataIndex: 'applicant' },
          { title: S.createdAt, dataIndex: 'createdAt', width: 140, render: cnDate },
        ]}
      />
      <NewSubmissionModal open={adding} onClose={() => setAdding(false)} />
    </div>
  )
}
