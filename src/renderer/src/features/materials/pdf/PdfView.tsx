import { useEffect, useState } from 'react'
import { Alert, Button, Space, Spin, Tooltip, Typography } from 'antd'
import { ColumnWidthOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons'
import { usePdfDocument } from './usePdfDocument'
import { PdfPage } from './PdfPage'
import { PdfNav } from './PdfNav'
import { useElementWidth } from '../useElementWidth'
import { MATERIALS_STRINGS as S } from '../strings'

/** Pages shown at most (docs/design/hostile-inputs.md: cap pages); the rest are named, not drawn. */
export const MAX_PDF_PAGES = 500
const ZOOMS = [0.5, 0.67, 0.8, 0.9, 1, 1.25, 1.5, 2, 3]
const PAGE_GUTTER = 24

/** A PDF material: pages stacked in a scrolling column, fitted to the width, with zoom. */
export function PdfView({ url, name }: { url: string; name: string }) {
  const { doc, error } = usePdfDocument(url, name)
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null)
  const width = useElementWidth(scroller)
  const [zoom, setZoom] = useState(1)
  const [aspect, setAspect] = useState(Math.SQRT2)
  const [current, setCurrent] = useState(1)

  // the current page: the last one whose top is above the upper third of the viewer
  useEffect(() => {
    if (!scroller) return
    const onScroll = () => {
      const mark = scroller.scrollTop + scroller.clientHeight / 3
      let page = 1
      for (const el of scroller.querySelectorAll<HTMLElement>('[data-page]')) {
        if (el.offsetTop - scroller.offsetTop <= mark) page = Number(el.dataset.page)
        else break
      }
      setCurrent(page)
    }
    scroller.addEventListener('scroll', onScroll, { passive: true })
    return () => scroller.removeEventListener('scroll', onScroll)
  }, [scroller])

  useEffect(() => {
    if (!doc) return
    let live = true
    void doc.getPage(1).then((p) => {
      const v = p.getViewport({ scale: 1 })
      if (live) setAspect(v.height / v.width)
    })
    return () => {
      live = false
    }
  }, [doc])

  if (error) return <Alert type="error" showIcon title={error} className="material-alert" data-testid="pdf-error" />
  const pages = doc ? Math.min(doc.numPages, MAX_PDF_PAGES) : 0
  const pageWidth = Math.max(0, Math.floor((width - PAGE_GUTTER) * zoom))
  const goTo = (page: number) => {
    const el = scroller?.querySelector<HTMLElement>(`[data-page="${page}"]`)
    if (!scroller || !el) return
    scroller.scrollTop = el.offsetTop - scroller.offsetTop
    setCurrent(page)
  }
  const step = (dir: 1 | -1) => setZoom((z) => ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, ZOOMS.findIndex((x) => x >= z) + dir))]!)

  return (
    <div className="pdf-view" data-testid="pdf-view">
      <div className="pdf-toolbar">
        {doc ? (
          <PdfNav doc={doc} pages={pages} current={current} goTo={goTo} />
        ) : (
          <Typography.Text type="secondary" className="small" data-testid="pdf-pages">
            {S.loading}
          </Typography.Text>
        )}
        <Space size={2}>
          <Tooltip title={S.zoomOut}>
            <Button size="small" type="text" icon={<ZoomOutOutlined />} onClick={() => step(-1)} aria-label={S.zoomOut} />
          </Tooltip>
          <span className="pdf-zoom num">{Math.round(zoom * 100)}%</span>
          <Tooltip title={S.zoomIn}>
            <Button size="small" type="text" icon={<ZoomInOutlined />} onClick={() => step(1)} aria-label={S.zoomIn} />
          </Tooltip>
          <Tooltip title={S.fitWidth}>
            <Button size="small" type="text" icon={<ColumnWidthOutlined />} onClick={() => setZoom(1)} aria-label={S.fitWidth} />
          </Tooltip>
        </Space>
      </div>
      {doc && doc.numPages > MAX_PDF_PAGES && <Alert type="info" showIcon banner title={S.pdfCapped(doc.numPages, MAX_PDF_PAGES)} />}
      <div className="pdf-scroll" ref={setScroller}>
        {!doc && <Spin className="material-spin" />}
        {doc &&
          pageWidth > 0 &&
          Array.from({ length: pages }, (_, i) => (
            <PdfPage key={i + 1} doc={doc} pageNumber={i + 1} width={pageWidth} aspect={aspect} root={scroller} />
          ))}
      </div>
    </div>
  )
}
