import { none, type InputsOf } from '../shared/fields'

export const groupsInputs = {
  'groups.list': none,
} satisfies InputsOf<'groups'>
