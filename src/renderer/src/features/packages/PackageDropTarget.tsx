import { useEffect, useRef } from 'react'
import { App } from 'antd'
import { saveSelectors, sessionSelectors, useWorkbench } from '../../stores'
import { setPackageDropHandler } from '../dropImport/packageDrop'
import { useShellState } from '../start/ShellGate'
import { useOpenPackage, type PackageSource } from '../start/useOpenPackage'
import { useShellCommands } from '../start/useShellCommands'
import { useScoreImport } from './useScoreImport'
import { PKG_STRINGS as S } from './strings'

/**
 * Packages that reach an open workspace (issue 11): dropped on the window (DropImportHost's hook) or
 * handed over by the OS. A .wbexp is opened as an expert workspace (after asking about unsaved edits);
 * a .wbscore is imported at the secretariat, as with 导入评分包.
 */
export function PackageDropTarget() {
  const shell = useShellState()
  const expertMode = !!useWorkbench(sessionSelectors.expertWorkspace)
  const wouldLose = useWorkbench(saveSelectors.wouldLose)
  const importScores = useScoreImport()
  const pkg = useOpenPackage(shell?.nativeDialogs ?? false)
  const { message, modal } = App.useApp()

  const openExpert = (from: PackageSource) => {
    if (!shell) return void message.info(S.noShell)
    if (!wouldLose) return pkg.start(from)
    modal.confirm({ title: S.leaveTitle, content: S.leaveBody, okText: '继续', cancelText: '留下', okButtonProps: { danger: true }, onOk: () => pkg.start(from) })
  }
  const latest = useRef({ openExpert, importScores, expertMode })
  latest.current = { openExpert, importScores, expertMode }

  useEffect(() => {
    setPackageDropHandler((raw, stage) => {
      const l = latest.current
      if (raw.name.toLowerCase().endsWith('.wbexp')) return l.openExpert({ file: raw })
      if (l.expertMode) return void message.warning(S.scoreInExpert)
      void stage().then(l.importScores, (e: Error) => void message.error(e.message))
    })
    return () => setPackageDropHandler(null)
  }, [message])

  useShellCommands((c) => {
    if (c.kind === 'package') openExpert({ path: c.path })
    else if (c.kind === 'score') {
      if (expertMode) void message.warning(S.scoreInExpert)
      else void importScores({ uploadId: c.path })
    }
  })
  return pkg.element
}
