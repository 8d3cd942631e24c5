import { useCallback } from 'react'
import { App, Button, Space } from 'antd'
import { rubricSelectors, sessionSelectors, useActions, useWorkbench } from '../../stores'
import { RUBRIC_STRINGS as S } from './strings'

/**
 * Guards leaving the 指标体系 tab with unsaved changes: returns `guard(proceed)`, which runs
 * `proceed` at once when there is nothing to lose, else asks — stay, discard, or keep the draft
 * (kept in the store for this window's life) and leave.
 */
export function useRubricLeaveGuard(): (proceed: () => void) => void {
  const dirty = useWorkbench(rubricSelectors.dirty)
  const tab = useWorkbench(sessionSelectors.campaignTab)
  const { discardRubricDraft } = useActions()
  const { modal } = App.useApp()
  return useCallback(
    (proceed: () => void) => {
      if (!dirty || tab !== 'rubric') return proceed()
      const dialog = modal.confirm({
        title: S.leaveTitle,
        content: S.leaveText,
        width: 480,
        footer: (
          <Space className="rubric-leave-footer">
            <Button onClick={() => dialog.destroy()} data-testid="leave-stay">
              {S.leaveStay}
            </Button>
            <Button
              danger
              data-testid="leave-discard"
              onClick={() => {
                dialog.destroy()
                discardRubricDraft()
                proceed()
              }}
            >
              {S.leaveDiscard}
            </Button>
            <Button
              type="primary"
              data-testid="leave-keep"
              onClick={() => {
                dialog.destroy()
                proceed()
              }}
            >
              {S.leaveKeep}
            </Button>
          </Space>
        ),
      })
    },
    [dirty, tab, modal, discardRubricDraft],
  )
}
