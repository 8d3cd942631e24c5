import { useEffect, useState } from 'react'
import { Alert, Button, List, Modal, Typography } from 'antd'
import { createClient, DAMAGED_FILE_EVENT } from '../api'
import { cnDateTime } from '../lib/format'

const S = {
  title: '工作区文件已损坏',
  intro: '该文件未被改动，也不会被覆盖。可以用它最近的备份替换它；损坏的文件会另存在 .backups/damaged 中，不会删除。',
  noBackup: '这个文件没有可用的备份。请联系技术支持，或从其他电脑上的副本恢复。',
  restore: '恢复这个备份',
  restored: '已恢复。页面将重新载入。',
  later: '稍后处理',
  backupsTitle: '可用的备份（最新在前）',
}

interface Damaged {
  message: string
  file?: string
}

/**
 * docs/design/architecture.md: "a file that fails to parse is never overwritten: the user is told, and offered
 * the last backup". Listens for the client's damaged-file event from any call.
 */
export function DamagedFileDialog() {
  const [damaged, setDamaged] = useState<Damaged | null>(null)
  const [backups, setBackups] = useState<Array<{ name: string; takenAt: string }>>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const on = (e: Event) => {
      const d = (e as CustomEvent<Damaged>).detail
      setDamaged((cur) => cur ?? d)
    }
    window.addEventListener(DAMAGED_FILE_EVENT, on)
    return () => window.removeEventListener(DAMAGED_FILE_EVENT, on)
  }, [])

  useEffect(() => {
    if (!damaged?.file) return
    void createClient()['workspace.listBackups']({ file: damaged.file }).then(setBackups, () => setBackups([]))
  }, [damaged])

  const restore = async (name: string) => {
    if (!damaged?.file) return
    setBusy(true)
    try {
      await createClient()['workspace.restoreBackup']({ file: damaged.file, backup: name })
      window.location.reload()
    } catch (e) {
      setError((e as Error).message)
      setBusy(false)
    }
  }

  return (
    <Modal open={!!damaged} title={S.title} onCancel={() => setDamaged(null)} footer={<Button onClick={() => setDamaged(null)}>{S.later}</Button>} width={620}>
      <Alert type="error" showIcon message={damaged?.message} style={{ marginBottom: 12 }} />
      <Typography.Paragraph type="secondary">{S.intro}</Typography.Paragraph>
      {error && <Alert type="warning" showIcon message={error} style={{ marginBottom: 12 }} />}
      {backups.length === 0 ? (
        <Typography.Text>{S.noBackup}</Typography.Text>
      ) : (
        <List
          header={S.backupsTitle}
          size="small"
          bordered
          dataSource={backups}
          renderItem={(b, i) => (
            <List.Item
              data-testid={`backup-${i}`}
              actions={[
                <Button key="r" type={i === 0 ? 'primary' : 'default'} size="small" loading={busy} onClick={() => void restore(b.name)}>
                  {S.restore}
                </Button>,
              ]}
            >
              {b.takenAt ? cnDateTime(b.takenAt) : b.name}
            </List.Item>
          )}
        />
      )}
    </Modal>
  )
}
