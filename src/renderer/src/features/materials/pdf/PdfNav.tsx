import { useEffect, useRef, useState } from 'react'
import { Button, Input, InputNumber, Space, Tooltip, Typography } from 'antd'
import { DownOutlined, UpOutlined } from '@ant-design/icons'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { findInPdf } from './pdfSearch'
import { MATERIALS_STRINGS as S } from '../strings'

/**
 * The viewer's page indicator (current page, type a number to jump) and text search with
 * previous/next hit (issue 9 item 18). `goTo` scrolls a page into view.
 */
export function PdfNav({ doc, pages, current, goTo }: { doc: PDFDocumentProxy; pages: number; current: number; goTo: (page: number) => void }) {
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<number[] | null>(null)
  const [hit, setHit] = useState(0)
  const [busy, setBusy] = useState(false)
  const search = useRef<AbortController | null>(null)
  useEffect(() => () => search.current?.abort(), [])

  async function find(q: string) {
    search.current?.abort()
    if (!q.trim()) return setHits(null)
    const ctl = new AbortController()
    search.current = ctl
    setBusy(true)
    const found = await findInPdf(doc, pages, q, ctl.signal).catch(() => [] as number[])
    if (ctl.signal.aborted) return
    setBusy(false)
    setHits(found)
    setHit(0)
    if (found.length) goTo(found[0]!)
  }
  function step(dir: 1 | -1) {
    if (!hits?.length) return
    const i = (hit + dir + hits.length) % hits.length
    setHit(i)
    goTo(hits[i]!)
  }

  return (
    <Space size={6} className="pdf-nav">
      <Space size={4}>
        <InputNumber
          size="small"
          min={1}
          max={pages}
          // uncontrolled while typing; shows the page scrolled to afresh
          key={current}
          defaultValue={current}
          controls={false}
          className="pdf-page-input"
          data-testid="pdf-page-input"
          aria-label={S.pageJump}
          onPressEnter={(e) => goTo(Math.min(pages, Math.max(1, Number((e.target as HTMLInputElement).value) || 1)))}
          onStep={(v) => goTo(Number(v))}
        />
        <Typography.Text type="secondary" className="small" data-testid="pdf-pages">
          {S.pdfPages(doc.numPages)}
        </Typography.Text>
      </Space>
      <Input.Search
        size="small"
        allowClear
        className="pdf-search"
        placeholder={S.searchPlaceholder}
        value={query}
        loading={busy}
        data-testid="pdf-search"
        onChange={(e) => {
          setQuery(e.target.value)
          if (!e.target.value) setHits(null)
        }}
        onSearch={(q) => void find(q)}
        onKeyDown={(e) => {
          // Enter again goes to the next hit of the same words
          if (e.key === 'Enter' && hits?.length && !busy) {
            e.preventDefault()
            step(e.shiftKey ? -1 : 1)
          }
        }}
      />
      {hits && (
        <Typography.Text type={hits.length ? 'secondary' : 'danger'} className="small" data-testid="pdf-hits">
          {hits.length ? S.hitOf(hit + 1, hits.length, hits[hit]!) : S.noHits}
        </Typography.Text>
      )}
      <Tooltip title={S.prevHit}>
        <Button size="small" type="text" icon={<UpOutlined />} disabled={!hits?.length} onClick={() => step(-1)} aria-label={S.prevHit} data-testid="pdf-prev-hit" />
      </Tooltip>
      <Tooltip title={S.nextHit}>
        <Button size="small" type="text" icon={<DownOutlined />} disabled={!hits?.length} onClick={() => step(1)} aria-label={S.nextHit} data-testid="pdf-next-hit" />
      </Tooltip>
    </Space>
  )
}
