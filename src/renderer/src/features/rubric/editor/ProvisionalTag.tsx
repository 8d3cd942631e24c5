import { Tag, Tooltip } from 'antd'
import { RUBRIC_STRINGS as S } from '../strings'

/**
 * 确认后使用: a threshold that is a default of the template, not an official number. Closing the tag
 * is the committee's confirmation: the line keeps its value and loses the flag.
 */
export function ProvisionalTag({ provisional, onConfirm, testId }: { provisional: boolean | undefined; onConfirm: () => void; testId: string }) {
  if (!provisional) return null
  return (
    <Tooltip title={S.provisionalWhy}>
      <Tag
        color="gold"
        className="provisional-threshold"
        data-testid={testId}
        closable
        closeIcon={<span aria-label={S.provisionalConfirm}>✓</span>}
        onClose={(e) => {
          e.preventDefault()
          onConfirm()
        }}
      >
        {S.provisional}
      </Tag>
    </Tooltip>
  )
}

/** 名额 of an award line in words: "≤ 1 项", "≤ 10%", both joined; '' when none. */
export function quotaText(q: { maxCount?: number; maxShare?: number } | undefined): string {
  if (!q) return ''
  const parts: string[] = []
  if (q.maxCount !== undefined) parts.push(S.quotaCount(q.maxCount))
  if (q.maxShare !== undefined) parts.push(S.quotaShare(Math.round(q.maxShare * 1000) / 10))
  return parts.join('，')
}
