import { Button, Space, Tag, Typography } from 'antd'
import { EditOutlined, EyeOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons'
import type { Campaign } from '../../../../core/domain/workspace'
import { rubricSelectors, useActions, useWorkbench } from '../../stores'
import { RubricExchange } from './exchange/RubricExchange'
import { SaveRubricButton } from './editor/SaveRubricButton'
import { DiscardButton } from './editor/DiscardButton'
import { cnDateTime } from './dateTime'
import { RUBRIC_STRINGS as S } from './strings'

/**
 * The rubric's state and what can be done with it: version, frozen or not, preview, exchange, and
 * 编辑 — or, while editing, 放弃修改 and 保存.
 */
export function RubricStatusBar({ campaign, onPreview }: { campaign: Campaign; onPreview: () => void }) {
  const draft = useWorkbench(rubricSelectors.draft)
  const dirty = useWorkbench(rubricSelectors.dirty)
  const { startRubricEdit } = useActions()
  const frozenAt = campaign.rubricFrozenAt
  return (
    <div className="rubric-status" data-testid="rubric-status">
      <Space size={10} align="center" wrap>
        <Typography.Text strong className="rubric-status-name">
          {campaign.rubric.name}
        </Typography.Text>
        <Tag color="blue" data-testid="rubric-version" data-version={campaign.rubric.version}>
          {S.versionTag(campaign.rubric.version)}
        </Tag>
        {frozenAt ? (
          <Tag icon={<LockOutlined />} color="orange" data-testid="rubric-frozen" data-frozen="true">
            {S.frozen}
          </Tag>
        ) : (
          <Tag icon={<UnlockOutlined />} color="green" data-testid="rubric-frozen" data-frozen="false">
            {S.notFrozen}
          </Tag>
        )}
        <Typography.Text type="secondary" className="small">
          {frozenAt ? S.frozenSince(cnDateTime(frozenAt)) : S.notFrozenHint}
        </Typography.Text>
        {draft && (
          <Tag color={dirty ? 'gold' : 'default'} data-testid="rubric-dirty" data-dirty={dirty}>
            {dirty ? S.unsaved : `${S.editing} · ${S.noChanges}`}
          </Tag>
        )}
      </Space>
      <Space size={8} wrap className="rubric-status-actions">
        <Button icon={<EyeOutlined />} onClick={onPreview} data-testid="rubric-preview">
          {S.preview}
        </Button>
        <RubricExchange campaign={campaign} />
        {draft ? (
          <>
            <DiscardButton />
            <SaveRubricButton campaign={campaign} />
          </>
        ) : (
          <Button type="primary" icon={<EditOutlined />} onClick={() => startRubricEdit()} data-testid="rubric-edit">
            {S.edit}
          </Button>
        )}
      </Space>
    </div>
  )
}
