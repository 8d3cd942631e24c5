import { useDeferredValue, useEffect, useState } from 'react'
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag } from 'antd'
import { ReloadOutlined } from '@ant-design/icons'
import { decisionsSelectors, useActions, useWorkbench } from '../../stores'
import type { DecisionsView } from '../../../../core/api/outputs'
import { DecisionTable } from './DecisionTable'
import { TiesPanel } from './TiesPanel'
import { VotesList } from './VotesList'
import { PublishPanel } from './PublishPanel'
import { ObjectionsPanel } from './ObjectionsPanel'
import { VoteModal } from './VoteModal'
import { LevelModal } from './LevelModal'
import { QuotaEditor } from './QuotaEditor'
import { DECISIONS_STRINGS as S } from './strings'
import './decisions.css'

function Rules({ view }: { view: DecisionsView }) {
  const items = (['aggregation', 'tie', 'keySubtotal', 'quota', 'vote'] as const).map((k) => ({ key: k, label: S.rules[k], children: view.rules[k] }))
  return <Descriptions size="small" column={1} bordered items={items} data-testid="decision-rules" />
}

function Quotas({ view }: { view: DecisionsView }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap data-testid="quota-status">
        {view.quotas.map((q) => (
          <Tag key={q.levelCode} color={q.ok ? 'green' : 'red'} data-testid={`quota-${q.levelCode}`} title={q.limitText}>
            {S.quotaCount(q.levelLabel, q.count, q.limit)}
          </Tag>
        ))}
      </Space>
      {view.quotas.filter((q) => q.message).map((q) => (
        <Alert key={q.levelCode} type="error" showIcon message={q.message} data-testid="quota-message" />
      ))}
    </Space>
  )
}

/** 刷新 on its own: its spinner re-renders the button, not the list (issue 14). */
function ReloadButton() {
  const loading = useWorkbench(decisionsSelectors.loading)
  const { loadDecisions } = useActions()
  return (
    <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void loadDecisions()} data-testid="decisions-reload">
      {S.reload}
    </Button>
  )
}

/** 评定与公示: the committee's decisions on the panel results (issue 12); the core's view, shown as it is. */
export function DecisionsTab() {
  const view = useWorkbench(decisionsSelectors.view)
  // the cards below the list (votes, 公示, 异议, rules) follow in a second, interruptible render: the
  // first one shows the quotas, ties and the list's first page sooner (issue 14)
  const below = useDeferredValue(view, null)
  const { loadDecisions } = useActions()
  const [voteFor, setVoteFor] = useState<string | null>(null)
  const [levelFor, setLevelFor] = useState<string | null>(null)
  useEffect(() => {
    void loadDecisions().catch(() => undefined)
  }, [loadDecisions])

  if (!view) return <Skeleton active paragraph={{ rows: 8 }} />
  if (!view.ranked) return <Alert type="info" showIcon message={view.notRankedReason} data-testid="decisions-not-ranked" />
  return (
    <div className="decisions-tab" data-testid="decisions-tab">
      <Space className="decisions-toolbar">
        <ReloadButton />
      </Space>
      {view.publication && (
        <Alert type="warning" showIcon data-testid="decisions-locked" message={S.published(view.publication.version, view.publication.from, view.publication.to)} />
      )}
      {view.changedSincePublication.length > 0 && (
        <Alert type="error" showIcon data-testid="changed-since-publication" message={S.changed} description={view.changedSincePublication.join('、')} />
      )}
      <Card size="small" title={S.quotaTitle} extra={<QuotaEditor view={view} />}>
        <Quotas view={view} />
      </Card>
      <TiesPanel view={view} />
      <DecisionTable view={view} onVote={setVoteFor} onAdjust={setLevelFor} />
      {below?.ranked && (
        <>
          <VotesList view={below} />
          <PublishPanel view={below} />
          <ObjectionsPanel view={below} />
          <Card size="small" title={S.rulesTitle}>
            <Rules view={below} />
          </Card>
        </>
      )}
      {voteFor && <VoteModal view={view} submissionId={voteFor} onClose={() => setVoteFor(null)} />}
      {levelFor && <LevelModal view={view} submissionId={levelFor} onClose={() => setLevelFor(null)} />}
    </div>
  )
}
