import { Button, Space, Table } from 'antd'
import { ReasonConfirm } from '../removal/ReasonConfirm'
import type { Material } from '../../../../core/domain/workspace'
import { formatBytes } from '../../../../core/intake/messages'
import { cnDateTime } from '../../lib/format'
import { materialKey, materialKind } from './materialKind'
import { MATERIALS_STRINGS as S } from './strings'

/** A submission's materials with type, size and time; 预览 picks the one shown below. */
/** `onRemove` (the secretariat's drawer only) adds 删除 with a reason. */
export function MaterialsTable({ materials, selected, onPreview, onRemove }: {
  materials: Material[]
  selected: string | null
  onPreview: (key: string) => void
  onRemove?: (m: Material, reason: string) => Promise<unknown>
}) {
  return (
    <Table<Material>
      data-testid="materials-table"
      size="small"
      rowKey={materialKey}
      dataSource={materials}
      pagination={false}
      locale={{ emptyText: S.none }}
      rowClassName={(m) => (materialKey(m) === selected ? 'ant-table-row-selected' : '')}
      columns={[
        { title: S.colName, dataIndex: 'name', className: 'material-name' },
        { title: S.colKind, dataIndex: 'mime', width: 100, render: (mime: string) => S.kind[materialKind(mime)] },
        { title: S.colSize, dataIndex: 'size', width: 90, className: 'num', render: formatBytes },
        { title: S.colAdded, dataIndex: 'addedAt', width: 170, render: cnDateTime },
        {
          title: '',
          width: onRemove ? 120 : 64,
          render: (_, m) => (
            <Space size={0}>
              <Button size="small" type="link" onClick={() => onPreview(materialKey(m))} data-testid={`preview-${m.name}`}>
                {S.preview}
              </Button>
              {onRemove && (
                <ReasonConfirm title={S.removeTitle(m.name)} testId={`remove-material-${m.name}`} onConfirm={(reason) => onRemove(m, reason)}>
                  <Button size="small" type="link" danger data-testid={`remove-material-${m.name}`}>
                    {S.remove}
                  </Button>
                </ReasonConfirm>
              )}
            </Space>
          ),
        },
      ]}
    />
  )
}
