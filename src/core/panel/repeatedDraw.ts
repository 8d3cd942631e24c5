import type { Campaign } from '../domain/workspace'
import { chineseDate } from '../util/chineseDate'
import { canonicalAssignmentHash } from './assignmentHash'

/**
 * A draw that repeats the last one (a double-clicked 确认抽取, two windows confirming one preview): the
 * same seed, giving exactly the panels the campaign has now. Refused, so the draw is recorded once; a
 * new seed, or the same seed after the panels changed, is a new draw.
 */
export function repeatedDraw(campaign: Pick<Campaign, 'draws' | 'assignments'>, seed: string, resultHash: string): string | null {
  const last = campaign.draws.at(-1)
  if (!last || last.seed !== seed || last.resultHash !== resultHash) return null
  if (canonicalAssignmentHash(campaign.assignments) !== resultHash) return null
  return `种子 ${seed} 的抽取已于${chineseDate(new Date(last.at))}完成，专家组没有变化，未重复记录；如需重新抽取，请更换种子。`
}
