import { Form, Input, Modal, Typography } from 'antd'
import { START_STRINGS as S } from './strings'

interface Values {
  name?: string
  path?: string
}

/**
 * 新建工作区 / 打开工作区 details. Browser mode: the folder is typed. Electron: 新建 asks only the name,
 * the folder comes from main's dialog next; 打开 never gets here (the dialog opens at once).
 */
export function FolderModal({ purpose, nativeDialogs, busy, onCancel, onSubmit }: { purpose: 'open' | 'create' | null; nativeDialogs: boolean; busy: boolean; onCancel: () => void; onSubmit: (v: Values) => Promise<void> }) {
  const [form] = Form.useForm<Values>()
  const creating = purpose === 'create'
  return (
    <Modal
      open={purpose !== null}
      title={creating ? S.newWorkspace : S.openWorkspace}
      okText={creating ? S.create : S.open}
      cancelText={S.cancel}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'folder-ok' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void onSubmit(v)} preserve={false}>
        {creating && (
          <Form.Item name="name" label={S.name} rules={[{ required: true, whitespace: true, message: S.nameRequired }, { max: 60 }]}>
            <Input placeholder={S.namePlaceholder} maxLength={60} data-testid="folder-name" />
          </Form.Item>
        )}
        {nativeDialogs ? (
          <Typography.Paragraph type="secondary">{S.chooseFolderNext}</Typography.Paragraph>
        ) : (
          <Form.Item name="path" label={S.folder} extra={creating ? S.folderCreateHint : S.folderOpenHint} rules={[{ required: true, whitespace: true, message: S.folderRequired }]}>
            <Input data-testid="folder-path" spellCheck={false} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
