import { useEffect, useRef } from 'react'
import { Card, Input } from 'antd'
import { scoringSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { SCORING_STRINGS as S } from './strings'

/** Pause after the last keystroke before the comment is saved. */
const COMMENT_DEBOUNCE_MS = 800

/** 评审意见: saved after a pause in typing and on leaving the box. */
export function CommentBox() {
  const draft = useWorkbench(scoringSelectors.commentDraft)
  const submitted = useWorkbench(scoringSelectors.submitted)
  const { editComment, flushComment } = useActions()
  const run = useRun()
  const typed = useRef(false)
  useEffect(() => {
    if (!typed.current) return
    const t = setTimeout(() => void run(flushComment), COMMENT_DEBOUNCE_MS)
    return () => clearTimeout(t)
  }, [draft, flushComment, run])
  return (
    <Card size="small" title={S.comment} className="dimension-section">
      <Input.TextArea
        data-testid="sheet-comment"
        value={draft}
        readOnly={submitted}
        onChange={(e) => {
          typed.current = true
          editComment(e.target.value)
        }}
        onBlur={() => void run(flushComment)}
        placeholder={submitted ? S.noComment : S.commentPlaceholder}
        autoSize={{ minRows: 4, maxRows: 14 }}
        maxLength={5000}
        showCount
      />
    </Card>
  )
}
