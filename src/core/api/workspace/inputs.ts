import { z } from 'zod'
import { none, type InputsOf } from '../shared/fields'

export const workspaceInputs = {
  'workspace.info': none,
  'workspace.listBackups': z.object({ file: z.string().min(1).max(300) }).strict(),
  'workspace.restoreBackup': z.object({ file: z.string().min(1).max(300), backup: z.string().max(100).optional() }).strict(),
} satisfies InputsOf<'workspace'>
