import { Alert, Descriptions, Typography } from 'antd'
import type { LookupResult } from '../../../../core/api/documents/outputs'
import { cnDateTime } from '../../lib/format'
import { VERIFY_STRINGS as S } from './strings'

/** A verification code's entry in the workspace's register, or 未找到该验证码. */
export function LookupView({ result }: { result: LookupResult }) {
  if (!result.found) return <Alert type="warning" showIcon message={S.notFound} description={result.message} data-testid="lookup-result" data-found="no" />
  const d = result.document
  return (
    <div data-testid="lookup-result" data-found="yes">
      <Alert type="success" showIcon message={S.found} />
      <Descriptions
        size="small"
        column={1}
        bordered
        className="verify-facts"
        items={[
          { key: 'code', label: S.code, children: <Typography.Text code>{d.code}</Typography.Text> },
          { key: 'title', label: S.document, children: d.title },
          { key: 'campaign', label: S.campaign, children: d.campaignName },
          { key: 'subject', label: S.subject, children: d.subject },
          { key: 'signer', label: S.signer, children: S.signerValue(d.signer.name, '评审专家') },
          { key: 'fp', label: S.fingerprint, children: <Typography.Text code>{d.signer.fingerprint}</Typography.Text> },
          { key: 'version', label: S.version, children: S.versionValue(d.submittedVersion) },
          { key: 'signed', label: S.signedAt, children: cnDateTime(d.signedAt) },
          { key: 'issued', label: S.issuedAt, children: cnDateTime(d.issuedAt) },
          { key: 'file', label: S.fileName, children: d.fileName },
          { key: 'hash', label: S.fileHash, children: <Typography.Text className="verify-hash">{d.fileSha256}</Typography.Text> },
        ]}
      />
    </div>
  )
}
