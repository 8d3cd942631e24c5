import { useState } from 'react'
import { Button, Card, Form, Input, Typography } from 'antd'
import { PledgeConflicts, type ConflictDraft } from './PledgeConflicts'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { campaignExperts, expertsSelectors, scoringSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { cnDate } from '../../lib/format'
import { PLEDGE_STRINGS as S } from './strings'

/**
 * 承诺书 before scoring (docs/domain/review-kinds.md: experts sign an integrity, confidentiality and 回避 declaration
 * before scoring). Until the chosen expert has signed in this campaign, the 评分 tab shows this instead
 * of the list (the core refuses scores without it). The expert declares 回避 per assigned submission with a
 * reason (issue 9 item 7); the core records each as a suspected conflict for the secretariat to decide.
 */
export function PledgeGate({ expertId }: { expertId: string }) {
  const pool = useWorkbench(expertsSelectors.pool)
  const { acceptPledge } = useActions()
  const run = useRun()
  const [declaration, setDeclaration] = useState(S.defaultDeclaration)
  const [busy, setBusy] = useState(false)
  const [conflicts, setConflicts] = useState<Record<string, ConflictDraft>>({})
  const rows = useWorkbench(scoringSelectors.sheetRows)
  const expert = campaignExperts(pool, [expertId])[0]!
  const chosen = Object.entries(conflicts).filter(([, c]) => c.on)
  const missingReason = chosen.some(([, c]) => !c.reason.trim())

  async function sign() {
    setBusy(true)
    const declared = chosen.map(([submissionId, c]) => ({ submissionId, reason: c.reason.trim() }))
    await run(() => acceptPledge(expertId, declaration.trim(), declared), S.signed)
    setBusy(false)
  }

  return (
    <Card className="pledge-card" data-testid="pledge" title={<><SafetyCertificateOutlined /> {S.title}</>}>
      <div className="pledge-text" data-testid="pledge-text">
        {S.paragraphs.map((p) => (
          <Typography.Paragraph key={p}>{p}</Typography.Paragraph>
        ))}
      </div>
      <Form layout="vertical">
        <Form.Item label={S.declaration} extra={S.declarationHint} required>
          <Input.TextArea
            data-testid="pledge-declaration"
            value={declaration}
            onChange={(e) => setDeclaration(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
          />
        </Form.Item>
        <PledgeConflicts rows={rows} value={conflicts} onChange={setConflicts} />
        <div className="pledge-sign-row">
          <Typography.Text>{S.signer(expert.name, expert.unit, cnDate(new Date().toISOString()))}</Typography.Text>
          <Button type="primary" onClick={sign} loading={busy} disabled={!declaration.trim() || missingReason} data-testid="pledge-sign">
            {S.sign}
          </Button>
        </div>
      </Form>
    </Card>
  )
}
