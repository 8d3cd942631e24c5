import type { Campaign, Submission } from './workspace'

/** 盲评编号 of a submission: its position in the campaign, e.g. "B-007". Stable while submissions are only added. */
export function blindCode(campaign: Campaign, submissionId: string): string {
  const i = campaign.submissions.findIndex((s) => s.id === submissionId)
  return `B-${String(i + 1).padStart(3, '0')}`
}

/**
 * What an expert may see of a submission. In a blind campaign the school, the applicant and the
 * roster's extra columns (which often name people or units) are withheld; the program and the
 * 协作组 stay, since the expert must know what is judged.
 */
export function expertView(campaign: Campaign, s: Submission): Submission {
  if (!campaign.blind) return s
  return { ...s, school: `盲评 ${blindCode(campaign, s.id)}`, applicant: '', extra: {} }
}
