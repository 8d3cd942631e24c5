import { forwardRef, useImperativeHandle, useRef } from 'react'

/** What the pad's owner can do: clear it, and take the drawing as a PNG data URL (null when nothing is drawn). */
export interface SignaturePadHandle {
  clear: () => void
  toDataUrl: () => string | null
}

const WIDTH = 480
const HEIGHT = 160

/**
 * A canvas to write a signature on with mouse, pen or finger (pointer events). Transparent
 * background, dark ink; the PNG is trimmed to the ink with a small margin, so the 专家评分表 shows the
 * signature rather than an empty box.
 */
export const SignaturePad = forwardRef<SignaturePadHandle>(function SignaturePad(_props, ref) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const drawing = useRef(false)
  const inked = useRef(false)

  const ctx = () => canvas.current?.getContext('2d') ?? null
  const at = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect()
    return { x: ((e.clientX - r.left) * WIDTH) / r.width, y: ((e.clientY - r.top) * HEIGHT) / r.height }
  }

  useImperativeHandle(ref, () => ({
    clear: () => {
      ctx()?.clearRect(0, 0, WIDTH, HEIGHT)
      inked.current = false
    },
    toDataUrl: () => (inked.current && canvas.current ? trimmedPng(canvas.current) : null),
  }))

  return (
    <canvas
      ref={canvas}
      width={WIDTH}
      height={HEIGHT}
      className="signature-pad"
      data-testid="signature-pad"
      onPointerDown={(e) => {
        const c = ctx()
        if (!c) return
        e.currentTarget.setPointerCapture(e.pointerId)
        drawing.current = true
        const p = at(e)
        c.lineWidth = 3
        c.lineCap = 'round'
        c.lineJoin = 'round'
        c.strokeStyle = '#1a1a2e'
        c.beginPath()
        c.moveTo(p.x, p.y)
      }}
      onPointerMove={(e) => {
        const c = ctx()
        if (!drawing.current || !c) return
        const p = at(e)
        c.lineTo(p.x, p.y)
        c.stroke()
        inked.current = true
      }}
      onPointerUp={() => {
        drawing.current = false
      }}
      onPointerLeave={() => {
        drawing.current = false
      }}
    />
  )
})

/** The drawing as PNG, cropped to the ink's bounding box plus 8 px. */
function trimmedPng(c: HTMLCanvasElement): string | null {
  const g = c.getContext('2d')!
  const { data } = g.getImageData(0, 0, c.width, c.height)
  let minX = c.width
  let minY = c.height
  let maxX = -1
  let maxY = -1
  for (let y = 0; y < c.height; y++) {
    for (let x = 0; x < c.width; x++) {
      if (data[(y * c.width + x) * 4 + 3]! > 0) {
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }
    }
  }
  if (maxX < 0) return null
  const pad = 8
  const x0 = Math.max(0, minX - pad)
  const y0 = Math.max(0, minY - pad)
  // at least 16 × 8 (the core refuses smaller pictures)
  const w = Math.max(16, Math.min(c.width, maxX + pad + 1) - x0)
  const h = Math.max(8, Math.min(c.height, maxY + pad + 1) - y0)
  const out = document.createElement('canvas')
  out.width = w
  out.height = h
  out.getContext('2d')!.drawImage(c, x0, y0, w, h, 0, 0, w, h)
  return out.toDataURL('image/png')
}
