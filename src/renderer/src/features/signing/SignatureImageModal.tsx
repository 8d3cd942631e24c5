import { useEffect, useRef, useState } from 'react'
import { Alert, App, Button, Modal, Space, Typography } from 'antd'
import { DeleteOutlined, PictureOutlined, UndoOutlined } from '@ant-design/icons'
import type { Expert } from '../../../../core/domain/workspace'
import { useActions } from '../../stores'
import { SignaturePad, type SignaturePadHandle } from './SignaturePad'
import { SIGNING_STRINGS as S } from './strings'
import './signing.css'

/** 签名图片: the current image, a pad to write a new one, an import of a scanned PNG/JPEG, and removal. */
export function SignatureImageModal({ expert, onClose }: { expert: Expert | null; onClose: () => void }) {
  const { message } = App.useApp()
  const { setSignatureImage, clearSignatureImage, signatureImage } = useActions()
  const pad = useRef<SignaturePadHandle>(null)
  const input = useRef<HTMLInputElement>(null)
  const [current, setCurrent] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const expertId = expert?.id
  const sha = expert?.signatureImage?.sha256

  useEffect(() => {
    setCurrent(null)
    if (expertId && sha) void signatureImage(expertId).then(setCurrent, () => setCurrent(null))
  }, [expertId, sha, signatureImage])

  const run = async (what: () => Promise<void>, done: string) => {
    setBusy(true)
    setError(null)
    try {
      await what()
      void message.success(done)
      pad.current?.clear()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const saveDrawing = () => {
    const dataUrl = pad.current?.toDataUrl()
    if (!dataUrl) return setError(S.emptyDrawing)
    void run(() => setSignatureImage(expertId!, { dataUrl }), S.saved)
  }

  return (
    <Modal open={!!expert} title={expert ? S.imageTitle(expert.name) : ''} footer={null} onCancel={onClose} width={560} destroyOnHidden>
      <Typography.Paragraph type="secondary">{S.imageIntro}</Typography.Paragraph>
      <div className="signature-current" data-testid="signature-current">
        <Typography.Text strong>{S.currentImage}：</Typography.Text>
        {current ? <img src={current} alt={S.currentImage} className="signature-preview" /> : <Typography.Text type="secondary">{S.noImage}</Typography.Text>}
      </div>
      <div className="signature-pad-label">{S.drawHere}</div>
      <SignaturePad ref={pad} />
      <Space className="signature-actions" wrap>
        <Button type="primary" loading={busy} onClick={saveDrawing} data-testid="signature-save">
          {S.saveDrawing}
        </Button>
        <Button icon={<UndoOutlined />} onClick={() => pad.current?.clear()} data-testid="signature-clear-pad">
          {S.clearPad}
        </Button>
        <Button icon={<PictureOutlined />} onClick={() => input.current?.click()} disabled={busy} data-testid="signature-import">
          {S.importImage}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".png,.jpg,.jpeg,image/png,image/jpeg"
          hidden
          data-testid="signature-import-input"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void run(() => setSignatureImage(expertId!, { file }), S.saved)
          }}
        />
        {sha && (
          <Button danger icon={<DeleteOutlined />} disabled={busy} onClick={() => void run(() => clearSignatureImage(expertId!), S.removed)} data-testid="signature-remove">
            {S.removeImage}
          </Button>
        )}
      </Space>
      {error && <Alert type="error" showIcon message={error} className="signature-error" data-testid="signature-error" />}
    </Modal>
  )
}
