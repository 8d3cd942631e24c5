import { WorkbenchError } from '../../domain/errors'
import { CalibrationThresholdsSchema, type CalibrationSession } from '../../domain/calibration'
import type { ScoreSheet } from '../../domain/workspace'
import type { CampaignId } from '../../domain/ids'
import { allIndicators } from '../../rubric/indicators'
import { rubricFor } from '../../rubric/versions'
import { calibrationFlags, flagText } from '../../calibration/sessionFlags'
import { indicatorHeat } from '../../calibration/sessionSnapshot'
import { reviseSheet } from '../../calibration/sessionRevision'
import { buildMinutesModel } from '../../reports/calibrationMinutesModel'
import { renderMinutesDocx } from '../../reports/docx/calibrationMinutesDocx'
import { safeFileName } from '../../util/fileName'
import { DOCX_MIME } from '../shared/files'
import { reportFontsOf } from '../reports/fontHandlers'
import { unlockExpertKey } from '../../signing/keyStore'
import { signSheet } from '../../signing/sheetSignature'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { findSubmission, loadCampaign, requireExpertInCampaign } from '../shared/load'
import { repeatedDecision } from '../../calibration/sessionDecision'
import { inCampaignQueue } from '../shared/oneAtATime'
import type { AuditIntent } from '../../domain/audit'
import { anchorSheets, minutesAfter, namesOf, requireOpen, requireRevealed, requireSession, scored, snapshotNow, viewOf } from './context'

/**
 * 校准会 (issue 12): the chair picks anchors every participant scores blind, reveals them, the committee
 * discusses the flags, experts revise with reasons, decisions are recorded, and the minutes exported.
 * Rules live in core/calibration/session*.ts; these handlers load, call them, store and audit. Each
 * change runs one at a time in its campaign (shared/oneAtATime.ts): a second 开始/揭晓/结束 at once
 * sees the first one's and is refused.
 */
export function calibrationHandlers({ store, now }: HandlerDeps) {
  // each change's audit entry is written with it (storage/auditOutbox.ts)
  const audit = (action: string, actor: string, data: Record<string, unknown>): AuditIntent => ({ action, actor, data, at: now() })

  const queued = <I extends { campaignId: CampaignId }, O>(h: (input: I) => Promise<O>) => inCampaignQueue(store, h)

  return {
    'calibration.get': async ({ campaignId }) => viewOf(store, (await loadCampaign(store, campaignId)).data.campaign),

    'calibration.scores': async ({ campaignId }) => {
      const c = (await loadCampaign(store, campaignId)).data.campaign
      const s = requireSession(c)
      requireRevealed(s)
      const names = await namesOf(store, c)
      const current = s.closedAt && s.after ? s.after : await snapshotNow(store, c, s, now().toISOString())
      const before = s.before ?? current
      const withText = (snap: typeof current) => calibrationFlags(snap, s.thresholds).map((f) => ({ ...f, text: flagText(f, (id) => names[id] ?? id) }))
      const stored = await anchorSheets(store, c, s)
      const sheets = scored(c, stored)
      return {
        campaignId,
        before,
        now: current,
        flags: withText(current),
        beforeFlags: withText(before),
        heat: indicatorHeat(s.anchors, allIndicators(c.rubric).map((i) => ({ code: i.code, points: i.points })), sheets),
        names,
        entries: Object.fromEntries(stored.filter((x) => x.status === 'submitted').map((x) => [`${x.expertId}:${x.submissionId}`, x.entries])),
      }
    },

    'calibration.open': queued(async ({ campaignId, title, chair, anchors, participants, thresholds }) => {
      const shard = await loadCampaign(store, campaignId)
      const c = shard.data.campaign
      if (c.calibration) {
        throw new WorkbenchError('CONFLICT', c.calibration.closedAt
          ? `评审活动「${c.name}」的校准会「${c.calibration.title}」已结束；每个评审活动记录一次校准会。`
          : `评审活动「${c.name}」已有进行中的校准会「${c.calibration.title}」。`)
      }
      const unique = [...new Set(anchors)]
      for (const a of unique) findSubmission(c, a)
      const who = [...new Set(participants ?? c.expertIds)]
      for (const e of who) requireExpertInCampaign(c, e)
      if (who.length < 2) throw new WorkbenchError('INVALID_INPUT', '校准会至少需要 2 名专家参加，请先在本评审活动中添加专家。')
      const at = now().toISOString()
      const session: CalibrationSession = {
        title, chair, openedAt: at, participants: who, anchors: unique,
        thresholds: CalibrationThresholdsSchema.parse(thresholds ?? {}),
        discussed: [], revisions: [], decisions: [],
      }
      // every participant scores every anchor (scoring/progress.ts isAssigned), whatever panels are drawn
      const updated = await shard.update((d) => {
        d.campaign.calibration = session
        return d.campaign
      }, () => audit('calibration.open', chair, { title, anchors: unique, participants: who, thresholds: session.thresholds }))
      return viewOf(store, updated)
    }),

    'calibration.reveal': queued(async ({ campaignId }) => {
      const shard = await loadCampaign(store, campaignId)
      const c = shard.data.campaign
      const s = requireOpen(c)
      if (s.revealedAt) throw new WorkbenchError('CONFLICT', `校准会「${s.title}」的样卷评分已于 ${s.revealedAt.slice(0, 16).replace('T', ' ')} 揭晓。`)
      const view = await viewOf(store, c)
      const missing = view.progress.filter((p) => p.submitted < p.expected)
      if (missing.length) {
        throw new WorkbenchError('CONFLICT', `尚有专家未提交全部样卷评分，暂不能揭晓：${missing.map((p) => `${p.name}（${p.submitted}/${p.expected}）`).join('、')}`, {
          details: { missing: missing.map((p) => p.expertId) },
        })
      }
      const at = now().toISOString()
      const before = await snapshotNow(store, c, s, at)
      const updated = await shard.update((d) => {
        d.campaign.calibration = { ...d.campaign.calibration!, revealedAt: at, before }
        return d.campaign
      }, () => audit('calibration.reveal', s.chair, { anchors: s.anchors, meanRange: before.meanRange, icc: before.icc, kendallW: before.kendallW }))
      return viewOf(store, updated)
    }),

    'calibration.revise': queued(async ({ campaignId, expertId, submissionId, changes, reason, passphrase }) => {
      const shard = await loadCampaign(store, campaignId)
      const c = shard.data.campaign
      requireExpertInCampaign(c, expertId)
      findSubmission(c, submissionId)
      const sheets = await store.sheetsShard(campaignId, expertId)
      const sheet = sheets.data.sheets[submissionId] as ScoreSheet | undefined
      if (!sheet) throw new WorkbenchError('NOT_FOUND', '这位专家还没有这份申报的评分表，无需复议。')
      const at = now()
      const { sheet: revised, signAs, revision } = reviseSheet(rubricFor(c, sheet.rubricVersion), sheet, changes, reason, at.toISOString())
      // what needs no passphrase is refused first; then the expert's key signs 第 N+1 版, as a submit does
      const signingKey = await unlockExpertKey(store, expertId, passphrase)
      const next = { ...revised, signature: signSheet(campaignId, revised, signingKey, signAs, at) }
      // audited in every case, with the revised sheet
      await sheets.put(submissionId, next, sheet.version, audit('sheet.revise', expertId, { ...revision, fingerprint: next.signature.fingerprint, signature: next.signature.signature }))
      // the revision joins an open session's record (for the minutes)
      const s = c.calibration
      const updated = s && !s.closedAt
        ? await shard.update((d) => {
            d.campaign.calibration = { ...d.campaign.calibration!, revisions: [...d.campaign.calibration!.revisions, revision] }
            return d.campaign
          })
        : c
      return viewOf(store, updated)
    }),

    'calibration.decide': queued(async ({ campaignId, text, indicators }) => {
      const shard = await loadCampaign(store, campaignId)
      const c = shard.data.campaign
      const s = requireOpen(c)
      const known = new Set<string>(allIndicators(c.rubric).map((i) => i.code))
      const unknown = indicators.filter((i) => !known.has(i))
      if (unknown.length) throw new WorkbenchError('NOT_FOUND', `指标体系中没有指标 ${unknown.join('、')}。`)
      const repeated = repeatedDecision(s, text, indicators)
      if (repeated) throw new WorkbenchError('CONFLICT', repeated)
      const decision = { at: now().toISOString(), text, indicators }
      const updated = await shard.update((d) => {
        const cur = d.campaign.calibration!
        d.campaign.calibration = { ...cur, decisions: [...cur.decisions, decision], discussed: [...new Set([...cur.discussed, ...indicators])] }
        return d.campaign
      }, () => audit('calibration.decide', s.chair, decision))
      return viewOf(store, updated)
    }),

    'calibration.close': queued(async ({ campaignId }) => {
      const shard = await loadCampaign(store, campaignId)
      const c = shard.data.campaign
      const s = requireOpen(c)
      requireRevealed(s)
      const at = now().toISOString()
      const after = await snapshotNow(store, c, s, at)
      const updated = await shard.update((d) => {
        d.campaign.calibration = { ...d.campaign.calibration!, closedAt: at, after }
        return d.campaign
      }, () => audit('calibration.close', s.chair, { revisions: s.revisions.length, decisions: s.decisions.length, meanRange: after.meanRange, icc: after.icc }))
      return viewOf(store, updated)
    }),

    'calibration.minutes': async ({ campaignId }) => {
      const c = (await loadCampaign(store, campaignId)).data.campaign
      const s = requireSession(c)
      requireRevealed(s)
      const after = await minutesAfter(store, c, s, now().toISOString())
      const fonts = reportFontsOf((await store.workspaceShard()).data)
      const model = buildMinutesModel({ campaign: c, session: s, after, names: await namesOf(store, c), fonts })
      const bytes = await renderMinutesDocx(model)
      return { fileName: safeFileName(`校准会纪要_${c.name}_${s.title}.docx`), mime: DOCX_MIME, base64: Buffer.from(bytes).toString('base64') }
    },
  } satisfies HandlersOf<'calibration'>
}
