import { useState } from 'react'
import { Button, Card, Form, Input, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { campaignExperts, expertsSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { cnDate } from '../../lib/format'
import { PLEDGE_STRINGS as S } from './strings'

/**
 * 承诺书 before scoring (docs/domain/review-kinds.md: experts sign an integrity, confidentiality and 回避 declaration
 * before scoring). Until the chosen expert has signed in this campaign, the 评分 tab shows this instead
 * of the list; the core does not enforce it yet, the UI does.
 */
export function PledgeGate({ expertId }: { expertId: string }) {
  const pool = useWorkbench(expertsSelectors.pool)
  const { acceptPledge } = useActions()
  const run = useRun()
  const [declaration, setDeclaration] = useState(S.defaultDeclaration)
  const [busy, setBusy] = useState(false)
  const expert = campaignExperts(pool, [expertId])[0]!

  async function sign() {
    setBusy(true)
    await run(() => acceptPledge(expertId, declaration.trim()), S.signed)
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
        <div className="pledge-sign-row">
          <Typography.Text>{S.signer(expert.name, expert.unit, cnDate(new Date().toISOString()))}</Typography.Text>
          <Button type="primary" onClick={sign} loading={busy} disabled={!declaration.trim()} data-testid="pledge-sign">
            {S.sign}
          </Button>
        </div>
      </Form>
    </Card>
  )
}
