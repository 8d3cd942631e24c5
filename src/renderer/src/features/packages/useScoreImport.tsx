import { useCallback } from 'react'
import { App } from 'antd'
import { ApiError, type PickedFile } from '../../api'
import { useActions } from '../../stores'
import { PKG_STRINGS as S } from './strings'

/**
 * 导入评分包 (issue 11), for the button of 评审包与回收 and a .wbscore dropped on the window: the result
 * in a message; a first key asks the secretary to confirm its fingerprint, then retries with the same
 * upload. Resolves when the import is done or refused (the refusal is shown, in the core's words).
 */
export function useScoreImport(): (file: PickedFile | { uploadId: string }) => Promise<void> {
  const { message, modal } = App.useApp()
  const { importScorePackage } = useActions()
  const doImport = useCallback(
    async (file: PickedFile | { uploadId: string }, confirm?: string): Promise<void> => {
      try {
        const r = await importScorePackage(file, confirm)
        void message.success(r.outcome === 'unchanged' ? S.unchanged : S.imported(r.expertName, r.sheets.filter((s) => s.applied).length))
      } catch (e) {
        const d = e instanceof ApiError ? e.details : undefined
        if (d?.reason === 'UNKNOWN_KEY' && typeof d.fingerprint === 'string' && typeof d.uploadId === 'string') {
          modal.confirm({
            title: S.confirmTitle,
            content: <span data-testid="package-confirm-body">{S.confirmBody(String(d.expertName ?? ''), d.fingerprint)}</span>,
            okText: S.confirmOk,
            cancelText: '取消',
            onOk: () => doImport({ uploadId: d.uploadId as string }, d.fingerprint as string),
          })
          return
        }
        void message.error((e as Error).message)
      }
    },
    [importScorePackage, message, modal],
  )
  return useCallback((file) => doImport(file), [doImport])
}
