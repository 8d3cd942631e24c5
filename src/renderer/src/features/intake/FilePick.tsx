import { Upload } from 'antd'
import { InboxOutlined } from '@ant-design/icons'
import { formatBytes } from '../../../../core/intake/messages'

/**
 * One file chosen by click or drop; nothing is sent here (beforeUpload returns false): the caller
 * uploads it in chunks through the api when the user goes on.
 */
export function FilePick(props: { accept: string; title: string; hint: string; file: File | null; onPick: (f: File) => void; testId: string; disabled?: boolean }) {
  const { accept, title, hint, file, onPick, testId, disabled } = props
  return (
    <div data-testid={testId}>
      <Upload.Dragger
        accept={accept}
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
