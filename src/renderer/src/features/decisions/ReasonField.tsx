import { Input } from 'antd'
import { DECISIONS_STRINGS as S } from './strings'

/** The reason a decision after 公示 must give (shown only then); `required` makes it always shown. */
export function ReasonField({ locked, required, value, onChange, testId }: { locked: boolean; required?: boolean; value: string; onChange: (v: string) => void; testId: string }) {
  if (!locked && !required) return null
  return (
    <div>
      <div>{required ? S.reason : S.laterReason}</div>
      <Input.TextArea data-testid={testId} value={value} maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder={S.reasonPlaceholder} onChange={(e) => onChange(e.target.value)} />
    </div>
  )
}
