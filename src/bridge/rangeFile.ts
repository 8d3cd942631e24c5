import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Serves one file with HTTP range requests (video and audio seek; PDF loads by pieces), streamed,
 * never read whole. `Range: bytes=a-b`, `bytes=a-`, `bytes=-n`; one range only.
 */
export async function serveRange(req: IncomingMessage, res: ServerResponse, path: string, mime: string, headers: Record<string, string>): Promise<void> {
  const size = (await stat(path)).size
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '')
  let start = 0
  let end = size - 1
  let status = 200
  if (range && (range[1] || range[2])) {
    if (range[1]) {
      start = Number(range[1])
      end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
    } else {
      start = Math.max(0, size - Number(range[2]))
    }
    if (start > end || start >= size) {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` })
      res.end()
      return
    }
    status = 206
  }
  res.writeHead(status, {
    ...headers,
    'content-type': mime,
    'accept-ranges': 'bytes',
    'content-length': String(end - start + 1),
    ...(status === 206 ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
  })
  if (req.method === 'HEAD' || size === 0) {
    res.end()
    return
  }
  const stream = createReadStream(path, { start, end })
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}
