import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ATTACHMENT_CSP, attachmentHeaders, contentDisposition } from '../../../src/main/attachmentHeaders'
import { startBridge, type Bridge } from '../../../src/bridge/server'
import { tempDir } from '../../helpers/tempWorkspace'

const root = resolve(__dirname, '../../..')

describe('material response headers (one builder for the bridge and wb-attachment:)', () => {
  it('sandbox the file, forbid sniffing and caching, show it inline', () => {
    expect(attachmentHeaders({ name: 'a.pdf' })).toEqual({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': "inline; filename*=UTF-8''a.pdf",
    })
    expect(ATTACHMENT_CSP).toContain('sandbox')
  })

  it('encodes the name as RFC 8187 UTF-8, with no header injection possible', () => {
    expect(contentDisposition('专业建设方案 (终稿).pdf')).toBe(
      "inline; filename*=UTF-8''%E4%B8%93%E4%B8%9A%E5%BB%BA%E8%AE%BE%E6%96%B9%E6%A1%88%20%28%E7%BB%88%E7%A8%BF%29.pdf",
    )
    expect(decodeURIComponent(contentDisposition('专业建设方案 (终稿).pdf').split("''")[1] ?? '')).toBe('专业建设方案 (终稿).pdf')
    // quotes, semicolons, CR/LF: encoded or dropped, never able to end the header or add a parameter
    const evil = contentDisposition('a";\r\nSet-Cookie: x=1; b\'.html')
    expect(evil).not.toMatch(/[\r\n"]/)
    expect(evil.slice("inline; filename*=UTF-8''".length)).toMatch(/^[A-Za-z0-9%._~-]+$/)
    // folders in the stored name are not part of the file name
    expect(contentDisposition('材料/子目录\\说明.docx')).toBe(`inline; filename*=UTF-8''${encodeURIComponent('说明.docx')}`)
    expect(contentDisposition(undefined)).toBe('inline')
    expect(contentDisposition('\u0000\u001f')).toBe('inline')
  })

  it('both doors build their headers with it', async () => {
    const bridge = await readFile(resolve(root, 'src/bridge/server.ts'), 'utf8')
    const main = await readFile(resolve(root, 'src/main/attachmentProtocol.ts'), 'utf8')
    for (const src of [bridge, main]) {
      expect(src).toContain('attachmentHeaders(file)')
      expect(src).not.toContain("default-src 'none'")
    }
    expect(await readFile(resolve(root, 'src/main/attachmentHeaders.ts'), 'utf8')).not.toMatch(/from 'electron'/)
  })
})

describe('the bridge sends them on a real response', () => {
  let bridge: Bridge
  let cleanup: () => Promise<void>
  const SHA = 'c'.repeat(64)
  beforeAll(async () => {
    const t = await tempDir()
    cleanup = t.cleanup
    await writeFile(join(t.dir, SHA), '<script>alert(1)</script>')
    bridge = await startBridge({
      call: async () => ({ ok: true, value: null }),
      attachment: async (sha) => (sha === SHA ? { path: join(t.dir, SHA), mime: 'text/html', name: '附件/报告.html' } : null),
    })
  })
  afterAll(async () => {
    await bridge.close()
    await cleanup()
  })

  it('with the material’s name, on whole and range responses', async () => {
    const u = `http://127.0.0.1:${bridge.port}/attachments/${SHA}?token=${bridge.token}`
    for (const init of [{}, { headers: { range: 'bytes=0-3' } }, { headers: { range: 'bytes=999-' } }]) {
      const r = await fetch(u, init)
      await r.arrayBuffer()
      expect(r.headers.get('content-security-policy')).toBe(ATTACHMENT_CSP)
      expect(r.headers.get('content-disposition')).toBe(`inline; filename*=UTF-8''${encodeURIComponent('报告.html')}`)
      expect(r.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })
})
