import { Alert, Form, Input, Modal, Typography } from 'antd'
import { START_STRINGS as S } from './strings'

export interface PackagePaths {
  file: string
  folder: string
}

/**
 * 打开评审包 in browser mode (issue 11): the package's path and the folder for the expert workspace are
 * typed, like 新建工作区. A refusal (tampered, expired, a folder not empty…) stays in the dialog, in
 * the words of the core, so the expert can read it and correct the path.
 */
export function OpenPackageModal({
  open,
  droppedName,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  open: boolean
  /** a file dropped in browser mode: the page cannot know its path */
  droppedName?: string
  busy: boolean
  error: string | null
  onCancel: () => void
  onSubmit: (v: PackagePaths) => void
}) {
  const [form] = Form.useForm<PackagePaths>()
  return (
    <Modal
      open={open}
      title={S.openPackage}
      okText={S.open}
      cancelText={S.cancel}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'package-open-ok' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{S.openPackageHint}</Typography.Paragraph>
      {droppedName && <Alert type="info" showIcon className="package-dropped" message={S.droppedNoPath(droppedName)} />}
      <Form form={form} layout="vertical" onFinish={onSubmit} preserve={false}>
        <Form.Item name="file" label={S.packageFile} extra={S.packageFileHint} rules={[{ required: true, whitespace: true, message: S.packageFileRequired }]}>
          <Input data-testid="package-file" spellCheck={false} placeholder="…/评审包.wbexp" />
        </Form.Item>
        <Form.Item name="folder" label={S.packageFolder} extra={S.packageFolderHint} rules={[{ required: true, whitespace: true, message: S.folderRequired }]}>
          <Input data-testid="package-folder" spellCheck={false} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon data-testid="package-open-error" message={S.packageRefused} description={error} />}
    </Modal>
  )
}
