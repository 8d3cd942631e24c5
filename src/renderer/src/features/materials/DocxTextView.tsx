import { useEffect, useState } from 'react'
import { Alert, Spin, Typography } from 'antd'
import type { Material } from '../../../../core/domain/workspace'
import { useActions } from '../../stores'
import { MATERIALS_STRINGS as S } from './strings'

/**
 * A .docx shown as its paragraphs of plain text, read by the core (materials.preview): React renders
 * them as text, so nothing from the file ever reaches the page as HTML (docs/design/hostile-inputs.md §6).
 */
export function DocxTextView({ material, submissionId }: { material: Material; submissionId: string }) {
  const { docxText } = useActions()
  const [text, setText] = useState<{ paragraphs: string[]; truncated: boolean } | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    docxText(submissionId, material.sha256).then(
      (t) => live && setText(t),
      (e: Error) => live && setError(e.message),
    )
    return () => {
      live = false
    }
  }, [docxText, submissionId, material.sha256])

  if (error) return <Alert type="warning" showIcon message={error} />
  if (!text) return <Spin className="material-spin" />
  return (
    <div className="material-docx" data-testid="docx-text">
      {text.truncated && <Alert type="info" showIcon message={S.docxTruncated} style={{ marginBottom: 8 }} />}
      {text.paragraphs.map((p, i) => (
        <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-wrap', marginBottom: 6 }}>
          {p || '\u00a0'}
        </Typography.Paragraph>
      ))}
    </div>
  )
}
