import type { CollaborationGroup } from './workspace'
import type { GroupId } from './ids'

/** The alliance's seven 专业建设协作组 (docs/domain/review-kinds.md); master data, editable per workspace. */
export const DEFAULT_GROUPS: CollaborationGroup[] = [
  ['g1', '智能机电技术应用'],
  ['g2', '机器人技术应用'],
  ['g3', '数字化设计与制造'],
  ['g4', '智能制造与智能装备技术应用'],
  ['g5', '人工智能与信息技术应用'],
  ['g6', '新能源汽车与智能化技术应用'],
  ['g7', '服务型制造技术应用'],
].map(([id, name]) => ({ id: id as GroupId, name: name!, history: [] }))
