import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import ts from 'typescript'
import { root, sourceFiles } from './sourceFiles'

/**
 * No code reads another module's Chinese prose to find out what happened or where: problems carry a
 * code, a path and params (core/domain/problem.ts). What this flags, on a `message` or `where` (a
 * property or a variable of that name) and Chinese text:
 *   where.startsWith('否决项')   p.message.includes('重复')   p.where === '等级'
 *   /^一级指标 (.+?)「/.exec(where)   /等级 ([ABCD]) /.exec(p.message)
 */
const CJK = /[\u3400-\u9fff\uff00-\uffef「」]/
const STRING_TESTS = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'match', 'search', 'split', 'replace'])
const REGEX_TESTS = new Set(['exec', 'test'])

function isProse(e: ts.Expression): boolean {
  const name = ts.isPropertyAccessExpression(e) ? e.name.text : ts.isIdentifier(e) ? e.text : ''
  return name === 'message' || name === 'where'
}
const chinese = (e: ts.Node | undefined): boolean =>
  !!e && (ts.isStringLiteralLike(e) || ts.isRegularExpressionLiteral(e) || ts.isTemplateExpression(e)) && CJK.test(e.getText())

export function proseParsing(fileName: string, text: string): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: string[] = []
  const flag = (n: ts.Node) => found.push(`${fileName}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${n.getText().slice(0, 80)}`)
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
      const { expression: target, name } = n.expression
      if (STRING_TESTS.has(name.text) && isProse(target) && chinese(n.arguments[0])) flag(n)
      if (REGEX_TESTS.has(name.text) && chinese(target) && n.arguments[0] && isProse(n.arguments[0])) flag(n)
    }
    if (ts.isBinaryExpression(n) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(n.operatorToken.kind)) {
      if ((isProse(n.left) && chinese(n.right)) || (isProse(n.right) && chinese(n.left))) flag(n)
    }
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return found
}

describe('no code parses another module\'s prose (issue 7, structured problems)', () => {
  it.each([
    ["const dimCode = /^一级指标 (.+?)「/.exec(where)?.[1]", 1],
    ["if (where.startsWith('否决项')) return 1", 1],
    ["const dup = p.message.includes('重复')", 1],
    ["if (p.where === '指标体系') return 1", 1],
    ["const l = /等级 ([ABCD]) /.exec(p.message)?.[1]", 1],
    ["if ('等次划分' !== p.where) return 1", 1],
    // not prose parsing: codes, paths, a user's own header text, an English library message
    ["if (p.code === 'DUPLICATE_CODE') return 1", 0],
    ["return /日期|date/i.test(header)", 0],
    ["const m = /^[^:]+: (.*)$/s.exec(e.message)", 0],
    // eslint-disable-next-line no-template-curly-in-string -- source code under test, not a template
    ["const shown = `${p.where}：${p.message}`", 0],
  ])('%s → %i finding(s)', (code, n) => {
    expect(proseParsing('x.ts', code as string)).toHaveLength(n as number)
  })

  it('src/ has none', async () => {
    const found: string[] = []
    for (const f of await sourceFiles(join(root, 'src'), /\.tsx?$/)) {
      // parsing is the slow part: only files with Chinese text and a message or where can match
      if (CJK.test(f.text) && /\b(message|where)\b/.test(f.text)) found.push(...proseParsing(f.rel, f.text))
    }
    expect(found).toEqual([])
  })
})
