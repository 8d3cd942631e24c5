import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd'
import { campaignsSelectors, useActions, useWorkbench } from '../../stores'
import { useBusyRun } from '../../app/useBusyRun'
import { subjectName } from '../../../../core/domain/submissionLabel'
import { CALIBRATION_STRINGS as S } from './strings'

interface OpenForm {
  title: string
  chair: string
  anchors: string[]
  deviation: number
  range: number
}

/** The chair picks the anchors (样卷) and opens the session; the anchors go to every expert of the campaign. */
export function OpenSessionCard() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const { openCalibration } = useActions()
  const { run, busy } = useBusyRun()
  if (!campaign) return null
  const submit = (v: OpenForm) =>
    void run(() => openCalibration({ title: v.title, chair: v.chair, anchors: v.anchors, thresholds: { deviation: v.deviation, range: v.range } }), S.opened)
  return (
    <Card size="small" title={S.openTitle} data-testid="calibration-open">
      <Alert type="info" showIcon title={S.openHint} className="mb-12" />
      <Form<OpenForm> layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ title: S.titleDefault, deviation: 15, range: 20, anchors: [] }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="title" label={S.title} rules={[{ required: true, whitespace: true, message: S.title }]}>
              <Input maxLength={80} data-testid="calibration-title" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="chair" label={S.chair} rules={[{ required: true, whitespace: true, message: S.chair }]}>
              <Input maxLength={40} data-testid="calibration-chair" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="anchors" label={S.anchors} extra={S.anchorsHint} rules={[{ required: true, type: 'array', min: 1, message: S.anchorsHint }]}>
          <Select
            mode="multiple"
            data-testid="calibration-anchors"
            optionFilterProp="label"
            options={campaign.submissions.map((s) => ({ value: s.id, label: `${s.school} · ${subjectName(s)}` }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="deviation" label={S.deviation}>
              <InputNumber min={0} max={100} suffix={S.points} className="full-width" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="range" label={S.range}>
              <InputNumber min={0} max={100} suffix={S.points} className="full-width" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="calibration-start">
          {S.open}
        </Button>
      </Form>
    </Card>
  )
}
