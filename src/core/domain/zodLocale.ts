import { z } from 'zod'

/**
 * zod's built-in messages in Chinese for every schema of the workbench (imported for its effect by
 * domain/ids.ts, which every schema module imports). Our own messages still win where a schema
 * gives one.
 */
z.config(z.locales.zhCN())
