import { useEffect, useRef } from 'react'
import { Alert, Button, Card, Input, Space } from 'antd'
import { scoringSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { COMMENT_MAX_CHARS } from '../../../../core/domain/limits'
import { SCORING_STRINGS as S } from './strings'

/** Pause after the last keystroke before the comment is saved. */
const COMMENT_DEBOUNCE_MS = 800

/**
 * 评审意见: saved after a pause in typing and on leaving the box. Text over the limit is kept as typed,
 * marked and not sent (issue 9 item 11: never cut silently); a refused save keeps the text and says why,
 * offering to save it again or to reload what is on disk (item 6).
 */
export function CommentBox() {
  const draft = useWorkbench(scoringSelectors.commentDraft)
  const submitted = useWorkbench(scoringSelectors.submitted)
  const refusal = useWorkbench(scoringSelectors.commentError)
  const { editComment, flushComment, saveCommentAgain, reloadComment } = useActions()
  const run = useRun()
  const typed = useRef(false)
  const over = draft.length - COMMENT_MAX_CHARS
  const flush = () => (over > 0 ? undefined : void run(flushComment))
  useEffect(() => {
    if (!typed.current || over > 0) return
    const t = setTimeout(() => void run(flushComment), COMMENT_DEBOUNCE_MS)
    return () => clearTimeout(t)
  }, [draft, over, flushComment, run])
  return (
    <Card size="small" title={S.comment} extra={!submitted && S.commentLimit(COMMENT_MAX_CHARS)} className="dimension-section">
      <Input.TextArea
        data-testid="sheet-comment"
        value={draft}
        readOnly={submitted}
        status={over > 0 || refusal ? 'error' : undefined}
        onChange={(e) => {
          typed.current = true
          editComment(e.target.value)
        }}
        onBlur={flush}
        placeholder={submitted ? S.noComment : S.commentPlaceholder}
        autoSize={{ minRows: 4, maxRows: 14 }}
        count={{ show: !submitted, max: COMMENT_MAX_CHARS }}
      />
      {over > 0 && <Alert className="comment-alert" type="error" showIcon data-testid="comment-too-long" title={S.commentTooLong(COMMENT_MAX_CHARS, draft.length)} />}
      {refusal && (
        <Alert
          className="comment-alert"
          type="error"
          showIcon
          data-testid="comment-refused"
          title={S.commentRefused}
          description={refusal}
          action={
            <Space orientation="vertical">
              <Button size="small" type="primary" onClick={() => void run(saveCommentAgain)} data-testid="comment-save-again">
                {S.commentSaveAgain}
              </Button>
              <Button size="small" onClick={reloadComment} data-testid="comment-reload">
                {S.commentReload}
              </Button>
            </Space>
          }
        />
      )}
    </Card>
  )
}
