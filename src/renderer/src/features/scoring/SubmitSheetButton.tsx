import { Button, Popconfirm, Tooltip } from 'antd'
import { CheckOutlined } from '@ant-design/icons'
import { useActions } from '../../stores'
import { useRun } from '../../app/useRun'
import { SCORING_STRINGS as S } from './strings'

/** 提交评分表: asks once; `blocker` says why it cannot be submitted yet. */
export function SubmitSheetButton({ blocker }: { blocker: string | null }) {
  const { submitSheet } = useActions()
  const run = useRun()
  const button = (
    <Button type="primary" icon={<CheckOutlined />} disabled={!!blocker} data-testid="submit-sheet">
      {S.submit}
    </Button>
  )
  if (blocker) {
    return (
      <Tooltip title={blocker}>
        <span>{button}</span>
      </Tooltip>
    )
  }
  return (
    <Popconfirm
      title={S.submitTitle}
      description={<div className="submit-confirm-text">{S.submitText}</div>}
      okText={S.submitOk}
      cancelText={S.submitCancel}
      okButtonProps={{ 'data-testid': 'confirm-submit' }}
      onConfirm={() => run(() => submitSheet(), S.submittedOk)}
    >
      {button}
    </Popconfirm>
  )
}
