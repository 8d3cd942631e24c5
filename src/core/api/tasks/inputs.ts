import { z } from 'zod'
import type { InputsOf } from '../shared/fields'

export const tasksInputs = {
  'tasks.get': z.object({ taskId: z.string().max(40) }).strict(),
  'tasks.cancel': z.object({ taskId: z.string().max(40) }).strict(),
} satisfies InputsOf<'tasks'>
