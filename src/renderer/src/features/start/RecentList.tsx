import { Button, List, Tag, Tooltip, Typography } from 'antd'
import dayjs from 'dayjs'
import type { RecentWorkspaceView } from '../../../../main/shell/contract'
import { START_STRINGS as S } from './strings'

/** 最近使用的工作区: name, folder, last opened; a missing folder is marked and can only be removed. */
export function RecentList({ recent, busy, onOpen, onForget }: { recent: RecentWorkspaceView[]; busy: boolean; onOpen: (path: string) => void; onForget: (path: string) => void }) {
  return (
    <List
      data-testid="recent-list"
      className="recent-list"
      bordered
      locale={{ emptyText: S.noRecent }}
      dataSource={recent}
      renderItem={(r) => (
        <List.Item
          data-testid="recent-item"
          data-missing={r.missing ? 'true' : 'false'}
          className={r.missing ? 'recent-missing' : 'recent-ok'}
          actions={[
            r.missing ? null : (
              <Button key="open" type="link" disabled={busy} onClick={() => onOpen(r.path)} data-testid="recent-open">
                {S.open}
              </Button>
            ),
            <Button key="forget" type="link" danger={r.missing} disabled={busy} onClick={() => onForget(r.path)} data-testid="recent-forget">
              {S.forget}
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={
              <span>
                {r.missing ? (
                  <Typography.Text strong>{r.name}</Typography.Text>
                ) : (
                  <Typography.Link strong onClick={() => !busy && onOpen(r.path)} data-testid="recent-name">
                    {r.name}
                  </Typography.Link>
                )}
                {r.missing && (
                  <Tooltip title={S.missingHint}>
                    <Tag color="error" className="recent-missing-tag" data-testid="recent-missing">
                      {S.missing}
                    </Tag>
                  </Tooltip>
                )}
              </span>
            }
            description={
              <>
                <Typography.Text type="secondary" className="recent-path" ellipsis={{ tooltip: r.path }}>
                  {r.path}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary">{S.lastOpened(dayjs(r.lastOpened).format('YYYY-MM-DD HH:mm'))}</Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  )
}
