import type { MethodName } from './methodNames'
import type { In, Parsed } from './inputs'
import type { Out } from './outputs'

/** Server side: a handler per method, receiving parsed input. */
export type WorkbenchHandlers = { [M in MethodName]: (input: Parsed<M>) => Promise<Out<M>> }

/** Client side (renderer, CLI): what callers see. */
export type WorkbenchApi = { [M in MethodName]: (input: In<M>) => Promise<Out<M>> }

export type { MethodName, In, Out }
