import { useState } from 'react'
import { Alert, Button, Card, Input, List, Modal, Space, Tag } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'
import type { DecisionsView, TieView } from '../../../../core/api/decisions/outputs'
import { ReasonField } from './ReasonField'
import { useDecide } from './useDecide'
import { DECISIONS_STRINGS as S } from './strings'

function TieModal({ tie, view, onClose }: { tie: TieView; view: DecisionsView; onClose: () => void }) {
  const [order, setOrder] = useState(tie.ids.map((id, i) => ({ id, label: tie.labels[i]! })))
  const [note, setNote] = useState('')
  const [reason, setReason] = useState('')
  const { decide, busy: sending } = useDecide()
  const move = (i: number, d: -1 | 1) => {
    const next = [...order]
    ;[next[i], next[i + d]] = [next[i + d]!, next[i]!]
    setOrder(next)
  }
  const submit = async () => {
    if (await decide('decisions.orderTie', { order: order.map((o) => o.id), note, ...(reason.trim() && { reason }) })) onClose()
  }
  return (
    <Modal open title={S.tieModalTitle} okText={S.ok} cancelText={S.cancel} onOk={submit} onCancel={onClose} confirmLoading={sending} okButtonProps={{ 'data-testid': 'tie-ok' }}>
      <p>{S.tieHint}</p>
      {order.map((o, i) => (
        <div key={o.id} className="tie-order-row" data-testid={`tie-item-${i}`}>
          <span>{i + 1}.</span>
          <span style={{ flex: 1 }}>{o.label}</span>
          <Button size="small" icon={<ArrowUpOutlined />} aria-label={S.up} disabled={i === 0} onClick={() => move(i, -1)} data-testid={`tie-up-${o.id}`} />
          <Button size="small" icon={<ArrowDownOutlined />} aria-label={S.down} disabled={i === order.length - 1} onClick={() => move(i, 1)} />
        </div>
      ))}
      <div>{S.tieNote}</div>
      <Input data-testid="tie-note" value={note} maxLength={500} placeholder={S.tieNotePlaceholder} onChange={(e) => setNote(e.target.value)} />
      <ReasonField locked={view.locked} value={reason} onChange={setReason} testId="tie-reason" />
    </Modal>
  )
}

/** Ties on result and ★ subtotal: the ones to decide first, with the quota they straddle. */
export function TiesPanel({ view }: { view: DecisionsView }) {
  const [open, setOpen] = useState<TieView | null>(null)
  if (!view.ties.length) return null
  return (
    <Card size="small" title={S.tiesTitle} data-testid="ties">
      <List
        size="small"
        dataSource={view.ties}
        renderItem={(t) => (
          <List.Item
            data-testid={`tie-${t.ids[0]}`}
            actions={[<Button key="order" size="small" type={t.blockingLevel ? 'primary' : 'default'} data-testid={`order-tie-${t.ids[0]}`} onClick={() => setOpen(t)}>{S.orderTie}</Button>]}
          >
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <span>
                {S.tieLine(t.rank, t.ids.length, t.result.toFixed(2), t.keySubtotal.toFixed(2))}
                {t.resolved && <Tag color="green" style={{ marginLeft: 8 }}>{S.tieDecided}：{t.note}</Tag>}
                {!t.resolved && !t.blockingLevel && !view.rows.some((r) => t.ids.includes(r.id) && r.proposedLevel) && <Tag style={{ marginLeft: 8 }}>{S.noEffect}</Tag>}
              </span>
              <span>{t.labels.join('、')}</span>
              {t.message && <Alert type="warning" showIcon message={t.message} data-testid="tie-blocking" />}
            </Space>
          </List.Item>
        )}
      />
      {open && <TieModal tie={open} view={view} onClose={() => setOpen(null)} />}
    </Card>
  )
}
