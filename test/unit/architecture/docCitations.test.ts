import { describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { comments, root, sourceFiles } from './sourceFiles'

/** `docs/domain/review-kinds.md`, `hostile-inputs.md`, `../x/y.md`: anything a comment names as a Markdown file. */
const citation = /[\w./-]*[\w-]\.md\b/g

describe('documents cited in comments (docs/README.md)', () => {
  it('finds citations in a comment, and only there', () => {
    const text = "const a = 'x.md' // see docs/design/style.md §3\n/** review-kinds.md (a) */"
    const cited = comments(text).flatMap((c) => c.text.match(citation) ?? [])
    expect(cited).toEqual(['docs/design/style.md', 'review-kinds.md'])
  })

  it('every *.md cited in a comment under src/ exists under docs/, by its repo-relative path', async () => {
    const missing: string[] = []
    let count = 0
    for (const f of await sourceFiles(join(root, 'src'), /\.(tsx?|css)$/)) {
      for (const c of comments(f.text)) {
        for (const path of c.text.match(citation) ?? []) {
          count++
          if (!path.startsWith('docs/') || !existsSync(join(root, path))) missing.push(`${f.rel}:${c.line} → ${path}`)
        }
      }
    }
    expect(missing).toEqual([])
    expect(count).toBeGreaterThan(50)
  })
})
