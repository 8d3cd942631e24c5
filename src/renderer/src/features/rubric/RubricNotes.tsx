import { Collapse, Timeline, Typography } from 'antd'
import type { Campaign } from '../../../../core/domain/workspace'
import { cnDateTime } from './dateTime'
import { RUBRIC_STRINGS as S } from './strings'

/** 修改记录: the change note of every version, newest first; the header shows the latest. */
export function RubricNotes({ campaign }: { campaign: Campaign }) {
  const notes = [...campaign.rubricNotes].reverse()
  if (!notes.length) return null
  const latest = notes[0]!
  return (
    <Collapse
      size="small"
      data-testid="rubric-notes"
      items={[
        {
          key: 'notes',
          label: (
            <span>
              <Typography.Text strong>{`${S.notes}（${notes.length}）`}</Typography.Text>
              <Typography.Text type="secondary" className="rubric-notes-latest" data-testid="rubric-note-latest">
                {`${S.noteLine(latest.version)} · ${cnDateTime(latest.at)} · ${latest.note}`}
              </Typography.Text>
            </span>
          ),
          children: (
            <Timeline
              className="rubric-notes-timeline"
              items={notes.map((n, i) => ({
                key: i,
                color: i === 0 ? 'blue' : 'gray',
                content: (
                  <div>
                    <Typography.Text strong>{S.noteLine(n.version)}</Typography.Text>
                    <Typography.Text type="secondary"> · {cnDateTime(n.at)}</Typography.Text>
                    <div>{n.note}</div>
                  </div>
                ),
              }))}
            />
          ),
        },
      ]}
    />
  )
}
