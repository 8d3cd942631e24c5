import { Form, Select, Space, Table, Tabs, Typography } from 'antd'
import type { Out } from '../../../../core/api/contract'
import { RELATION_LABEL } from '../../../../core/panel/messages'
import { sessionSelectors, useWorkbench } from '../../stores'
import { INTAKE_STRINGS as I } from '../intake/strings'
import { EXPERT_IMPORT_STRINGS as S } from './importStrings'
import { EXPERTS_STRINGS as E } from './strings'
import { ProblemsTable } from '../intake/tableImport/ProblemsTable'

type Preview = Out<'experts.previewImport'>
type Row = Preview['rows'][number]

const years = (f: { from?: number; to: number }) => (f.from ? `${f.from}—${f.to}` : `${f.to}`)

/** 预览与校验 of an expert table: the header row (changeable), the experts to be imported, and every problem by row and column. */
export function ExpertImportPreview({ preview, onHeaderRow }: { preview: Preview; onHeaderRow: (row: number) => void }) {
  const groups = useWorkbench(sessionSelectors.groups)
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? id
  return (
    <Space orientation="vertical" className="full-width" data-testid="expert-import-preview">
      {preview.headerChoices.length > 1 && (
        <Form.Item label={I.headerRowLabel} extra={I.headerRowExtra}>
          <Select
            data-testid="expert-header-row"
            value={preview.headerRow}
            options={preview.headerChoices.map((c) => ({ value: c.row, label: I.headerRowOption(c.row, c.preview) }))}
            onChange={(v: number) => onHeaderRow(v)}
          />
        </Form.Item>
      )}
      <Typography.Text strong data-testid="expert-import-summary">
        {S.summary(preview.rowCount, preview.validCount, preview.problems.length)}
      </Typography.Text>
      <Tabs
        size="small"
        defaultActiveKey={preview.problems.length ? 'problems' : 'valid'}
        items={[
          {
            key: 'valid',
            label: I.validRows(preview.validCount),
            children: (
              <Table<Row>
                data-testid="expert-import-valid"
                size="small"
                rowKey="row"
                dataSource={preview.rows}
                pagination={{ pageSize: 6, hideOnSinglePage: true, showSizeChanger: false }}
                columns={[
                  { title: I.colRow, dataIndex: 'row', width: 48, className: 'num' },
                  { title: E.name, dataIndex: 'name', width: 80 },
                  { title: E.unit, dataIndex: 'unit' },
                  { title: S.colGroups, dataIndex: 'groupIds', render: (ids: string[]) => ids.map(groupName).join('、') },
                  { title: S.colFormer, dataIndex: 'formerUnits', render: (fs: Row['formerUnits']) => fs.map((f) => `${f.unit}（${years(f)}）`).join('；') },
                  { title: S.colRelations, dataIndex: 'relations', render: (rs: Row['relations']) => rs.map((r) => `${RELATION_LABEL[r.kind]}：${[r.name, r.unit].filter(Boolean).join('，')}`).join('；') },
                ]}
              />
            ),
          },
          {
            key: 'problems',
            label: <span className={preview.problems.length ? 'text-danger' : undefined}>{I.problemRows(preview.problems.length)}</span>,
            children: (
              <ProblemsTable problems={preview.problems} pageSize={6} columnWidth={110} testId="expert-import-problems" />
            ),
          },
        ]}
      />
    </Space>
  )
}
