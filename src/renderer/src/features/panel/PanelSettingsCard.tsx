import { useEffect } from 'react'
import { Button, Card, Col, Form, InputNumber, Row, Select, Switch, Typography } from 'antd'
import type { PanelSettings } from '../../../../core/domain/workspace'
import { campaignsSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { PANEL_STRINGS as S } from './strings'

/** The share options, with the campaign's own value when it is none of them. */
function shareOptions(current: number) {
  const known = S.shares.some(([v]) => Math.abs(v - current) < 1e-9)
  return [...S.shares, ...(known ? [] : ([[current, S.percent(current)]] as Array<[number, string]>))].map(([value, label]) => ({ value, label }))
}

/**
 * 专家组规则 (docs/domain/review-kinds.md "Panel and aggregation rules"): odd size, field share, per-unit limit,
 * per-expert cap and the 回避 windows; and 盲评, which takes effect at once.
 */
export function PanelSettingsCard() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const { updateCampaignSettings } = useActions()
  const run = useRun()
  const [form] = Form.useForm<PanelSettings>()
  const panel = campaign?.panel
  useEffect(() => {
    if (panel) form.setFieldsValue(panel)
  }, [panel, form])
  if (!campaign || !panel) return null

  const save = (v: PanelSettings) => void run(() => updateCampaignSettings({ panel: { ...v, expertCap: v.expertCap ?? null } }), S.settingsSaved)
  const toggleBlind = (blind: boolean) => void run(() => updateCampaignSettings({ blind }), blind ? S.blindOn : S.blindOff)
  const num = (name: keyof PanelSettings, label: string, unit: string, extra: object = {}) => (
    <Col span={8}>
      <Form.Item name={name} label={label} rules={[{ required: name !== 'expertCap', message: label }]}>
        <InputNumber min={0} precision={0} suffix={unit} className="full-width" data-testid={`panel-${name}`} {...extra} />
      </Form.Item>
    </Col>
  )

  return (
    <Card size="small" title={S.settingsTitle} data-testid="panel-settings">
      <Form form={form} layout="vertical" initialValues={panel} onFinish={save} requiredMark={false}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="size"
              label={S.size}
              rules={[{ required: true, message: S.size }, { validator: (_, v?: number) => (v && v % 2 === 1 ? Promise.resolve() : Promise.reject(new Error(S.sizeOdd))) }]}
            >
              <InputNumber min={1} max={15} step={2} precision={0} suffix={S.people} className="full-width" data-testid="panel-size" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="fieldShare" label={S.fieldShare}>
              <Select options={shareOptions(panel.fieldShare)} data-testid="panel-fieldShare" />
            </Form.Item>
          </Col>
          {num('maxPerUnit', S.maxPerUnit, S.people, { min: 1 })}
          {num('expertCap', S.expertCap, S.items, { min: 1, placeholder: S.expertCapNone })}
          {num('formerUnitYears', S.formerUnitYears, S.years, { max: 50 })}
          {num('relationYears', S.relationYears, S.years, { max: 50 })}
        </Row>
        <div className="page-title-row">
          <span>
            <Switch checked={campaign.blind} onChange={toggleBlind} data-testid="blind-switch" /> <Typography.Text strong>{S.blind}</Typography.Text>
            <Typography.Text type="secondary" className="small blind-hint">
              {S.blindHint}
            </Typography.Text>
          </span>
          <Button type="primary" htmlType="submit" data-testid="panel-save">
            {S.saveSettings}
          </Button>
        </div>
      </Form>
    </Card>
  )
}
