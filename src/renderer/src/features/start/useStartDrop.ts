import { App } from 'antd'
import { useWindowFileDrop } from '../../lib/useWindowFileDrop'
import { START_STRINGS as S } from './strings'

/**
 * A file dropped on the start screen (issue 11): a .wbexp goes to 打开评审包; anything else needs an
 * open workspace first, and the user is told so. Answers whether a drag is over the window.
 */
export function useStartDrop(openPackage: (file: File) => void): boolean {
  const { message } = App.useApp()
  return useWindowFileDrop((dt) => {
    const file = dt.files[0]
    if (!file) return
    const name = file.name.toLowerCase()
    if (name.endsWith('.wbexp')) openPackage(file)
    else if (name.endsWith('.wbscore')) void message.warning(S.scoreOnStart(file.name))
    else void message.info(S.startDropOnly(file.name))
  })
}
