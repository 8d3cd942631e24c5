import { buildMinutesModel } from '../calibrationMinutesModel'
import { renderMinutesDocx } from '../docx/calibrationMinutesDocx'
import type { DocumentKind } from '../documentKinds'

/**
 * 校准会纪要: one per campaign whose 校准会 has been revealed (before the reveal there are no scores to
 * minute). The same model and docx as calibration.minutes; the statistics "after" are those taken at
 * the close, or now while the session is still open (loaded in api/reports/context.ts).
 */
export const minutesKind: DocumentKind = {
  id: 'calibrationMinutes',
  label: '校准会纪要',
  appliesTo: (campaign) => !!campaign.calibration?.revealedAt,
  list: (ctx) => {
    const s = ctx.campaign.calibration
    return s?.revealedAt && ctx.calibration ? [{ key: ctx.campaign.id, school: ctx.campaign.name, subject: '', qualifier: s.title }] : []
  },
  render: (ctx) => {
    const session = ctx.campaign.calibration
    if (!session || !ctx.calibration) throw new Error('校准会尚未揭晓，没有纪要可写。')
    return renderMinutesDocx(buildMinutesModel({ campaign: ctx.campaign, session, after: ctx.calibration.after, names: ctx.calibration.names, fonts: ctx.fonts }))
  },
}
