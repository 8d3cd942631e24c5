import { Result, Typography } from 'antd'
import { FileTextOutlined, StopOutlined } from '@ant-design/icons'
import type { Material } from '../../../../core/domain/workspace'
import { formatBytes } from '../../../../core/intake/messages'
import { materialKind } from './materialKind'
import { MATERIALS_STRINGS as S } from './strings'

/**
 * A material shown by name only: Office files (no text extraction in the api yet; HTML from them is
 * never put in the page) and SVG (refused).
 */
export function NoPreview({ material }: { material: Material }) {
  const kind = materialKind(material.mime)
  return (
    <Result
      className="material-nopreview"
      data-testid="material-nopreview"
      icon={kind === 'svg' ? <StopOutlined /> : <FileTextOutlined />}
      title={kind === 'docx' ? S.docxTitle : S.kind[kind]}
      subTitle={
        <>
          <Typography.Text className="material-name">{S.fileLine(material.name, formatBytes(material.size))}</Typography.Text>
          <br />
          {kind === 'svg' ? S.svgRefused : S.noInlinePreview}
        </>
      }
    />
  )
}
