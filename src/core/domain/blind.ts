import type { Campaign, Material, Submission } from './workspace'

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

/**
 * Materials as an expert may see them: in a blind campaign file names often name the school or the
 * applicant, so they become "材料 1.pdf", "材料 2.docx" … (the extension stays: it says how to open it).
 */
export function expertMaterials(campaign: Campaign, materials: readonly Material[]): Material[] {
  if (!campaign.blind) return [...materials]
  return materials.map((m, i) => {
    const ext = /\.[A-Za-z0-9]{1,8}$/.exec(m.name)?.[0] ?? ''
    return { ...m, name: `材料 ${i + 1}${ext.toLowerCase()}` }
  })
}
