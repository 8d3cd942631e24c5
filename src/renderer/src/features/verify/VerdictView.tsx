import { Alert, Descriptions, Typography } from 'antd'
import type { DocumentVerdict } from '../../../../core/api/documents/outputs'
import { cnDateTime } from '../../lib/format'
import { VERIFY_STRINGS as S } from './strings'

/** The verdict on a dropped file: green 真实、未被修改 or red with each reason; who signed, when, with which key. */
export function VerdictView({ verdict: v }: { verdict: DocumentVerdict }) {
  const claimed = v.authentic ? '' : S.claimed
  const items = [
    { key: 'file', label: S.file, children: v.fileName },
    v.title && { key: 'title', label: S.document, children: v.title },
    v.signer && { key: 'signer', label: S.signer, children: <span data-testid="verdict-signer">{S.signerValue(v.signer.name, v.signer.roleLabel) + claimed}</span> },
    v.signer && { key: 'at', label: S.signedAt, children: cnDateTime(v.signer.signedAt) },
    v.signer?.submittedVersion && { key: 'version', label: S.version, children: S.versionValue(v.signer.submittedVersion) },
    v.signer && { key: 'fp', label: S.fingerprint, children: <Typography.Text code data-testid="verdict-fingerprint">{v.signer.fingerprint}</Typography.Text> },
    v.workspaceFingerprint && { key: 'seal', label: S.seal, children: S.sealValue(v.workspaceFingerprint) },
    v.thisWorkspace !== null && { key: 'ours', label: S.thisWorkspace, children: v.thisWorkspace ? S.thisWorkspaceYes : S.thisWorkspaceNo },
    v.verificationCode && { key: 'code', label: S.code, children: <Typography.Text code copyable data-testid="verdict-code">{v.verificationCode}</Typography.Text> },
  ].filter((x) => !!x)
  return (
    <div className="verify-verdict" data-testid="verify-verdict" data-authentic={v.authentic ? 'yes' : 'no'}>
      {v.authentic ? (
        <Alert type="success" showIcon message={<strong>{S.authentic}</strong>} description={S.authenticSub(v.kind)} />
      ) : (
        <Alert
          type="error"
          showIcon
          message={<strong>{S.refused}</strong>}
          description={
            <>
              <div>{S.refusedSub}</div>
              <ul className="verify-reasons" data-testid="verify-reasons">
                {v.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          }
        />
      )}
      <Descriptions size="small" column={1} bordered className="verify-facts" items={items} />
      <Typography.Paragraph type="secondary" className="verify-label">
        {v.label}
      </Typography.Paragraph>
    </div>
  )
}
