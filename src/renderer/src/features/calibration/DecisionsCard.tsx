import { useState } from 'react'
import { Button, Card, Input, List, Select, Space, Typography } from 'antd'
import type { CalibrationView } from '../../../../core/api/outputs'
import { campaignsSelectors, useActions, useWorkbench } from '../../stores'
import { allIndicators } from '../../../../core/rubric/indicators'
import { useBusyRun } from '../../app/useBusyRun'
import { CALIBRATION_STRINGS as S } from './strings'

/** Revisions made so far (with their reasons) and the committee's decisions; a new decision while open. */
export function DecisionsCard({ view }: { view: CalibrationView }) {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const { decideCalibration } = useActions()
  const { run, busy } = useBusyRun()
  const [text, setText] = useState('')
  const [indicators, setIndicators] = useState<string[]>([])
  const s = view.session!
  const name = (id: string) => view.names[id] ?? id
  const decide = async () => {
    const done = await run(async () => {
      await decideCalibration({ text, indicators })
      return true
    }, S.decided)
    if (done) {
      setText('')
      setIndicators([])
    }
  }
  return (
    <Card size="small" title={S.decisionsTitle} data-testid="calibration-decisions">
      <Typography.Text strong>{S.revisionsTitle}</Typography.Text>
      <List
        size="small"
        dataSource={s.revisions}
        locale={{ emptyText: '暂无' }}
        renderItem={(r, i) => (
          <List.Item data-testid={`calibration-revision-${i}`}>
            {name(r.expertId)}（{name(r.submissionId)}）：{r.beforeTotal.toFixed(2)} → {r.afterTotal.toFixed(2)}；理由：{r.reason}
          </List.Item>
        )}
      />
      <Typography.Text strong>{S.decisionsTitle}</Typography.Text>
      <List
        size="small"
        dataSource={s.decisions}
        locale={{ emptyText: '暂无' }}
        renderItem={(d, i) => (
          <List.Item data-testid={`calibration-decision-${i}`}>
            {d.text}
            {d.indicators.length > 0 && <Typography.Text type="secondary">（{d.indicators.map(name).join('、')}）</Typography.Text>}
          </List.Item>
        )}
      />
      {!s.closedAt && (
        <Space orientation="vertical" className="full-width">
          <Input.TextArea rows={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} placeholder={S.decisionText} data-testid="decision-text" />
          <Space>
            <Select
              mode="multiple"
              placeholder={S.decisionIndicators}
              value={indicators}
              onChange={setIndicators}
              style={{ minWidth: 360 }}
              optionFilterProp="label"
              options={campaign ? allIndicators(campaign.rubric).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` })) : []}
            />
            <Button type="primary" disabled={!text.trim()} loading={busy} onClick={() => void decide()} data-testid="decision-add">
              {S.decide}
            </Button>
          </Space>
        </Space>
      )}
    </Card>
  )
}
