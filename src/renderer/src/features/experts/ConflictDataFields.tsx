import { Button, Form, Input, InputNumber, Select, Space, Typography } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { RELATION_KINDS } from '../../../../core/domain/workspace'
import { RELATION_LABEL } from '../../../../core/panel/messages'
import { EXPERTS_STRINGS as S } from './strings'

const YEAR = { min: 1950, max: 2100, precision: 0, controls: false } as const

/**
 * What 回避 is computed from (docs/domain/review-kinds.md): former units with years, and declared relatives,
 * advisors/students, co-authors and project partners with name, unit and year.
 */
export function ConflictDataFields() {
  return (
    <>
      <Typography.Text type="secondary" className="small">
        {S.conflictDataHint}
      </Typography.Text>
      <Form.Item label={S.formerUnits} className="list-item">
        <Form.List name="formerUnits">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Space key={key} align="baseline" className="list-row" data-testid={`former-${name}`}>
                  <Form.Item name={[name, 'unit']} rules={[{ required: true, whitespace: true, message: S.unitRequired }]}>
                    <Input placeholder={S.formerUnit} maxLength={80} className="list-unit" />
                  </Form.Item>
                  <Form.Item name={[name, 'from']}>
                    <InputNumber {...YEAR} placeholder={S.from} prefix={S.fromPrefix} className="list-year" />
                  </Form.Item>
                  <Form.Item name={[name, 'to']} rules={[{ required: true, message: S.toRequired }]}>
                    <InputNumber {...YEAR} placeholder={S.to} prefix={S.toPrefix} className="list-year" />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(name)} aria-label={S.remove} />
                </Space>
              ))}
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})} data-testid="add-former-unit">
                {S.addFormerUnit}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label={S.relations} className="list-item" extra={S.relationYearHint}>
        <Form.List name="relations">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Space key={key} align="baseline" className="list-row" data-testid={`relation-${name}`}>
                  <Form.Item name={[name, 'kind']} rules={[{ required: true }]}>
                    <Select className="list-kind" options={RELATION_KINDS.map((k) => ({ value: k, label: RELATION_LABEL[k] }))} />
                  </Form.Item>
                  <Form.Item name={[name, 'name']}>
                    <Input placeholder={S.relationName} maxLength={40} className="list-name" />
                  </Form.Item>
                  <Form.Item
                    name={[name, 'unit']}
                    dependencies={[['relations', name, 'name']]}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: (_, unit?: string) =>
                          unit?.trim() || String(getFieldValue(['relations', name, 'name']) ?? '').trim() ? Promise.resolve() : Promise.reject(new Error(S.relationNeedsWho)),
                      }),
                    ]}
                  >
                    <Input placeholder={S.relationUnit} maxLength={80} className="list-unit" />
                  </Form.Item>
                  <Form.Item name={[name, 'year']}>
                    <InputNumber {...YEAR} placeholder={S.relationYear} suffix={S.yearSuffix} className="list-year" />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(name)} aria-label={S.remove} />
                </Space>
              ))}
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ kind: 'coauthor' })} data-testid="add-relation">
                {S.addRelation}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </>
  )
}
