import { useState } from 'react'
import { Modal, Select } from 'antd'
import type { DecisionsView } from '../../../../core/api/outputs'
import { ReasonField } from './ReasonField'
import { useDecide } from './useDecide'
import { DECISIONS_STRINGS as S } from './strings'

const NONE = '__none__'

/** The committee sets an entry's level other than proposed (always with a reason); the core checks it is allowed. */
export function LevelModal({ view, submissionId, onClose }: { view: DecisionsView; submissionId: string; onClose: () => void }) {
  const row = view.rows.find((r) => r.id === submissionId)!
  const [level, setLevel] = useState<string>(row.decidedLevel ?? NONE)
  const [reason, setReason] = useState('')
  const { decide, busy: sending } = useDecide()
  const submit = async () => {
    if (await decide('decisions.setLevel', { submissionId: row.id, levelCode: level === NONE ? null : level, reason })) onClose()
  }
  return (
    <Modal open title={S.levelModalTitle(row.label)} okText={S.ok} cancelText={S.cancel} onOk={submit} onCancel={onClose} confirmLoading={sending} okButtonProps={{ 'data-testid': 'level-ok' }}>
      <div>{S.level}</div>
      <Select
        data-testid="level-select"
        style={{ width: '100%' }}
        value={level}
        onChange={setLevel}
        options={[...view.levels.map((l) => ({ value: l.code, label: `${l.label}（≥ ${l.min} 分）` })), { value: NONE, label: S.noAward }]}
      />
      <ReasonField locked={view.locked} required value={reason} onChange={setReason} testId="level-reason" />
    </Modal>
  )
}
