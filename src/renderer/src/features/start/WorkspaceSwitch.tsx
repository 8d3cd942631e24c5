import { App, Button, Tooltip } from 'antd'
import { SwapOutlined } from '@ant-design/icons'
import { saveSelectors, useWorkbench } from '../../stores'
import { useShellState } from './ShellGate'
import { requestStartAction, restartPage, shellCall } from './shellClient'
import { useShellCommands } from './useShellCommands'
import { START_STRINGS as S } from './strings'

/**
 * 切换工作区 in the header, and the menu's 新建 / 打开 / 关闭工作区 while a workspace is open: each asks
 * first when something is unsaved, then leaves this workspace (the page restarts on the next one or
 * on the start screen).
 */
export function WorkspaceSwitch() {
  const shell = useShellState()
  const wouldLose = useWorkbench(saveSelectors.wouldLose)
  const { modal, message } = App.useApp()

  const leaveThen = (work: () => Promise<boolean>) => {
    const go = async () => {
      try {
        if (await work()) restartPage()
      } catch (e) {
        void message.error((e as Error).message)
      }
    }
    if (!wouldLose) return void go()
    modal.confirm({ title: S.switchConfirmTitle, content: S.switchConfirm, okText: S.leave, cancelText: S.stay, okButtonProps: { danger: true, 'data-testid': 'leave-confirm' }, onOk: go })
  }
  const close = async () => !!(await shellCall('close', {}))

  useShellCommands((c) => {
    if (c.kind === 'close') leaveThen(close)
    else if (c.kind === 'new') leaveThen(async () => (requestStartAction('new'), close()))
    else if (c.kind === 'open') leaveThen(async () => !!(await shellCall('openDialog', {})))
    else if (c.kind === 'switch') {
      const path = c.path
      leaveThen(async () => !!(await shellCall('open', { path })))
    }
  })

  if (!shell) return null
  return (
    <Tooltip title={shell.current?.path}>
      <Button size="small" type="text" icon={<SwapOutlined />} onClick={() => leaveThen(close)} data-testid="switch-workspace">
        {S.switchWorkspace}
      </Button>
    </Tooltip>
  )
}
