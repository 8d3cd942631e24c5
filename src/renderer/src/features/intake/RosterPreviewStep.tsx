import { Space, Table, Tabs, Typography } from 'antd'
import type { RosterPreview } from '../../../../core/api/outputs'
import { sessionSelectors, useWorkbench } from '../../stores'
import { INTAKE_STRINGS as S } from './strings'
import { ProblemsTable } from './tableImport/ProblemsTable'
import { problemRowCount } from './tableImport/useTableImport'

type Row = RosterPreview['rows'][number]

/** 预览与校验: the rows that will be imported and every problem with its row and column. */
export function RosterPreviewStep({ preview }: { preview: RosterPreview }) {
  const groups = useWorkbench(sessionSelectors.groups)
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? id
  const problemRows = problemRowCount(preview)
  return (
    <Space orientation="vertical" className="full-width" data-testid="roster-preview">
      <Typography.Text strong data-testid="roster-summary">
        {S.previewSummary(preview.rowCount, preview.validCount, preview.problems.length)}
      </Typography.Text>
      <Tabs
        size="small"
        defaultActiveKey={preview.problems.length ? 'problems' : 'valid'}
        items={[
          {
            key: 'valid',
            label: <span data-testid="roster-valid-tab">{S.validRows(preview.validCount)}</span>,
            children: (
              <Table<Row>
                data-testid="roster-valid"
                size="small"
                rowKey="row"
                dataSource={preview.rows}
                pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
                footer={preview.rows.length < preview.validCount ? () => S.previewCap(preview.rows.length) : undefined}
                columns={[
                  { title: S.colRow, dataIndex: 'row', width: 56, className: 'num' },
                  ...(preview.rows.some((r) => r.subject.kind !== 'program') ? [{ title: S.colSubject, dataIndex: 'label' }] : []),
                  { title: S.fieldLabels.school, dataIndex: 'school' },
                  { title: S.fieldLabels.program, dataIndex: 'program' },
                  { title: S.fieldLabels.group, dataIndex: 'groupId', render: groupName },
                  { title: S.fieldLabels.applicant, dataIndex: 'applicant' },
                ]}
              />
            ),
          },
          {
            key: 'problems',
            label: (
              <span data-testid="roster-problems-tab" className={preview.problems.length ? 'text-danger' : undefined}>
                {S.problemRows(preview.problems.length)}
              </span>
            ),
            children: (
              <ProblemsTable problems={preview.problems} pageSize={8} columnWidth={150} testId="roster-problems" />
            ),
          },
        ]}
      />
      {problemRows > 0 && <Typography.Text type="secondary">{S.modeValidOnlyHint(preview.validCount, problemRows)}</Typography.Text>}
    </Space>
  )
}
