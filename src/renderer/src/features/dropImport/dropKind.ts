/**
 * What a file dropped on the window is, by its name (issue 15): the import it goes to. Pure, so the
 * router's choices are unit-tested. A .xlsx is a rubric table on the 指标体系 tab, else a roster.
 */
export type DropKind = 'roster' | 'materials' | 'rubric' | 'package' | 'folder' | 'oldExcel' | 'unknown'

export function dropKind(item: { name: string; isDirectory: boolean }, where: { tab: string | null }): DropKind {
  if (item.isDirectory) return 'folder'
  const ext = item.name.toLowerCase().slice(item.name.lastIndexOf('.') + 1)
  switch (ext) {
    case 'wbexp':
    case 'wbscore':
      return 'package'
    case 'zip':
      return 'materials'
    case 'json':
      return 'rubric'
    case 'csv':
      return 'roster'
    case 'xlsx':
      return where.tab === 'rubric' ? 'rubric' : 'roster'
    case 'xls':
      return 'oldExcel'
    default:
      return 'unknown'
  }
}

/** Kinds that go into the open 评审活动 (roster, materials, rubric need one). */
export const NEEDS_CAMPAIGN: readonly DropKind[] = ['roster', 'materials', 'rubric']
