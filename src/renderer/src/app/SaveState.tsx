import { Typography } from 'antd'
import { CheckCircleOutlined, CloseCircleOutlined, EditOutlined, LoadingOutlined } from '@ant-design/icons'
import { saveSelectors, useWorkbench } from '../stores'
import { APP_STRINGS as S } from './strings'

/**
 * The header's save state, saying only what is true (issue 9 item 6): "保存中…" while a write is out,
 * "未保存" while typed text waits for its save (with the reason when it was refused),
 * "保存失败：…" with the core's reason, "已保存 · 10:42" once the core acknowledged the write on disk.
 */
export function SaveState() {
  const display = useWorkbench(saveSelectors.display)
  const status = useWorkbench(saveSelectors.status)
  const savedAt = useWorkbench(saveSelectors.savedAt)
  const error = useWorkbench(saveSelectors.error) ?? ''
  const refused = status === 'failed'
  const [icon, text, type] =
    display === 'saving'
      ? [<LoadingOutlined key="i" />, S.saveSaving, 'secondary' as const]
      : display === 'unsaved'
        ? [<EditOutlined key="i" />, refused ? S.saveUnsavedFailed(error) : S.saveUnsaved, refused ? ('danger' as const) : ('warning' as const)]
        : display === 'failed'
          ? [<CloseCircleOutlined key="i" />, error ? S.saveFailedWhy(error) : S.saveFailed, 'danger' as const]
          : [<CheckCircleOutlined key="i" />, savedAt ? S.savedAt(savedAt) : S.saveIdle, 'secondary' as const]
  return (
    <Typography.Text type={type} data-testid="save-state" data-status={display} className="save-state" ellipsis={{ tooltip: text }}>
      {icon} {text}
    </Typography.Text>
  )
}
