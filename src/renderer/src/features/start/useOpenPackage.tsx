import { useState } from 'react'
import { App } from 'antd'
import type { ShellState } from '../../../../main/shell/contract'
import { ApiError } from '../../api'
import { OpenPackageModal } from './OpenPackageModal'
import { restartPage, shellCall } from './shellClient'
import { START_STRINGS as S } from './strings'

/** Where a package to open comes from: the button (nothing), a file dropped on the window, or a path main handed over. */
export type PackageSource = { file?: File; path?: string }

/**
 * 打开评审包 from the start screen, a drop or the OS (issue 11). Electron: main's own dialogs (the file
 * unless it was dropped or handed over, then the place for the expert workspace); browser mode: the
 * typed dialog. On success the page restarts on the new expert workspace.
 */
export function useOpenPackage(nativeDialogs: boolean) {
  const { modal } = App.useApp()
  const [dialog, setDialog] = useState<{ droppedName?: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function attempt(work: () => Promise<ShellState | null>, inDialog: boolean): Promise<void> {
    setBusy(true)
    setError(null)
    try {
      const next = await work()
      if (next?.current) restartPage()
    } catch (e) {
      const text = (e as Error).message
      if (inDialog) setError(text)
      else modal.error({ title: S.packageRefused, content: text })
    } finally {
      setBusy(false)
    }
  }

  function start(from: PackageSource = {}): void {
    if (!nativeDialogs) {
      setError(null)
      return setDialog({ droppedName: from.file?.name })
    }
    const dropped = from.file
    const openDropped = window.shell?.openDroppedPackage
    if (dropped && openDropped) {
      return void attempt(async () => {
        const r = await openDropped(dropped)
        if (!r.ok) throw new ApiError(r.error.code, r.error.message, r.error.details, r.error.issues)
        return r.value as ShellState | null
      }, false)
    }
    void attempt(() => shellCall('openPackageDialog', from.path ? { file: from.path } : {}), false)
  }

  const element = (
    <OpenPackageModal
      open={dialog !== null}
      droppedName={dialog?.droppedName}
      busy={busy}
      error={error}
      onCancel={() => setDialog(null)}
      onSubmit={(v) => void attempt(() => shellCall('openPackage', { file: v.file.trim(), folder: v.folder.trim() }), true)}
    />
  )
  return { start, element, busy }
}
