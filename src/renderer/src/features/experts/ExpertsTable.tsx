import { Space, Table, Tag } from 'antd'
import { sessionSelectors, useWorkbench, type ExpertRow } from '../../stores'
import { EXPERTS_STRINGS as S } from './strings'

export function ExpertsTable({ experts, emptyText, testId }: { experts: ExpertRow[]; emptyText: string; testId: string }) {
  const groups = useWorkbench(sessionSelectors.groups)
  return (
    <Table<ExpertRow>
      data-testid={testId}
      size="small"
      rowKey="id"
      sticky
      dataSource={experts}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText }}
      columns={[
        { title: S.name, dataIndex: 'name', width: 120 },
        { title: S.unit, dataIndex: 'unit' },
        { title: S.title, dataIndex: 'title', width: 160 },
        {
          title: S.groups,
          dataIndex: 'groupIds',
          render: (ids: string[]) => (
            <Space size={[2, 2]} wrap>
              {ids.map((id) => (
                <Tag key={id}>{groups.find((g) => g.id === id)?.name ?? id}</Tag>
              ))}
            </Space>
          ),
        },
        { title: S.contact, dataIndex: 'contact', width: 160 },
      ]}
    />
  )
}
