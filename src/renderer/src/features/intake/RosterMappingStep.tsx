import { Alert, Form, Select, Typography } from 'antd'
import type { RosterPreview } from '../../../../core/api/outputs'
import type { RosterMapping } from '../../stores'
import { fieldLabel } from './rosterFields'
import { INTAKE_STRINGS as S } from './strings'

/** 对应列: one Select per field over the file's headers, prefilled from the core's guess or memory. */
export function RosterMappingStep({
  preview,
  mapping,
  onChange,
  onHeaderRow,
}: {
  preview: RosterPreview
  mapping: RosterMapping
  onChange: (m: RosterMapping) => void
  onHeaderRow: (row: number) => void
}) {
  const options = preview.headers.map((h) => ({ value: h, label: h }))
  const rows = preview.headerChoices.map((c) => ({ value: c.row, label: S.headerRowOption(c.row, c.preview) }))
  return (
    <div data-testid="roster-mapping">
      <Typography.Paragraph type="secondary">
        {S.fileLine(preview.fileName, preview.rowCount, preview.headers.length)}。{S.mappingHint}
      </Typography.Paragraph>
      <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 14 }}>
        <Form.Item label={S.headerRowLabel} extra={S.headerRowExtra}>
          <Select data-testid="roster-header-row" value={preview.headerRow} options={rows} onChange={(v: number) => onHeaderRow(v)} />
        </Form.Item>
        {preview.fields.map((def) => {
          const f = def.field
          const required = def.required
          return (
            <Form.Item key={f} label={fieldLabel(def, preview.fields)} required={required} extra={required ? undefined : S.optional}>
              <Select
                data-testid={`map-${f}`}
                value={mapping[f] || undefined}
                placeholder={S.chooseColumn}
                allowClear={!required}
                options={options}
                onChange={(v?: string) => onChange({ ...mapping, [f]: v ?? '' })}
              />
            </Form.Item>
          )
        })}
      </Form>
      {!preview.headers.length && <Alert type="warning" showIcon title={S.unreadable(preview.fileName)} />}
    </div>
  )
}
