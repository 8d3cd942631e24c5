import { Button, Popover, Space, Tag, Typography } from 'antd'
import type { Expert } from '../../../../core/domain/workspace'
import { cnDate } from '../../lib/format'
import { SIGNING_STRINGS as S } from './strings'

/** The 签名密钥 cell of the roster: the fingerprint (history on hover) and the buttons 更换密钥 and 签名图片. */
export function SigningCell({ expert: e, onReplace, onImage }: { expert: Expert; onReplace: () => void; onImage: () => void }) {
  const history = e.keyHistory ?? []
  return (
    <div className="signing-cell" data-testid={`signing-cell-${e.id}`}>
      <Space size={4} wrap>
        {e.fingerprint ? <Typography.Text code data-testid={`fingerprint-${e.id}`}>{e.fingerprint}</Typography.Text> : <Tag>{S.noKey}</Tag>}
        {history.length > 0 && (
          <Popover title={S.historyTitle} content={<ul className="expert-conflict-lines">{history.map((h) => <li key={h.fingerprint}>{S.historyLine(h.fingerprint, cnDate(h.validTo), h.reason)}</li>)}</ul>}>
            <Tag className="dotted">{S.retired(history.length)}</Tag>
          </Popover>
        )}
        {e.signatureImage && <Tag color="blue" bordered={false}>{S.imageSet}</Tag>}
      </Space>
      <div>
        {e.fingerprint && (
          <Button size="small" type="link" onClick={onReplace} data-testid={`replace-key-${e.id}`}>
            {S.replace}
          </Button>
        )}
        <Button size="small" type="link" onClick={onImage} data-testid={`signature-image-${e.id}`}>
          {S.image}
        </Button>
      </div>
    </div>
  )
}
