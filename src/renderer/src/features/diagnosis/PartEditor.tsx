import { Alert, Button, Checkbox, Input, Space, Typography } from 'antd'
import { useActions } from '../../stores'
import { useBusyRun } from '../../app/useBusyRun'
import { NewerSaved } from './NewerSaved'
import { keptOnStale, useKeptEdit } from './useKeptEdit'
import { DIAGNOSIS_STRINGS as S } from './strings'

interface Props {
  label: string
  dimensionCode?: string
  part: 'achievement' | 'strengths' | 'problems' | 'causes' | 'advice' | 'highlights' | 'path' | 'conclusion'
  value: { text: string; accepted: boolean; draft: string }
  testId: string
}

/**
 * One part of the report: the draft (or the saved text) to edit, 采用 to put it in the report, 保存.
 * What the consultant typed stays in the box when another window's save arrives; that text is shown
 * beside it (useKeptEdit).
 */
export function PartEditor({ label, dimensionCode, part, value, testId }: Props) {
  const { saveDiagnosisPart } = useActions()
  const { run, busy } = useBusyRun()
  const edit = useKeptEdit({ text: value.text, accepted: value.accepted })
  const { text, accepted } = edit.value
  return (
    <div data-testid={testId} className="diagnosis-part">
      <Space align="center">
        <Typography.Text strong>{label}</Typography.Text>
        <Checkbox checked={accepted} onChange={(e) => edit.setValue({ text, accepted: e.target.checked })} data-testid={`${testId}-accept`}>
          {S.accept}
        </Checkbox>
        <Button
          size="small"
          type={edit.dirty ? 'primary' : 'default'}
          disabled={!edit.dirty}
          loading={busy}
          data-testid={`${testId}-save`}
          onClick={() => void run(() => keptOnStale(() => saveDiagnosisPart({ dimensionCode, part, text, accepted }), S.stale), S.saved)}
        >
          {S.save}
        </Button>
        {text !== value.draft && (
          <Button size="small" type="link" onClick={() => edit.setValue({ text: value.draft, accepted })}>
            {S.resetDraft}
          </Button>
        )}
      </Space>
      {edit.newer && (
        <NewerSaved testId={`${testId}-newer`} onTake={edit.takeNewer} onKeep={edit.keepMine}>
          <Alert type="info" title={`${edit.newer.accepted ? S.newerAccepted : S.newerNotAccepted}${edit.newer.text || S.newerEmpty}`} />
        </NewerSaved>
      )}
      <Input.TextArea value={text} onChange={(e) => edit.setValue({ text: e.target.value, accepted })} autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} data-testid={`${testId}-text`} />
    </div>
  )
}
