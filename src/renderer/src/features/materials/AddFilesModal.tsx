import { useState } from 'react'
import { Alert, Modal, Progress, Upload } from 'antd'
import { InboxOutlined } from '@ant-design/icons'
import type { Out } from '../../../../core/api/contract'
import { formatBytes } from '../../../../core/intake/messages'
import { useActions } from '../../stores'
import { ADD_FILES_STRINGS as S } from './addFilesStrings'

/** 添加材料: one or more PDFs, images or .docx files sent straight to one submission (checked like a zip's files). */
export function AddFilesModal({ open, onClose, submissionId }: { open: boolean; onClose: () => void; submissionId: string }) {
  const { addMaterialFiles } = useActions()
  const [files, setFiles] = useState<File[]>([])
  const [pct, setPct] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<Out<'materials.addFiles'> | null>(null)
  const busy = pct !== null && !result && !error

  function reset() {
    setFiles([])
    setPct(null)
    setError(null)
    setResult(null)
  }

  async function start() {
    if (result) {
      reset()
      onClose()
      return
    }
    setError(null)
    setPct(0)
    try {
      setResult(await addMaterialFiles(submissionId, files, (sent, total) => setPct(total ? Math.floor((sent / total) * 100) : 100)))
    } catch (e) {
      setError((e as Error).message)
      setPct(null)
    }
  }

  return (
    <Modal
      title={S.title}
      open={open}
      onCancel={() => {
        if (busy) return
        reset()
        onClose()
      }}
      onOk={() => void start()}
      okText={result ? S.done : S.start}
      cancelText={S.cancel}
      okButtonProps={{ disabled: files.length === 0 || busy, loading: busy, 'data-testid': 'add-files-start' }}
      cancelButtonProps={{ disabled: busy }}
      destroyOnHidden
      width={560}
    >
      <div data-testid="add-files-pick">
        <Upload.Dragger
          accept=".pdf,.png,.jpg,.jpeg,.docx"
          multiple
          disabled={busy || !!result}
          showUploadList={false}
          beforeUpload={(f, list) => {
            if (f === list[0]) setFiles((prev) => [...prev, ...list])
            return false
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{S.pick}</p>
          <p className="ant-upload-hint">{S.hint}</p>
        </Upload.Dragger>
      </div>
      {files.length > 0 && (
        <ul className="issue-list" data-testid="add-files-list">
          {files.map((f, i) => (
            <li key={`${f.name}/${i}`}>
              {f.name}（{formatBytes(f.size)}）
            </li>
          ))}
        </ul>
      )}
      {pct !== null && <Progress percent={pct} size="small" status={result ? 'success' : 'active'} data-testid="add-files-progress" />}
      {error && <Alert type="error" showIcon title={error} data-testid="add-files-error" />}
      {result && (
        <Alert
          type={result.skipped.length ? 'warning' : 'success'}
          showIcon
          data-testid="add-files-result"
          title={S.result(result.attached, result.skipped.length)}
          description={
            result.skipped.length + result.problems.length > 0 ? (
              <ul className="issue-list">
                {[...result.skipped, ...result.problems].map((k) => (
                  <li key={`${k.path}/${k.message}`}>{k.message}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </Modal>
  )
}
