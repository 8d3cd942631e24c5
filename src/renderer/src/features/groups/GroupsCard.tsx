import { useState } from 'react'
import { Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { CollaborationGroup } from '../../../../core/domain/workspace'
import { sessionSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { useBusyRun } from '../../app/useBusyRun'
import { GROUPS_STRINGS as S } from './strings'

/** The date part of an ISO time, as a secretary writes it (2026-11-29). */
const day = (iso: string) => iso.slice(0, 10)

/** 新增 / 重命名: one name field; `group` set means rename. */
function NameModal({ group, open, onClose }: { group: CollaborationGroup | null; open: boolean; onClose: () => void }) {
  const { addGroup, renameGroup } = useActions()
  const { run, busy } = useBusyRun()
  const [form] = Form.useForm<{ name: string }>()
  async function submit({ name }: { name: string }) {
    const done = group ? await run(() => renameGroup(group.id, name.trim()).then(() => true), S.renamed) : await run(() => addGroup(name.trim()).then(() => true), S.added)
    if (done) onClose()
  }
  return (
    <Modal
      title={group ? S.renameTitle(group.name) : S.addTitle}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={S.ok}
      cancelText={S.cancel}
      okButtonProps={{ 'data-testid': 'group-name-ok' }}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ name: group?.name ?? '' }}>
        <Form.Item name="name" label={S.name} rules={[{ required: true, whitespace: true, message: S.nameRequired }]} extra={group ? S.renameHint : undefined}>
          <Input maxLength={40} autoFocus data-testid="group-name-input" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** 专业建设协作组 as editable master data: list, 新增, 重命名 (with 曾用名), 停用 / 恢复. */
export function GroupsCard() {
  const groups = useWorkbench(sessionSelectors.groups)
  const { retireGroup } = useActions()
  const run = useRun()
  const [editing, setEditing] = useState<{ group: CollaborationGroup | null } | null>(null)
  const retired = groups.filter((g) => g.retiredAt).length
  return (
    <Card
      size="small"
      data-testid="groups-card"
      title={
        <Space size={12} align="baseline">
          <span>{S.title}</span>
          <Typography.Text type="secondary">{S.count(groups.length - retired, retired)}</Typography.Text>
        </Space>
      }
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ group: null })} data-testid="group-add">
          {S.add}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{S.hint}</Typography.Paragraph>
      <Table<CollaborationGroup>
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={groups}
        onRow={(g) => ({ 'data-testid': `group-row-${g.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: S.name, width: 280, render: (_, g) => <Typography.Text delete={!!g.retiredAt}>{g.name}</Typography.Text> },
          {
            title: S.history,
            render: (_, g) =>
              g.history.length ? (
                <span data-testid={`group-history-${g.id}`}>{g.history.map((h) => S.historyItem(h.name, day(h.until))).join('；')}</span>
              ) : (
                <span className="muted">{S.noHistory}</span>
              ),
          },
          {
            title: S.status,
            width: 170,
            render: (_, g) => (g.retiredAt ? <Tag>{S.retired(day(g.retiredAt))}</Tag> : <Tag color="green">{S.active}</Tag>),
          },
          {
            title: S.actions,
            width: 140,
            render: (_, g) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setEditing({ group: g })} data-testid={`group-rename-${g.id}`}>
                  {S.rename}
                </Button>
                {g.retiredAt ? (
                  <Button size="small" type="link" onClick={() => void run(() => retireGroup(g.id, false), S.restored)} data-testid={`group-restore-${g.id}`}>
                    {S.restore}
                  </Button>
                ) : (
                  <Popconfirm title={S.retireConfirm(g.name)} okText={S.retire} cancelText={S.cancel} onConfirm={() => run(() => retireGroup(g.id, true), S.retiredDone)}>
                    <Button size="small" type="link" danger data-testid={`group-retire-${g.id}`}>
                      {S.retire}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <NameModal open={!!editing} group={editing?.group ?? null} onClose={() => setEditing(null)} />
    </Card>
  )
}
