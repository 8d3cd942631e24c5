import { Typography } from 'antd'
import { CheckCircleOutlined, CloseCircleOutlined, LoadingOutlined } from '@ant-design/icons'
import { saveSelectors, useWorkbench } from '../stores'
import { APP_STRINGS as S } from './strings'

/** "已保存 · 10:42" / "保存中…" / "保存失败", driven by the store's save tracking. */
export function SaveState() {
  const status = useWorkbench(saveSelectors.status)
  const savedAt = useWorkbench(saveSelectors.savedAt)
  const [icon, text, type] =
    status === 'saving'
      ? [<LoadingOutlined key="i" />, S.saveSaving, 'secondary' as const]
      : status === 'failed'
        ? [<CloseCircleOutlined key="i" />, S.saveFailed, 'danger' as const]
        : [<CheckCircleOutlined key="i" />, savedAt ? S.savedAt(savedAt) : S.saveIdle, 'secondary' as const]
  return (
    <Typography.Text type={type} data-testid="save-state" data-status={status} className="save-state">
      {icon} {text}
    </Typography.Text>
  )
}
