import { App, Button, Tooltip } from 'antd'
import { SwapOutlined } from '@ant-design/icons'
import { saveSelectors, useWorkbench } from '../../stores'
import { useShellState } from './ShellGate'
import { restartPage, shellCall } from './shellClient'
import { START_STRINGS as S } from './strings'

/** 切换工作区 in the header: closes this workspace (asking first when something is unsaved) and shows the start screen. */
export function WorkspaceSwitch() {
  const shell = useShellState()
  const wouldLose = useWorkbench(saveSelectors.wouldLose)
  const { modal, message } = App.useApp()
  if (!shell) return null
  const leave = async () => {
    try {
      await shellCall('close', {})
      restartPage()
    } catch (e) {
      void message.error((e as Error).message)
    }
  }
  const ask = () =>
    wouldLose
      ? modal.confirm({ title: S.switchConfirmTitle, content: S.switchConfirm, okText: S.leave, cancelText: S.stay, okButtonProps: { danger: true }, onOk: leave })
      : void leave()
  return (
    <Tooltip title={shell.current?.path}>
      <Button size="small" type="text" icon={<SwapOutlined />} onClick={ask} data-testid="switch-workspace">
        {S.switchWorkspace}
      </Button>
    </Tooltip>
  )
}
