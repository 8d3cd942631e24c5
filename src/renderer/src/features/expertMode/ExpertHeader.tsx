import { Layout, Space, Tag, Tooltip, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import type { ExpertWorkspaceInfo } from '../../../../core/domain/expertWorkspace'
import { campaignsSelectors, useWorkbench } from '../../stores'
import { SaveState } from '../../app/SaveState'
import { cnDate } from '../../lib/format'
import { WorkspaceSwitch } from '../start/WorkspaceSwitch'
import { EXPERT_STRINGS as S } from './strings'

/** 专家工作区 · 评审活动 · 签发（秘书处与其密钥指纹） · 有效期至 (red once past), with 切换工作区 and the save state. */
export function ExpertHeader({ info }: { info: ExpertWorkspaceInfo }) {
  const cards = useWorkbench(campaignsSelectors.cards)
  const name = cards.find((c) => c.id === info.campaignId)?.name ?? ''
  const expired = Date.now() > Date.parse(info.expiresAt)
  return (
    <Layout.Header className="app-header expert-header" data-testid="expert-header">
      <Space size={8} className="expert-header-line" wrap={false}>
        <div className="app-brand-mark">评</div>
        <Typography.Text strong data-testid="expert-mode">
          <SafetyCertificateOutlined /> {S.mode}
        </Typography.Text>
        <span className="expert-header-sep">·</span>
        <Typography.Text strong data-testid="expert-campaign" ellipsis={{ tooltip: name }} className="expert-header-campaign">
          {name}
        </Typography.Text>
        <span className="expert-header-sep">·</span>
        <Typography.Text type="secondary" data-testid="expert-issuer">
          {S.issuedBy(info.secretariat.name, info.secretariat.fingerprint)}
        </Typography.Text>
        <span className="expert-header-sep">·</span>
        <Tooltip title={expired ? S.expiredHint : undefined}>
          <Typography.Text type={expired ? 'danger' : 'secondary'} data-testid="expert-expiry" data-expired={expired ? 'true' : 'false'}>
            {S.validUntil(cnDate(info.expiresAt))}
            {expired && (
              <Tag color="red" className="expert-expired-tag">
                {S.expired}
              </Tag>
            )}
          </Typography.Text>
        </Tooltip>
        <WorkspaceSwitch />
      </Space>
      <SaveState />
    </Layout.Header>
  )
}
