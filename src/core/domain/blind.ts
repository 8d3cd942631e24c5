import type { Subject } from './subject'
import type { Campaign, Material, Submission } from './workspace'

/** 盲评编号 of a submission: its position in the campaign, e.g. "B-007". Stable while submissions are only added. */
export function blindCode(campaign: Campaign, submissionId: string): string {
  const i = campaign.submissions.findIndex((s) => s.id === submissionId)
  return `B-${String(i + 1).padStart(3, '0')}`
}

/**
 * What an expert may see of a submission. A person's contact is the secretariat's, never an
 * expert's. In a blind campaign the school, the applicant, the roster's extra columns (which often
 * name people or units) and every name of a person are withheld: a candidate becomes the blind code,
 * with gender, birth year and contact gone and title, post, 专业 and years kept (they are judged); a
 * course's team and an achievement's 完成人 and 完成单位 go; the course's or achievement's own name,
 * the program and the 协作组 stay, since the expert must know what is judged.
 */
export function expertView(campaign: Campaign, s: Submission): Submission {
  const subject = s.subject.kind === 'person' ? { ...s.subject, contact: '' } : s.subject
  if (!campaign.blind) return { ...s, subject }
  const code = blindCode(campaign, s.id)
  return { ...s, school: `盲评 ${code}`, applicant: '', extra: {}, subject: blindSubject(subject, code) }
}

function blindSubject(subject: Subject, code: string): Subject {
  switch (subject.kind) {
    case 'program':
      return subject
    case 'person': {
      const { birthYear: _b, ...rest } = subject
      return { ...rest, name: `候选人 ${code}`, gender: '', contact: '' }
    }
    case 'course':
      return { ...subject, team: [] }
    case 'achievement':
      return { ...subject, authors: ['（盲评隐去）'], units: [] }
  }
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
