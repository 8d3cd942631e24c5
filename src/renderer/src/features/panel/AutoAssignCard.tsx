import { useState } from 'react'
import { Alert, Button, Card, Checkbox, Input, Popconfirm, Space, Typography } from 'antd'
import { ThunderboltOutlined } from '@ant-design/icons'
import type { DrawRecord } from '../../../../core/domain/workspace'
import { ApiError } from '../../api'
import { campaignsSelectors, panelSelectors, useActions, useWorkbench } from '../../stores'
import { cnDateTime } from '../../lib/format'
import { IssueList } from '../intake/IssueList'
import { PANEL_STRINGS as S } from './strings'

type Outcome = { ok: true; draw: DrawRecord } | { ok: false; message: string; issues?: ApiError['issues'] }

/**
 * 随机抽取: a seed (empty = random) and 保留已有分配; a refusal shows the core's message with every
 * issue; a success shows the seed and the result hash that let anyone re-run and check the draw.
 */
export function AutoAssignCard() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pending = useWorkbench(panelSelectors.undecidedCount)
  const { autoAssign } = useActions()
  const [seed, setSeed] = useState('')
  const [keepExisting, setKeepExisting] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  if (!campaign) return null
  const hasAssignments = Object.values(campaign.assignments).some((a) => a.expertIds.length > 0)
  const last = campaign.draws.at(-1)

  async function draw() {
    setBusy(true)
    setOutcome(null)
    try {
      setOutcome({ ok: true, draw: await autoAssign({ ...(seed.trim() ? { seed: seed.trim() } : {}), keepExisting }) })
    } catch (e) {
      setOutcome({ ok: false, message: (e as Error).message, issues: e instanceof ApiError ? e.issues : undefined })
    } finally {
      setBusy(false)
    }
  }

  const button = (
    <Button type="primary" icon={<ThunderboltOutlined />} loading={busy} onClick={hasAssignments && !keepExisting ? undefined : draw} data-testid="auto-assign">
      {S.autoAssign}
    </Button>
  )
  return (
    <Card size="small" title={S.drawTitle} data-testid="auto-assign-card">
      <Space wrap align="center">
        <Typography.Text>{S.seed}</Typography.Text>
        <Input value={seed} onChange={(e) => setSeed(e.target.value)} placeholder={S.seedPlaceholder} maxLength={64} allowClear className="seed-input" data-testid="seed-input" />
        <Checkbox checked={keepExisting} onChange={(e) => setKeepExisting(e.target.checked)} data-testid="keep-existing">
          {S.keepExisting}
        </Checkbox>
        {hasAssignments && !keepExisting ? (
          <Popconfirm title={S.replaceConfirm} okText={S.replaceOk} onConfirm={draw} okButtonProps={{ 'data-testid': 'replace-ok' }}>
            {button}
          </Popconfirm>
        ) : (
          button
        )}
      </Space>
      <Typography.Paragraph type="secondary" className="small seed-hint">
        {S.seedHint}
      </Typography.Paragraph>
      {outcome && !outcome.ok && (
        <IssueList message={outcome.issues?.length ? S.infeasibleCount(outcome.issues.length) : outcome.message} issues={outcome.issues} paths={false} testId="assign-error" />
      )}
      {outcome?.ok && (
        <Alert
          type="success"
          showIcon
          data-testid="assign-success"
          title={<span data-testid="draw-seed">{S.drawn(outcome.draw.seed)}</span>}
          description={<DrawHash draw={outcome.draw} />}
        />
      )}
      {!outcome && last && (
        <Typography.Paragraph className="small last-draw" data-testid="last-draw">
          {S.lastDraw(cnDateTime(last.at), last.seed)}
          <br />
          <DrawHash draw={last} />
        </Typography.Paragraph>
      )}
      {pending > 0 && !outcome && <Alert type="warning" showIcon title={S.undecidedBlock(pending)} className="panel-alert" />}
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
