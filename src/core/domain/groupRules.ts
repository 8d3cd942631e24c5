import { WorkbenchError } from './errors'
import type { GroupId } from './ids'
import type { CollaborationGroup } from './workspace'

/**
 * 专业建设协作组 as master data (docs/domain/review-kinds.md "treat groups as editable master data"): the alliance
 * adds, renames and retires groups. A rename keeps the old name in `history` with the moment it
 * ended, so a campaign shows the name its group had when the campaign was created (groupNameAt); a
 * retired group stays (old entries point at it) but takes no new entry.
 */

const key = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')

function checkName(groups: readonly CollaborationGroup[], name: string, except?: GroupId): string {
  const n = name.normalize('NFC').trim()
  if (n === '') throw new WorkbenchError('INVALID_INPUT', '请填写协作组名称。')
  if (n.length > 40) throw new WorkbenchError('INVALID_INPUT', '协作组名称不能超过 40 个字。')
  const same = groups.find((g) => g.id !== except && key(g.name) === key(n))
  if (same) throw new WorkbenchError('CONFLICT', `已有名为「${same.name}」的协作组${same.retiredAt ? '（已停用）' : ''}。`)
  return n
}

function find(groups: readonly CollaborationGroup[], id: GroupId): CollaborationGroup {
  const g = groups.find((x) => x.id === id)
  if (!g) throw new WorkbenchError('NOT_FOUND', `没有编号为 ${id} 的协作组。`)
  return g
}

export function addGroup(groups: readonly CollaborationGroup[], id: GroupId, name: string): CollaborationGroup[] {
  return [...groups, { id, name: checkName(groups, name), history: [] }]
}

/** A new name; the old one goes to the history with `at` as its end. The same name again is refused. */
export function renameGroup(groups: readonly CollaborationGroup[], id: GroupId, name: string, at: string): CollaborationGroup[] {
  const g = find(groups, id)
  const n = checkName(groups, name, id)
  if (n === g.name) throw new WorkbenchError('INVALID_INPUT', `协作组已叫「${n}」，无需改名。`)
  return groups.map((x) => (x.id === id ? { ...x, name: n, history: [...x.history, { name: g.name, until: at }] } : x))
}

/** Retires (or, with `retired: false`, brings back) a group. */
export function retireGroup(groups: readonly CollaborationGroup[], id: GroupId, retired: boolean, at: string): CollaborationGroup[] {
  const g = find(groups, id)
  if (retired && g.retiredAt) throw new WorkbenchError('INVALID_INPUT', `协作组「${g.name}」已停用。`)
  if (!retired && !g.retiredAt) throw new WorkbenchError('INVALID_INPUT', `协作组「${g.name}」未停用。`)
  return groups.map((x) => {
    if (x.id !== id) return x
    if (retired) return { ...x, retiredAt: at }
    const { retiredAt: _r, ...rest } = x
    return rest
  })
}

/**
 * The name a group had at `at` (ISO time): the first history entry that ended after it, else the
 * current name. A campaign passes its createdAt, so it keeps the name it was run under.
 */
export function groupNameAt(group: Pick<CollaborationGroup, 'name' | 'history'>, at: string): string {
  return group.history.find((h) => h.until > at)?.name ?? group.name
}

/** The group names a campaign shows, by id: as they were when it was created. */
export function groupNamesFor(groups: readonly CollaborationGroup[], createdAt: string): Record<string, string> {
  return Object.fromEntries(groups.map((g) => [g.id, groupNameAt(g, createdAt)]))
}
