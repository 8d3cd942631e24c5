import { useEffect, useState } from 'react'
import { Button, Card, Flex, Typography } from 'antd'
import { FolderAddOutlined, FolderOpenOutlined, InboxOutlined } from '@ant-design/icons'
import type { ShellState } from '../../../../main/shell/contract'
import { useRun } from '../../app/useRun'
import { RecentList } from './RecentList'
import { FolderModal } from './FolderModal'
import { restartPage, shellCall, takeStartAction } from './shellClient'
import { useShellCommands } from './useShellCommands'
import { useOpenPackage } from './useOpenPackage'
import { useStartDrop } from './useStartDrop'
import { START_STRINGS as S } from './strings'
import './start.css'

/**
 * 开始页 (issue 15): shown while no workspace is open. Recent workspaces (missing ones marked),
 * 新建工作区 and 打开工作区 — native folder dialogs in Electron, a typed folder in browser mode.
 * Any successful choice restarts the page on the chosen workspace.
 */
export function StartScreen({ initial }: { initial: ShellState }) {
  const [state, setState] = useState(initial)
  const [modal, setModal] = useState<'open' | 'create' | null>(null)
  const [busy, setBusy] = useState(false)
  const run = useRun()
  const pkg = useOpenPackage(state.nativeDialogs)
  const dragging = useStartDrop((file) => pkg.start({ file }))
  const working = busy || pkg.busy

  async function act(work: () => Promise<ShellState | null>) {
    setBusy(true)
    const next = await run(work)
    setBusy(false)
    if (!next) return false
    setState(next)
    if (next.current) restartPage()
    return true
  }

  const openFolder = () => (state.nativeDialogs ? void act(() => shellCall('openDialog', {})) : setModal('open'))
  useEffect(() => {
    if (takeStartAction() === 'new') setModal('create')
  }, [])
  useShellCommands((c) => {
    if (c.kind === 'new') setModal('create')
    else if (c.kind === 'open') openFolder()
    else if (c.kind === 'switch') void act(() => shellCall('open', { path: c.path }))
    else if (c.kind === 'package' && c.path.toLowerCase().endsWith('.wbexp')) pkg.start({ path: c.path })
  })

  return (
    <div className={dragging ? 'start-screen start-dragging' : 'start-screen'} data-testid="start-screen">
      <Card className="start-card">
        <Typography.Title level={3}>{S.appTitle}</Typography.Title>
        <Typography.Paragraph type="secondary">{S.subtitle}</Typography.Paragraph>
        <Flex gap={12} className="start-actions">
          <Button type="primary" icon={<FolderAddOutlined />} onClick={() => setModal('create')} data-testid="start-new" disabled={working}>
            {S.newWorkspace}
          </Button>
          <Button icon={<FolderOpenOutlined />} onClick={openFolder} data-testid="start-open" disabled={working}>
            {S.openWorkspace}
          </Button>
        </Flex>
        <div className="start-package">
          <Button icon={<InboxOutlined />} onClick={() => pkg.start()} data-testid="start-open-package" disabled={working}>
            {S.openPackage}
          </Button>
          <Typography.Text type="secondary" className="start-package-hint">
            {S.openPackageHint}
          </Typography.Text>
        </div>
        <Typography.Title level={5}>{S.recent}</Typography.Title>
        <RecentList
          recent={state.recent}
          busy={working}
          onOpen={(path) => void act(() => shellCall('open', { path }))}
          onForget={(path) => void act(() => shellCall('forget', { path }))}
        />
        <Typography.Text type="secondary" className="start-version">
          v{state.version}
        </Typography.Text>
      </Card>
      {pkg.element}
      <FolderModal
        purpose={modal}
        nativeDialogs={state.nativeDialogs}
        busy={busy}
        onCancel={() => setModal(null)}
        onSubmit={async (v) => {
          const done = await act(() =>
            modal === 'open' ? shellCall('open', { path: v.path! }) : state.nativeDialogs ? shellCall('createDialog', { name: v.name! }) : shellCall('create', { path: v.path!, name: v.name! }),
          )
          if (done) setModal(null)
        }}
      />
    </div>
  )
}
