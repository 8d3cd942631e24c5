/**
 * One name, one 评审活动: a secretary tells campaigns apart by name (the list, the title of every
 * document, the package file names), so a second campaign under a name already used is refused.
 * Two names are the same when they read the same: compatibility forms folded (NFKC: full-width
 * letters and digits), all white space ignored, Latin letters in either case ("2025 名师评选" =
 * "2025名师评选" = "２０２５名师评选").
 */
export function campaignNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}

export interface NamedCampaign {
  readonly id: string
  readonly name: string
  readonly archived?: unknown
}

/**
 * The campaign, other than `exceptId`, whose name reads the same as `name` — archived ones included,
 * since restoring one would bring back two of one name — or undefined.
 */
export function campaignNameClash<C extends NamedCampaign>(campaigns: readonly C[], name: string, exceptId?: string): C | undefined {
  const key = campaignNameKey(name)
  return campaigns.find((c) => c.id !== exceptId && campaignNameKey(c.name) === key)
}

/** The refusal's words: which campaign holds the name, and what the secretary can do instead. */
export function campaignNameTaken(name: string, holder: NamedCampaign): string {
  const same = holder.name === name ? '' : `「${holder.name}」`
  return holder.archived
    ? `已有同名的评审活动${same}（已归档），不能再用「${name}」这个名称。请换一个名称，或在“已归档”中恢复原来的评审活动。`
    : `已有同名的评审活动${same}，不能再用「${name}」这个名称。请换一个名称（例如加上年份或批次）。`
}
