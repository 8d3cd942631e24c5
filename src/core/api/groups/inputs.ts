import { z } from 'zod'
import { GroupIdSchema } from '../../domain/ids'
import { name, none, type InputsOf } from '../shared/fields'

export const groupsInputs = {
  'groups.list': none,
  'groups.add': z.object({ name: name('协作组名称', 40) }).strict(),
  'groups.rename': z.object({ groupId: GroupIdSchema, name: name('协作组名称', 40) }).strict(),
  'groups.retire': z.object({ groupId: GroupIdSchema, retired: z.boolean() }).strict(),
} satisfies InputsOf<'groups'>
