import { useEffect, useState } from 'react'
import { Button, Checkbox, Input, Space, Typography } from 'antd'
import { useActions } from '../../stores'
import { useRun } from '../../app/useRun'
import { DIAGNOSIS_STRINGS as S } from './strings'

interface Props {
  label: string
  dimensionCode?: string
  part: 'achievement' | 'strengths' | 'problems' | 'causes' | 'advice' | 'highlights' | 'path' | 'conclusion'
  value: { text: string; accepted: boolean; draft: string }
  testId: string
}

/** One part of the report: the draft (or the saved text) to edit, 采用 to put it in the report, 保存. */
export function PartEditor({ label, dimensionCode, part, value, testId }: Props) {
  const { saveDiagnosisPart } = useActions()
  const run = useRun()
  const [text, setText] = useState(value.text)
  const [accepted, setAccepted] = useState(value.accepted)
  useEffect(() => {
    setText(value.text)
    setAccepted(value.accepted)
  }, [value.text, value.accepted])
  const dirty = text !== value.text || accepted !== value.accepted
  return (
    <div data-testid={testId} className="diagnosis-part">
      <Space align="center">
        <Typography.Text strong>{label}</Typography.Text>
        <Checkbox checked={accepted} onChange={(e) => setAccepted(e.target.checked)} data-testid={`${testId}-accept`}>
          {S.accept}
        </Checkbox>
        <Button size="small" type={dirty ? 'primary' : 'default'} disabled={!dirty} data-testid={`${testId}-save`} onClick={() => void run(() => saveDiagnosisPart({ dimensionCode, part, text, accepted }), S.saved)}>
          {S.save}
        </Button>
        {text !== value.draft && (
          <Button size="small" type="link" onClick={() => setText(value.draft)}>
            {S.resetDraft}
          </Button>
        )}
      </Space>
      <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} data-testid={`${testId}-text`} />
    </div>
  )
}
