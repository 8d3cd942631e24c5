import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { root, sourceFiles } from './sourceFiles'

/** `// eslint-disable-next-line rule -- why`: a suppression without its reason is a finding. */
const SUPPRESSION = /eslint-disable(?:-next-line|-line)?\b(?![^\n]*\s--\s+\S)[^\n]*/g

describe('lint suppressions (eslint.config.js)', () => {
  it.each([
    ['// eslint-disable-next-line no-control-regex', 1],
    ['/* eslint-disable */', 1],
    ['// eslint-disable-next-line no-control-regex -- control characters are the point', 0],
  ])('%s → %i finding(s)', (line, n) => {
    expect((line as string).match(SUPPRESSION) ?? []).toHaveLength(n as number)
  })

  it('every suppression in src/, test/ and bench/ says why', async () => {
    const bare: string[] = []
    for (const dir of ['src', 'test', 'bench']) {
      for (const f of await sourceFiles(join(root, dir), /\.(tsx?|m?js)$/)) {
        if (f.rel.endsWith('lintSuppressions.test.ts')) continue
        for (const m of f.text.matchAll(SUPPRESSION)) bare.push(`${f.rel}: ${m[0]}`)
      }
    }
    expect(bare).toEqual([])
  })
})
