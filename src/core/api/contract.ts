import type { MethodName, MethodsOf, Namespace } from './methodNames'
import type { In, Parsed } from './inputs'
import type { Out } from './outputs'

/** Server side: a handler per method, receiving parsed input. */
export type WorkbenchHandlers = { [M in MethodName]: (input: Parsed<M>) => Promise<Out<M>> }

/** The handlers of one namespace: what `<namespace>/handlers.ts` returns (all of them, nothing else). */
export type HandlersOf<N extends Namespace> = Pick<WorkbenchHandlers, MethodsOf<N>>

/** Client side (renderer, CLI): what callers see. */
export type WorkbenchApi = { [M in MethodName]: (input: In<M>) => Promise<Out<M>> }

export type { MethodName, In, Out }
