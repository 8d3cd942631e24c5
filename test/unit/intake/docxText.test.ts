import { describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { Document, Packer, Paragraph, TextRun } from 'docx'
import { docxText, paragraphsOf } from '../../../src/core/intake/docxText'
import { tempDir } from '../../helpers/tempWorkspace'

describe('docx text preview', () => {
  it('reads the paragraphs of a real .docx as plain text', async () => {
    const { dir, cleanup } = await tempDir()
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('专业建设自评报告')] }), new Paragraph('一、专业定位 <script>alert(1)</script> & 产业对接')] }],
    })
    const path = join(dir, 'a.docx')
    await writeFile(path, await Packer.toBuffer(doc))
    const t = await docxText(path)
    expect(t.paragraphs).toEqual(['专业建设自评报告', '一、专业定位 <script>alert(1)</script> & 产业对接'])
    expect(t.truncated).toBe(false)
    await cleanup()
  })

  it('never expands entities beyond the XML five and character references', () => {
    const xml = '<!DOCTYPE x [<!ENTITY big "AAAA">]><w:p><w:r><w:t>&big;&amp;&#x4E2D;&#25991;</w:t></w:r></w:p>'
    expect(paragraphsOf(xml).paragraphs).toEqual(['&big;&中文'])
  })

  it('refuses a bomb, a missing body and something that is not a zip', async () => {
    const { dir, cleanup } = await tempDir()
    const bomb = new JSZip()
    bomb.file('word/document.xml', `<w:document><w:body><w:p><w:r><w:t>${'A'.repeat(40 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`)
    await writeFile(join(dir, 'bomb.docx'), await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
    await expect(docxText(join(dir, 'bomb.docx'))).rejects.toMatchObject({ message: expect.stringMatching(/正文过大|压缩炸弹/) })
    const empty = new JSZip()
    empty.file('other.xml', '<x/>')
    await writeFile(join(dir, 'empty.docx'), await empty.generateAsync({ type: 'nodebuffer' }))
    await expect(docxText(join(dir, 'empty.docx'))).rejects.toMatchObject({ message: expect.stringContaining('word/document.xml') })
    await writeFile(join(dir, 'not.docx'), 'hello')
    await expect(docxText(join(dir, 'not.docx'))).rejects.toMatchObject({ message: expect.stringContaining('不是有效的 .docx') })
    await cleanup()
  })
})
