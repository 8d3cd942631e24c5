import { useState } from 'react'
import { Button, Tooltip } from 'antd'
import { CheckOutlined } from '@ant-design/icons'
import { SubmitSignModal } from './SubmitSignModal'
import { SCORING_STRINGS as S } from './strings'

/** 提交评分表: opens the sign dialog (passphrase); `blocker` says why it cannot be submitted yet. */
export function SubmitSheetButton({ blocker }: { blocker: string | null }) {
  const [open, setOpen] = useState(false)
  const button = (
    <Button type="primary" icon={<CheckOutlined />} disabled={!!blocker} data-testid="submit-sheet" onClick={() => setOpen(true)}>
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
    <>
      {button}
      <SubmitSignModal open={open} onClose={() => setOpen(false)} />
    </>
  )
}
