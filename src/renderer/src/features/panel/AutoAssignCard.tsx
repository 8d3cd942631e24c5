import { useState } from 'react'
import { Alert, Button, Card, Checkbox, Input, Space, Typography } from 'antd'
import { ThunderboltOutlined } from '@ant-design/icons'
import type { DrawRecord } from '../../../../core/domain/workspace'
import { campaignsSelectors, panelSelectors, useWorkbench } from '../../stores'
import { cnDateTime } from '../../lib/format'
import { IssueList } from '../intake/IssueList'
import type { DrawFlow } from './useDrawFlow'
import { PANEL_STRINGS as S } from './strings'

/**
 * 随机抽取: a seed (empty = random) and 保留已有分配. The flow (preview first, useDrawFlow) lives in the
 * tab, which shows the preview at full width under this card.
 */
export function AutoAssignCard({ flow }: { flow: DrawFlow }) {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pending = useWorkbench(panelSelectors.undecidedCount)
  const [seed, setSeed] = useState('')
  if (!campaign) return null
  const last = campaign.draws.at(-1)
  const { outcome, preview, busy } = flow

  return (
    <Card size="small" title={S.drawTitle} data-testid="auto-assign-card">
      <Space wrap align="center">
        <Typography.Text>{S.seed}</Typography.Text>
        <Input value={seed} onChange={(e) => setSeed(e.target.value)} placeholder={S.seedPlaceholder} maxLength={64} allowClear className="seed-input" data-testid="seed-input" />
        <Checkbox checked={flow.keepExisting} onChange={(e) => flow.setKeepExisting(e.target.checked)} data-testid="keep-existing">
          {S.keepExisting}
        </Checkbox>
        <Button type="primary" icon={<ThunderboltOutlined />} loading={busy && !preview} onClick={() => void flow.start(seed.trim())} data-testid="auto-assign">
          {S.autoAssign}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" className="small seed-hint">
        {S.seedHint}
      </Typography.Paragraph>
      {preview && <Alert type="info" showIcon title={S.previewBelow} className="panel-alert" />}
      {outcome && !outcome.ok && (
        <IssueList message={outcome.issues?.length ? S.infeasibleCount(outcome.issues.length) : outcome.message} issues={outcome.issues} paths={false} testId="assign-error" />
      )}
      {outcome?.ok && (
        <Alert
          type={outcome.notDrawn ? 'warning' : 'success'}
          showIcon
          data-testid="assign-success"
          title={<span data-testid="draw-seed">{S.drawn(outcome.draw.seed)}</span>}
          description={
            <>
              {outcome.notDrawn > 0 && <div data-testid="partial-done">{S.partialDone(outcome.notDrawn)}</div>}
              <DrawHash draw={outcome.draw} />
            </>
          }
        />
      )}
      {!outcome && !preview && last && (
        <Typography.Paragraph className="small last-draw" data-testid="last-draw">
          {S.lastDraw(cnDateTime(last.at), last.seed)}
          <br />
          <DrawHash draw={last} />
        </Typography.Paragraph>
      )}
      {pending > 0 && !outcome && !preview && <Alert type="warning" showIcon title={S.undecidedBlock(pending)} className="panel-alert" />}
    </Card>
  )
}

function DrawHash({ draw }: { draw: DrawRecord }) {
  return (
    <span>
      {S.drawHash}：
      <Typography.Text code copyable className="hash" data-testid="draw-hash">
        {draw.resultHash}
      </Typography.Text>
    </span>
  )
}
