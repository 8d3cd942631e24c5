import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'
import { root } from './sourceFiles'

/** The import boundaries of eslint.config.js, checked on one import line in a file of each area. */
const eslint = new ESLint({ cwd: root })

async function refused(filePath: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import x from '${specifier}'\nexport default x\n`, { filePath })
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports')
}

describe('import boundaries (eslint.config.js)', () => {
  it.each<[string, string, boolean]>([
    ['src/core/scoring/x.ts', 'react', true],
    ['src/core/scoring/x.ts', 'electron', true],
    ['src/core/scoring/x.ts', 'antd', true],
    ['src/core/scoring/x.ts', '@ant-design/icons', true],
    ['src/core/scoring/x.ts', 'zustand', true],
    ['src/core/scoring/x.ts', 'recharts', true],
    ['src/core/scoring/x.ts', 'lowdb', true],
    ['src/core/scoring/x.ts', 'exceljs', true],
    ['src/core/scoring/x.ts', 'yauzl', true],
    ['src/core/scoring/x.ts', 'zod', false],
    ['src/core/storage/x.ts', 'lowdb', false],
    ['src/core/storage/x.ts', 'lowdb/node', false],
    ['src/core/storage/x.ts', 'exceljs', true],
    ['src/core/intake/x.ts', 'yauzl', false],
    ['src/core/intake/zip/x.ts', 'exceljs', false],
    ['src/core/intake/x.ts', 'lowdb', true],
    ['src/core/rubric/exchange/x.ts', 'exceljs', false],
    ['src/core/rubric/x.ts', 'exceljs', true],
    ['src/renderer/src/features/x.tsx', 'node:fs', true],
    ['src/renderer/src/features/x.tsx', '../../../../core/storage/shard', true],
    ['src/renderer/src/features/x.tsx', 'zustand', true],
    ['src/renderer/src/features/x.tsx', 'electron', true],
    ['src/renderer/src/features/x.tsx', 'antd', false],
    ['src/renderer/src/stores/x.ts', 'zustand', false],
    ['src/renderer/src/stores/x.ts', 'node:path', true],
    ['src/main/x.ts', 'electron', false],
    ['src/preload/x.ts', 'electron', false],
    ['src/bridge/x.ts', 'electron', true],
    ['src/cli/x.ts', 'electron', true],
    ['src/main/x.ts', 'lowdb', true],
  ])('%s importing %s: refused %s', async (file, specifier, expected) => {
    expect(await refused(file, specifier)).toBe(expected)
  })
})
