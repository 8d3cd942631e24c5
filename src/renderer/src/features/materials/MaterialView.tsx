import { lazy, Suspense } from 'react'
import { Spin } from 'antd'
import type { Material } from '../../../../core/domain/workspace'
import { attachmentUrl } from '../../api'
import { materialKind } from './materialKind'
import { ImageView } from './ImageView'
import { MediaView } from './MediaView'
import { NoPreview } from './NoPreview'
import { DocxTextView } from './DocxTextView'
import './materials.css'

// pdf.js (≈ 0.5 MB) loads with the first PDF shown, not with the app
const PdfView = lazy(() => import('./pdf/PdfView').then((m) => ({ default: m.PdfView })))

/** One material, shown the way its sniffed type allows; nothing from a file is ever put in the page as HTML. */
export function MaterialView({ material, submissionId }: { material: Material; submissionId?: string }) {
  const url = attachmentUrl(material.sha256)
  const kind = materialKind(material.mime)
  switch (kind) {
    case 'pdf':
      return (
        <Suspense fallback={<Spin className="material-spin" />}>
          <PdfView key={material.sha256} url={url} name={material.name} />
        </Suspense>
      )
    case 'image':
      return <ImageView key={material.sha256} url={url} name={material.name} />
    case 'video':
    case 'audio':
      return <MediaView key={material.sha256} url={url} name={material.name} audio={kind === 'audio'} />
    case 'docx':
      return submissionId ? <DocxTextView key={material.sha256} material={material} submissionId={submissionId} /> : <NoPreview material={material} />
    case 'svg':
    case 'office':
    case 'other':
      return <NoPreview material={material} />
  }
}
