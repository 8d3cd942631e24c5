/**
 * The API contract, by namespace. A method `ns.verb` (listed in methodNames.ts, which stays free of
 * imports because the preload reads it) lives in one folder, `core/api/<ns>/`:
 *   - `<ns>/inputs.ts`   `<ns>Inputs`: the zod schema of each of its methods (`satisfies InputsOf<'ns'>`)
 *   - `<ns>/outputs.ts`  `<Ns>Outputs`: what each of its methods resolves with, and the named result types
 *   - `<ns>/handlers.ts` `<ns>Handlers(deps)`: load → call a pure rule → store → audit (`satisfies HandlersOf<'ns'>`)
 * `inputs.ts`, `outputs.ts` and `handlers.ts` here only gather the namespaces (`INPUTS`, `Outputs`,
 * `createHandlers`); `In<M>`, `Parsed<M>`, `Out<M>` come from them. Helpers several namespaces share
 * (deps, loading a campaign, input building blocks, file outputs) live in `shared/`.
 * Adding a method: its name in methodNames.ts, then its schema, output and handler in its namespace's
 * three files; a missing or extra one does not compile, and test/unit/api/contract.test.ts checks it.
 */
import { WorkbenchError } from '../domain/errors'
import { zodIssues } from '../util/zodIssues'
import type { Envelope } from './envelope'
import { INPUTS } from './inputs'
import { isMethodName, type MethodName } from './methodNames'
import type { WorkbenchHandlers } from './contract'
import type { Out } from './outputs'
import { createLogger } from '../util/logger'
import { namesLocalPath } from './shared/fields'

const log = createLogger('dispatch')

/**
 * Who is calling. Only a caller that chose a local path itself may hand the core one: the CLI and
 * Electron main's own in-process calls (after its native file dialog) are trusted; the renderer over
 * IPC and anything over the bridge are not, so a script in the page cannot make the core read a file.
 * Untrusted is the default: a door that forgets to say is refused paths rather than trusted.
 */
export interface CallContext {
  trusted: boolean
}

export const UNTRUSTED_PATH_MESSAGE = '界面不接受文件路径，请通过上传或文件对话框选择文件'

/**
 * The one entry point every door calls: parses `input` with the method's zod schema, runs the
 * handler, and returns an envelope. Nothing thrown inside crosses out of here.
 */
export async function dispatch<M extends MethodName>(
  handlers: WorkbenchHandlers,
  method: M | string,
  input: unknown,
  ctx: CallContext = { trusted: false },
): Promise<Envelope<Out<M>>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的操作：${String(method).slice(0, 80)}` } }
  }
  const parsed = INPUTS[method].safeParse(input ?? {})
  if (!parsed.success) {
    const issues = zodIssues(parsed.error)
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `输入有误：${issues.map((i) => `${i.path}：${i.message}`).join('；')}`,
        issues,
      },
    }
  }
  if (!ctx.trusted && namesLocalPath(parsed.data)) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: UNTRUSTED_PATH_MESSAGE, issues: [{ path: 'source.path', message: UNTRUSTED_PATH_MESSAGE }] },
    }
  }
  try {
    const handler = handlers[method] as (i: unknown) => Promise<Out<M>>
    return { ok: true, value: await handler(parsed.data) }
  } catch (e) {
    if (e instanceof WorkbenchError) {
      return { ok: false, error: { code: e.code, message: e.message, issues: e.issues, details: e.details } }
    }
    log.error(`${method} failed`, e)
    return { ok: false, error: { code: 'INTERNAL', message: `操作失败（内部错误）：${(e as Error)?.message ?? String(e)}` } }
  }
}
