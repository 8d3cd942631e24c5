import { useEffect, useState } from 'react'
import { Card, Checkbox, Input } from 'antd'
import type { Rubric, VetoItem } from '../../../../core/domain/rubric'
import { scoringSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { SCORING_STRINGS as S } from './strings'

function VetoRow({ item }: { item: VetoItem }) {
  const saved = useWorkbench(scoringSelectors.vetoOf(item.code))
  const submitted = useWorkbench(scoringSelectors.submitted)
  const { setVeto } = useActions()
  const run = useRun()
  const [raising, setRaising] = useState(saved !== null)
  const [draft, setDraft] = useState(saved ?? '')
  useEffect(() => {
    setRaising(saved !== null)
    setDraft(saved ?? '')
  }, [saved])

  function toggle(on: boolean) {
    setRaising(on)
    // withdrawing a saved veto is a change; unticking one never saved is not
    if (!on && saved !== null) void run(() => setVeto(item.code, null))
  }
  function commit() {
    const evidence = draft.trim()
    if (evidence && evidence !== saved) void run(() => setVeto(item.code, evidence))
  }

  return (
    <div className="check-row veto-row" data-testid={`veto-${item.code}`}>
      <span className="indicator-code">{item.code}</span>
      <span className="check-text">{item.text}</span>
      <Checkbox checked={raising} disabled={submitted} onChange={(e) => toggle(e.target.checked)}>
        <span data-testid={`veto-${item.code}-raise`}>{S.raiseVeto}</span>
      </Checkbox>
      {raising && (
        <Input.TextArea
          className="veto-evidence"
          data-testid={`veto-${item.code}-evidence`}
          aria-label={S.vetoEvidence}
          value={draft}
          readOnly={submitted}
          status={draft.trim() ? undefined : 'warning'}
          placeholder={S.vetoEvidencePlaceholder}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          autoFocus={saved === null}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
        />
      )}
    </div>
  )
}

/** 一票否决项: an expert raises one with its evidence; the panel confirms it later. */
export function VetoSection({ rubric }: { rubric: Rubric }) {
  if (!rubric.vetoes.length) return null
  return (
    <Card size="small" className="dimension-section" title={S.vetoTitle} data-testid="vetoes">
      <div className="section-hint muted">{S.vetoHint}</div>
      {rubric.vetoes.map((item) => (
        <VetoRow key={item.code} item={item} />
      ))}
    </Card>
  )
}
