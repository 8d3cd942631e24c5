import { useEffect, useState } from 'react'
import { Button, InputNumber, Modal, Table } from 'antd'
import type { DecisionsView } from '../../../../core/api/outputs'
import type { Quota } from '../../../../core/domain/decisions'
import { sameQuota } from '../../../../core/decisions/quotas'
import { ReasonField } from './ReasonField'
import { useDecide } from './useDecide'
import { DECISIONS_STRINGS as S } from './strings'

type Row = { code: string; label: string; maxCount: number | null; maxSharePct: number | null }

const quotasOf = (view: DecisionsView): Record<string, Quota> => Object.fromEntries(view.levels.map((l) => [l.code, l.quota ?? {}]))
const quotaOf = (r: Row): Quota => ({ ...(r.maxCount !== null && { maxCount: r.maxCount }), ...(r.maxSharePct !== null && { maxShare: r.maxSharePct / 100 }) })

/**
 * 名额 per 奖项等级 for this campaign (over the rubric's defaults); the rounding rule is the core's.
 * Sends only the levels changed here, each with the quota it had when the editor opened (`base`), so
 * a level another window changed meanwhile is refused, not silently set back (STALE_VERSION); the
 * store then reloads, `base` follows, and what was typed stays for a second, informed save.
 */
export function QuotaEditor({ view }: { view: DecisionsView }) {
  const [open, setOpen] = useState(false)
  const [rows, setRows] = useState<Row[]>([])
  const [reason, setReason] = useState('')
  const { decide, busy: sending } = useDecide()
  const [base, setBase] = useState<Record<string, Quota>>({})
  useEffect(() => setBase(quotasOf(view)), [view])
  const start = () => {
    setRows(view.levels.map((l) => ({ code: l.code, label: l.label, maxCount: l.quota?.maxCount ?? null, maxSharePct: l.quota?.maxShare === undefined ? null : Math.round(l.quota.maxShare * 10000) / 100 })))
    setOpen(true)
  }
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)))
  const save = async () => {
    const changed = rows.filter((r) => !sameQuota(quotaOf(r), base[r.code]))
    if (!changed.length) return setOpen(false)
    const quotas = Object.fromEntries(changed.map((r) => [r.code, quotaOf(r)]))
    const expectQuotas = Object.fromEntries(changed.map((r) => [r.code, base[r.code] ?? {}]))
    if (await decide('decisions.setQuotas', { quotas, expectQuotas, ...(reason.trim() && { reason }) })) setOpen(false)
  }
  return (
    <>
      <Button size="small" data-testid="edit-quotas" onClick={start}>{S.quotaEdit}</Button>
      {open && (
        <Modal open title={S.quotaEdit} okText={S.quotaSave} cancelText={S.cancel} onOk={save} onCancel={() => setOpen(false)} confirmLoading={sending} okButtonProps={{ 'data-testid': 'quotas-ok' }} width={600}>
          <Table<Row>
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: S.level, dataIndex: 'label' },
              { title: S.maxCount, key: 'count', render: (_, r, i) => <InputNumber data-testid={`quota-count-${r.code}`} min={0} precision={0} value={r.maxCount} placeholder={S.unlimited} onChange={(v) => set(i, { maxCount: v })} /> },
              { title: S.maxShare, key: 'share', render: (_, r, i) => <InputNumber data-testid={`quota-share-${r.code}`} min={0} max={100} value={r.maxSharePct} placeholder={S.unlimited} onChange={(v) => set(i, { maxSharePct: v })} /> },
            ]}
          />
          <ReasonField locked={view.locked} value={reason} onChange={setReason} testId="quotas-reason" />
        </Modal>
      )}
    </>
  )
}
