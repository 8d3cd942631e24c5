import { useState } from 'react'
import { Alert, App, Button, Card, Input, Space } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import type { DecisionsView } from '../../../../core/api/outputs'
import { addWorkingDays } from '../../../../core/decisions/rules'
import { useActions, type DecisionExport } from '../../stores'
import { downloadFile } from '../../lib/download'
import { ReasonField } from './ReasonField'
import { useDecide } from './useDecide'
import { DECISIONS_STRINGS as S } from './strings'

/** Today on the wall calendar as YYYY-MM-DD. */
function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** 公示: the period, what still blocks it, the publish button, and the lists as files. */
export function PublishPanel({ view }: { view: DecisionsView }) {
  const [from, setFrom] = useState(today())
  const [to, setTo] = useState(addWorkingDays(today(), 5))
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState<string | null>(null)
  const { decide } = useDecide()
  const { exportDecisionList } = useActions()
  const { message } = App.useApp()
  const blocked = view.blockers.length > 0

  const publish = async () => {
    setBusy('publish')
    if (await decide('decisions.publish', { from, to, ...(reason.trim() && { reason }) })) setReason('')
    setBusy(null)
  }
  const download = async (what: DecisionExport) => {
    setBusy(what)
    try {
      downloadFile(await exportDecisionList(what))
    } catch (e) {
      void message.error((e as Error).message)
    } finally {
      setBusy(null)
    }
  }
  return (
    <Card size="small" title={S.publishTitle} data-testid="publish-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        {blocked && (
          <Alert type="error" showIcon data-testid="publish-blockers" message={S.blockers} description={<ul>{view.blockers.map((b) => <li key={b}>{b}</li>)}</ul>} />
        )}
        <Space wrap>
          <span>{S.from}</span>
          <Input type="date" data-testid="publish-from" value={from} onChange={(e) => { setFrom(e.target.value); if (e.target.value) setTo(addWorkingDays(e.target.value, 5)) }} />
          <span>{S.to}</span>
          <Input type="date" data-testid="publish-to" value={to} onChange={(e) => setTo(e.target.value)} />
        </Space>
        <span className="excluded">{S.periodHint}</span>
        <ReasonField locked={view.locked} value={reason} onChange={setReason} testId="publish-reason" />
        <Space wrap>
          <Button type="primary" data-testid="publish" disabled={blocked} loading={busy === 'publish'} onClick={publish}>
            {view.locked ? S.republish : S.publish}
          </Button>
          <Button icon={<DownloadOutlined />} data-testid="export-award-docx" loading={busy === 'awardList'} onClick={() => download('awardList')}>{S.exportAward}</Button>
          <Button icon={<DownloadOutlined />} data-testid="export-summary-docx" loading={busy === 'resultSummary'} onClick={() => download('resultSummary')}>{S.exportSummary}</Button>
          <Button icon={<DownloadOutlined />} data-testid="export-xlsx" loading={busy === 'xlsx'} onClick={() => download('xlsx')}>{S.exportXlsx}</Button>
        </Space>
      </Space>
    </Card>
  )
}
