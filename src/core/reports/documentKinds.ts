import type { Campaign } from '../domain/workspace'
import type { CampaignDocContext } from './documentContext'
import { diagnosisKind } from './kinds/diagnosisKind'
import { panelOpinionKind } from './kinds/panelOpinionKind'
import { scoreSheetKind } from './kinds/scoreSheetKind'
import { awardListKind, resultSummaryKind } from './kinds/decisionListKinds'
import { minutesKind } from './kinds/minutesKind'

/** One document of a campaign: what the batch export lists, names and renders. */
export interface DocumentInstance {
  /** unique within the kind, e.g. `${expertId}:${submissionId}` or a submission id */
  key: string
  /** 学校 (or the campaign's name for a campaign-wide document) */
  school: string
  /** 专业 / the person / the course / the achievement; '' for a campaign-wide document */
  subject: string
  /** e.g. the expert's name on a 专家评分表, so two sheets of one submission get two names */
  qualifier?: string
}

/**
 * A kind of document (文书) the workbench writes. Each kind lives in reports/kinds/<kind>.ts and is one
 * entry of DOCUMENT_KINDS; the batch export, the CLI (`report <kind>`) and the screen read this list.
 */
export interface DocumentKind {
  /** CLI name: scoreSheet, panelOpinion, diagnosis, … */
  id: string
  /** 文书名 in file names and lists: 专家评分表 */
  label: string
  appliesTo: (campaign: Campaign) => boolean
  list: (ctx: CampaignDocContext) => DocumentInstance[]
  render: (ctx: CampaignDocContext, key: string) => Promise<Uint8Array>
  /** result columns of the export summary (总分, 等次) where the kind has them */
  summary?: (ctx: CampaignDocContext, key: string) => { total: string; outcome: string }
}

/**
 * Every document kind, in the order a campaign's documents are listed. Additive: a part that writes a
 * new document adds its one entry at the end (汇总表/拟表彰名单: decide; 校准会纪要: calib).
 */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  scoreSheetKind,
  panelOpinionKind,
  diagnosisKind,
  // new kinds below, one line each
  resultSummaryKind,
  awardListKind,
  minutesKind,
]

export function documentKind(id: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k.id === id)
}

/** 学校-专业-文书名（限定）, made safe as a file name (util/fileName.ts), without extension. */
export function documentStem(kind: Pick<DocumentKind, 'label'>, d: DocumentInstance): string {
  const parts = [d.school, d.subject, `${kind.label}${d.qualifier ? `（${d.qualifier}）` : ''}`].filter((p) => p.trim() !== '')
  return parts.join('-')
}
