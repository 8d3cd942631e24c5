import { useState } from 'react'
import { App, Button, Tooltip } from 'antd'
import { SaveOutlined } from '@ant-design/icons'
import type { Campaign } from '../../../../../core/domain/workspace'
import { rubricSelectors, useActions, useWorkbench } from '../../../stores'
import { useRun } from '../../../app/useRun'
import { RubricNoteModal } from './RubricNoteModal'
import { RUBRIC_STRINGS as S } from '../strings'

/**
 * 保存: before the first score the draft replaces the rubric in place; once frozen, a 修改说明 is
 * asked for and a new version is made. Blocked while the last check found problems.
 */
export function SaveRubricButton({ campaign }: { campaign: Campaign }) {
  const dirty = useWorkbench(rubricSelectors.dirty)
  const check = useWorkbench(rubricSelectors.check)
  const pending = useWorkbench(rubricSelectors.checkPending)
  const { saveRubricDraft, rubricNeedsNote } = useActions()
  const { message } = App.useApp()
  const run = useRun()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const problems = !pending && check && !check.ok ? check.problems.length : 0

  async function save() {
    setBusy(true)
    try {
      // scoring may have started since the campaign was read: ask the core
      const needsNote = await run(() => rubricNeedsNote())
      if (needsNote === undefined) return
      if (needsNote) return setAsking(true)
      const saved = await run(() => saveRubricDraft())
      if (saved) void message.success(S.savedSame(saved.rubric.version))
    } finally {
      setBusy(false)
    }
  }

  async function saveWithNote(note: string): Promise<boolean> {
    const saved = await run(() => saveRubricDraft(note))
    if (!saved) return false
    setAsking(false)
    void message.success(S.savedNew(saved.rubric.version))
    return true
  }

  const blockedBy = problems ? S.saveBlocked(problems) : !dirty ? S.noChanges : null
  return (
    <>
      <Tooltip title={blockedBy}>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={busy}
          disabled={!!blockedBy}
          onClick={() => void save()}
          data-testid="rubric-save"
        >
          {campaign.rubricFrozenAt ? S.saveFrozen : S.save}
        </Button>
      </Tooltip>
      <RubricNoteModal
        open={asking}
        version={campaign.rubric.version}
        frozenAt={campaign.rubricFrozenAt}
        onCancel={() => setAsking(false)}
        onSubmit={saveWithNote}
      />
    </>
  )
}
