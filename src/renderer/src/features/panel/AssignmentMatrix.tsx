import { useState } from 'react'
import { Button, Card, Space, Table, Tag, Tooltip } from 'antd'
import { CloseOutlined, CrownOutlined, PlusOutlined } from '@ant-design/icons'
import type { AssignmentView } from '../../../../core/api/outputs'
import { campaignExperts, expertsSelectors, panelSelectors, sessionSelectors, useWorkbench } from '../../stores'
import { ChangeAssignmentModal, type ChangeTarget } from './ChangeAssignmentModal'
import { ExpertLoad } from './ExpertLoad'
import { PANEL_STRINGS as S } from './strings'

type Row = AssignmentView['rows'][number]

/** 分配结果: one row per submission with its 专家组 (组长 marked), 加入 and 移出 with a reason; the load beside. */
export function AssignmentMatrix() {
  const view = useWorkbench(panelSelectors.assignment)
  const pool = useWorkbench(expertsSelectors.pool)
  const groups = useWorkbench(sessionSelectors.groups)
  const [target, setTarget] = useState<ChangeTarget | null>(null)
  const name = (id: string) => campaignExperts(pool, [id])[0]!.name
  const size = view?.settings.size ?? 0

  return (
    <Card size="small" title={S.matrixTitle} data-testid="assignment-matrix">
      <div className="matrix-layout">
        <Table<Row>
          className="matrix-table"
          size="small"
          loading={!view}
          rowKey="submissionId"
          dataSource={view?.rows ?? []}
          // paged, not scrolled: the secretary works through the panels row by row (加入, 移出, 组长), and a
          // page of 20 rows of up to 7 members each renders at once (issue 14); more per page on request
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
          locale={{ emptyText: S.noAssignments }}
          onRow={(r) => ({ 'data-testid': `panel-row-${r.submissionId}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: S.colSchool, dataIndex: 'school', width: 220 },
            { title: S.colProgram, dataIndex: 'program', width: 170 },
            { title: S.colGroup, dataIndex: 'groupId', width: 150, render: (id: string) => groups.find((g) => g.id === id)?.name ?? id },
            {
              title: S.colPanel,
              render: (_, r) => (
                <Space size={[4, 4]} wrap>
                  {r.expertIds.map((id) => (
                    <Tag
                      key={id}
                      data-testid="panel-member"
                      color={r.chairId === id ? 'gold' : undefined}
                      icon={r.chairId === id ? <CrownOutlined /> : undefined}
                      closable
                      closeIcon={
                        <Tooltip title={S.removeMember}>
                          <CloseOutlined data-testid="panel-member-remove" aria-label={S.removeMember} />
                        </Tooltip>
                      }
                      onClose={(e) => {
                        e.preventDefault()
                        setTarget({ submissionId: r.submissionId, remove: id })
                      }}
                    >
                      {name(id)}
                      {r.chairId === id ? (
                        <span className="chair-mark">{S.chair}</span>
                      ) : (
                        <Tooltip title={S.makeChair}>
                          <CrownOutlined
                            className="make-chair"
                            data-testid="panel-make-chair"
                            aria-label={S.makeChair}
                            onClick={() => setTarget({ submissionId: r.submissionId, chair: id })}
                          />
                        </Tooltip>
                      )}
                    </Tag>
                  ))}
                  <Tooltip title={S.addMember}>
                    <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setTarget({ submissionId: r.submissionId })} aria-label={S.addMember} data-testid="panel-add" />
                  </Tooltip>
                </Space>
              ),
            },
            {
              title: S.colSize,
              width: 80,
              className: 'num',
              render: (_, r) => (
                <span data-testid="panel-size-cell">
                  {r.expertIds.length}/{size}
                  {r.short && r.expertIds.length > 0 && <Tag color="orange" className="short-tag">{S.short}</Tag>}
                </span>
              ),
            },
          ]}
        />
        <ExpertLoad />
      </div>
      <ChangeAssignmentModal target={target} onClose={() => setTarget(null)} />
    </Card>
  )
}
