import { App, Upload } from 'antd'
import { InboxOutlined } from '@ant-design/icons'
import { formatBytes } from '../../../../core/intake/messages'
import { pickWithMainDialog, type PickedFile } from '../../api'

/**
 * One file chosen by click or drop; nothing is sent here (beforeUpload returns false): the caller
 * uploads it in chunks through the api when the user goes on. In Electron a click opens main's own
 * dialog instead, which stages the file and hands back its uploadId (the renderer never holds a path).
 */
export function FilePick(props: { accept: string; title: string; hint: string; file: PickedFile | null; onPick: (f: PickedFile) => void; testId: string; disabled?: boolean }) {
  const { accept, title, hint, file, onPick, testId, disabled } = props
  const { message } = App.useApp()
  const mainDialog = !!window.files
  const openMainDialog = () => {
    if (!mainDialog || disabled) return
    void pickWithMainDialog(accept, title).then((f) => f && onPick(f), (e: Error) => message.error(e.message))
  }
  return (
    <div data-testid={testId} onClick={openMainDialog}>
      <Upload.Dragger
        accept={accept}
        openFileDialogOnClick={!mainDialog}
        multiple={false}
        showUploadList={false}
        disabled={disabled}
        beforeUpload={(f) => {
          onPick(f)
          return false
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? file.name : title}</p>
        <p className="ant-upload-hint">{file ? formatBytes(file.size) : hint}</p>
      </Upload.Dragger>
    </div>
  )
}
