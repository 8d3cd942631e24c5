import { useEffect, useRef, useState } from 'react'
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist'
import { MATERIALS_STRINGS as S } from '../strings'

/** Canvas pixels per page at most (a 2× render of a huge page would take hundreds of MB). */
const MAX_CANVAS_PIXELS = 16_000_000

/**
 * One page, drawn only while it is near the visible part of the viewer and released when it scrolls
 * far away, so a 500-page file costs a few canvases, not 500. Until drawn it keeps its place with the
 * first page's proportions.
 */
export function PdfPage(props: { doc: PDFDocumentProxy; pageNumber: number; width: number; aspect: number; root: HTMLElement | null }) {
  const { doc, pageNumber, width, root } = props
  const boxRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [near, setNear] = useState(false)
  const [aspect, setAspect] = useState(props.aspect)
  const [state, setState] = useState<'idle' | 'rendered' | 'failed'>('idle')

  useEffect(() => {
    const box = boxRef.current
    if (!box || !root) return
    const io = new IntersectionObserver(([entry]) => setNear(!!entry?.isIntersecting), { root, rootMargin: '600px 0px' })
    io.observe(box)
    return () => io.disconnect()
  }, [root])

  useEffect(() => {
    if (!near || width <= 0) return
    let live = true
    let task: RenderTask | null = null
    void doc
      .getPage(pageNumber)
      .then((page) => {
        const canvas = canvasRef.current
        if (!live || !canvas) return
        const natural = page.getViewport({ scale: 1 })
        const viewport = page.getViewport({ scale: width / natural.width })
        const want = Math.min(window.devicePixelRatio || 1, 2)
        const ratio = Math.min(want, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)))
        canvas.width = Math.max(1, Math.floor(viewport.width * ratio))
        canvas.height = Math.max(1, Math.floor(viewport.height * ratio))
        canvas.style.width = `${Math.floor(viewport.width)}px`
        canvas.style.height = `${Math.floor(viewport.height)}px`
        setAspect(natural.height / natural.width)
        task = page.render({ canvasContext: canvas.getContext('2d')!, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined })
        return task.promise
      })
      .then(
        () => live && task && setState('rendered'),
        (e: { name?: string }) => live && e?.name !== 'RenderingCancelledException' && setState('failed'),
      )
    return () => {
      live = false
      task?.cancel()
      setState('idle')
    }
  }, [near, doc, pageNumber, width])

  return (
    <div
      ref={boxRef}
      className="pdf-page"
      style={{ width, height: Math.round(width * aspect) }}
      data-page={pageNumber}
      data-rendered={state === 'rendered'}
      data-testid={`pdf-page-${pageNumber}`}
    >
      {near && <canvas ref={canvasRef} data-testid="pdf-canvas" />}
      {state === 'failed' && <div className="pdf-page-failed">{S.pageFailed(pageNumber)}</div>}
    </div>
  )
}
