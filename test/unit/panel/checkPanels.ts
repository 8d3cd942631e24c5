import type { Assignment, Expert, PanelSettings, Submission } from '../../../src/core/domain/workspace'
import { pairStatus, type ConflictMatrix } from '../../../src/core/panel/conflicts'
import { compareUnits } from '../../../src/core/panel/unitName'

/**
 * Every rule a drawn panel must keep, checked independently of the draw's own bookkeeping:
 * size, members known and distinct, only clear pairs, field share, unit cap (pairs of members whose units
 * compare 'same'), expert cap, the chair a member (and a field member when there is one), and the reported
 * load equal to the seats counted here. Returns the violations in words; [] when all hold.
 */
export function panelViolations(
  input: { submissions: readonly Submission[]; experts: readonly Expert[]; settings: PanelSettings; matrix: ConflictMatrix },
  assignments: Record<string, Assignment>,
  load: Record<string, number>,
): string[] {
  const { submissions, experts, settings, matrix } = input
  const byId = new Map(experts.map((e) => [e.id as string, e]))
  const need = Math.ceil(settings.fieldShare * settings.size - 1e-9)
  const out: string[] = []
  const counted: Record<string, number> = {}
  for (const s of submissions) {
    const a = assignments[s.id]
    if (!a) {
      out.push(`${s.id}: no panel`)
      continue
    }
    const ids = a.expertIds
    if (ids.length !== settings.size) out.push(`${s.id}: size ${ids.length}`)
    if (new Set(ids).size !== ids.length) out.push(`${s.id}: duplicate member`)
    const members = ids.map((id) => byId.get(id)!)
    for (const e of members) {
      counted[e.id] = (counted[e.id] ?? 0) + 1
      if (pairStatus(matrix, e.id, s.id) !== 'clear') out.push(`${s.id}: ${e.id} not clear`)
    }
    const field = members.filter((e) => e.groupIds.includes(s.groupId))
    if (field.length < need) out.push(`${s.id}: ${field.length} field members < ${need}`)
    for (const e of members) {
      const sameUnit = members.filter((x) => compareUnits(x.unit, e.unit) === 'same').length
      if (sameUnit > settings.maxPerUnit) out.push(`${s.id}: ${sameUnit} from ${e.unit}`)
    }
    if (!a.chairId || !ids.includes(a.chairId)) out.push(`${s.id}: chair not a member`)
    else if (field.length > 0 && !field.some((e) => e.id === a.chairId)) out.push(`${s.id}: chair not from the field`)
  }
  for (const e of experts) {
    const n = counted[e.id] ?? 0
    if (settings.expertCap !== null && n > settings.expertCap) out.push(`${e.id}: load ${n} > cap`)
    if (load[e.id] !== n) out.push(`${e.id}: reported load ${load[e.id]} ≠ ${n}`)
  }
  return out
}

export function spread(load: Record<string, number>): number {
  const values = Object.values(load)
  return Math.max(...values) - Math.min(...values)
}
