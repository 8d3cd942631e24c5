import { WorkbenchError } from '../../domain/errors'
import type { CampaignId, ExpertId, SubmissionId } from '../../domain/ids'
import type { Campaign, ScoreSheet } from '../../domain/workspace'
import { allIndicators, findIndicator } from '../../rubric/indicators'
import { expertView } from '../../domain/blind'
import { scoringBlockedBy } from '../../panel/declaredConflicts'
import { sheetResult } from '../../scoring/sheetResult'
import { storedSheetResult } from '../../scoring/sheetResultMemo'
import { submitBlocker } from '../../scoring/submitBlocker'
import { moveSheetToRubric, needsRecheck, rubricFor } from '../../rubric/versions'
import type { SheetListRow, SheetView } from './outputs'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import { findSubmission, isAssigned, loadCampaign, requireAssigned, requireExpertInCampaign } from '../shared/load'
import { submittedVersionOf } from '../../scoring/submittedVersions'
import { signAndSubmit } from '../shared/signSubmit'
import { reopenStoredSheet } from '../shared/reopen'

interface SheetKey {
  campaignId: CampaignId
  expertId: ExpertId
  submissionId: SubmissionId
}

export function emptySheet(campaign: Campaign, expertId: ExpertId, submissionId: SubmissionId, now: Date): ScoreSheet {
  return {
    submissionId,
    expertId,
    rubricVersion: campaign.rubric.version,
    entries: {},
    eligibility: {},
    vetoFlags: {},
    bonus: {},
    comment: '',
    dimensionNotes: {},
    highlights: '',
    status: 'draft',
    version: 0,
    updatedAt: now.toISOString(),
  }
}

function view(campaign: Campaign, sheet: ScoreSheet, saved: boolean, signerFingerprint: string | null): SheetView {
  const full = campaign.submissions.find((s) => s.id === sheet.submissionId)
  if (!full) throw new WorkbenchError('NOT_FOUND', '该申报已不在本评审活动中。')
  return {
    submission: expertView(campaign, full),
    sheet,
    result: sheetResult(rubricFor(campaign, sheet.rubricVersion), sheet),
    savedAt: saved ? sheet.updatedAt : undefined,
    needsRecheck: needsRecheck(campaign, sheet),
    submitBlocker: submitBlocker(rubricFor(campaign, sheet.rubricVersion), sheet, campaign.rubric.version),
    signerFingerprint,
    submittedVersion: submittedVersionOf(sheet) ?? null,
  }
}

/** 承诺书 before scoring (issue 4; docs/domain/review-kinds.md "Confidentiality"). */
function requirePledge(campaign: Campaign, expertId: ExpertId, submissionId: SubmissionId): void {
  if (!campaign.pledges[expertId]) {
    throw new WorkbenchError('PLEDGE_REQUIRED', '请先签署本次评审活动的承诺书（含回避声明），再开始评分。', { details: { expertId } })
  }
  // a declared 回避 not yet decided, or one decided as a conflict (issue 9 item 7)
  const blocked = scoringBlockedBy(campaign, expertId, submissionId)
  if (blocked) throw new WorkbenchError('CONFLICT', blocked, { details: { expertId, submissionId, conflict: true } })
}

export function sheetsHandlers({ store, now }: HandlerDeps) {
  /** The fingerprint of the expert's registered key, null when they have none yet. */
  async function signer(expertId: ExpertId): Promise<string | null> {
    return (await store.workspaceShard()).data.experts.find((e) => e.id === expertId)?.fingerprint ?? null
  }

  async function context(key: SheetKey) {
    const campaign = (await loadCampaign(store, key.campaignId)).data.campaign
    requireExpertInCampaign(campaign, key.expertId)
    findSubmission(campaign, key.submissionId)
    requireAssigned(campaign, key.expertId, key.submissionId)
    const shard = await store.sheetsShard(key.campaignId, key.expertId)
    return { campaign, shard }
  }

  /** The first accepted score freezes the campaign's rubric (docs/domain/review-kinds.md: frozen when scoring starts). */
  async function freeze(campaignId: CampaignId, campaign: Campaign): Promise<Campaign> {
    if (campaign.rubricFrozenAt) return campaign
    const shard = await loadCampaign(store, campaignId)
    try {
      return await shard.update((d) => {
        d.campaign.rubricFrozenAt ??= now().toISOString()
        return d.campaign
      })
    } catch {
      // the score itself is saved; rubric.update also freezes a campaign that has sheets, and the next save retries
      return campaign
    }
  }

  /**
   * Saves one sheet with put(key, next, expectVersion): `compute` builds the next sheet from the stored
   * one (refusing by throwing, which writes nothing). Without a baseVersion the caller means "apply
   * to the latest": when another save of the same sheet got in first, it is computed again.
   */
  async function save(key: SheetKey, compute: (saved: ScoreSheet | undefined) => ScoreSheet, retry: boolean): Promise<ScoreSheet> {
    const shard = await store.sheetsShard(key.campaignId, key.expertId)
    for (let attempt = 0; ; attempt++) {
      const saved = shard.data.sheets[key.submissionId] as ScoreSheet | undefined
      const next = compute(saved)
      try {
        return (await shard.put(key.submissionId, next, saved?.version ?? 0)) as ScoreSheet
      } catch (e) {
        if (!(retry && attempt < 100 && e instanceof WorkbenchError && e.code === 'STALE_VERSION')) throw e
      }
    }
  }

  /**
   * Applies one change to a draft sheet and resolves once it is on disk. A submitted sheet is
   * refused (revisions with a reason belong to calibration); a stale baseVersion is refused rather
   * than overwriting newer scores.
   */
  async function change(key: SheetKey, baseVersion: number | undefined, apply: (s: ScoreSheet) => void): Promise<SheetView> {
    const { campaign } = await context(key)
    requirePledge(campaign, key.expertId, key.submissionId)
    const sheet = await save(key, (saved) => {
      // a draft scored under an earlier rubric version moves to the current one on its next change
      const current = saved
        ? saved.status === 'draft' && needsRecheck(campaign, saved)
          ? moveSheetToRubric(saved, campaign.rubric)
          : saved
        : emptySheet(campaign, key.expertId, key.submissionId, now())
      if (current.status === 'submitted') {
        throw new WorkbenchError('SHEET_SUBMITTED', '该评分表已提交，不能再修改。如需修改，请在校准会上附理由提出。')
      }
      if (baseVersion !== undefined && baseVersion !== current.version) {
        throw new WorkbenchError(
          'STALE_VERSION',
          `评分表已在别处被修改（当前第 ${current.version} 版，您看到的是第 ${baseVersion} 版），为避免覆盖，本次修改未保存。请刷新后再改。`,
          { details: { version: current.version } },
        )
      }
      const next = structuredClone(current)
      apply(next)
      next.version = current.version + 1
      next.updatedAt = now().toISOString()
      return next
    }, baseVersion === undefined)
    return view(await freeze(key.campaignId, campaign), sheet, true, await signer(key.expertId))
  }

  return {
    'sheets.get': async (key) => {
      const { campaign, shard } = await context(key)
      const saved = shard.data.sheets[key.submissionId]
      return view(campaign, saved ?? emptySheet(campaign, key.expertId, key.submissionId, now()), !!saved, await signer(key.expertId))
    },

    'sheets.listByExpert': async ({ campaignId, expertId }) => {
      const campaign = (await loadCampaign(store, campaignId)).data.campaign
      requireExpertInCampaign(campaign, expertId)
      const sheets = (await store.sheetsShard(campaignId, expertId)).data.sheets
      return campaign.submissions.filter((s) => isAssigned(campaign, expertId, s.id)).map((full): SheetListRow => {
        const submission = expertView(campaign, full)
        const s = sheets[submission.id]
        // a stored sheet is scored once per version (an expert's list of 1,000 sheets on every visit, issue 14)
        const r = s ? storedSheetResult(rubricFor(campaign, s.rubricVersion), s) : null
        return {
          submission,
          status: s ? s.status : 'empty',
          total: r ? r.total : null,
          scoredCount: r?.scoredCount ?? 0,
          indicatorCount: r?.indicatorCount ?? allIndicators(campaign.rubric).length,
          version: s?.version ?? 0,
          needsRecheck: s ? needsRecheck(campaign, s) : false,
          conflict: scoringBlockedBy(campaign, expertId, full.id),
        }
      })
    },

    'sheets.setEntry': async ({ indicatorCode, level, points, clear, baseVersion, ...key }) => {
      const given = (level !== undefined && level !== null) || (points !== undefined && points !== null)
      if (clear && given) throw new WorkbenchError('INVALID_INPUT', `清除指标 ${indicatorCode} 的评分时不能同时给等级或分数。`)
      if (!clear && !given) {
        throw new WorkbenchError('INVALID_INPUT', '请选择等级或填写分数；如需清除该项评分，请使用“清除”')
      }
      const { campaign } = await context(key)
      const ind = findIndicator(campaign.rubric, indicatorCode)
      if (!ind) throw new WorkbenchError('NOT_FOUND', `指标体系中没有指标 ${indicatorCode}。`)
      if (level !== undefined && points !== undefined && level !== null && points !== null) {
        throw new WorkbenchError('INVALID_INPUT', `指标 ${indicatorCode} 只能给等级或分数中的一种。`)
      }
      if (level && ind.scale !== 'levels') {
        throw new WorkbenchError('INVALID_INPUT', `指标「${ind.name}」按分数评分，不能选等级。`)
      }
      if (typeof points === 'number') {
        if (ind.scale !== 'points') throw new WorkbenchError('INVALID_INPUT', `指标「${ind.name}」按等级评分，请选择 A/B/C/D。`)
        if (points > ind.points) {
          throw new WorkbenchError('INVALID_INPUT', `指标「${ind.name}」满分 ${ind.points} 分，不能给 ${points} 分。`)
        }
      }
      return change(key, baseVersion, (s) => {
        if (level) s.entries[indicatorCode] = { level }
        else if (typeof points === 'number') s.entries[indicatorCode] = { points }
        else delete s.entries[indicatorCode]
      })
    },

    'sheets.setEligibility': async ({ code, value, baseVersion, ...key }) => {
      const { campaign } = await context(key)
      if (!campaign.rubric.eligibility.some((e) => e.code === code)) {
        throw new WorkbenchError('NOT_FOUND', `指标体系中没有资格条件 ${code}。`)
      }
      return change(key, baseVersion, (s) => {
        if (value) s.eligibility[code] = value
        else delete s.eligibility[code]
      })
    },

    'sheets.setVeto': async ({ code, evidence, baseVersion, ...key }) => {
      const { campaign } = await context(key)
      if (!campaign.rubric.vetoes.some((v) => v.code === code)) {
        throw new WorkbenchError('NOT_FOUND', `指标体系中没有否决项 ${code}。`)
      }
      return change(key, baseVersion, (s) => {
        if (evidence) s.vetoFlags[code] = { evidence }
        else delete s.vetoFlags[code]
      })
    },

    'sheets.setBonus': async ({ code, points, baseVersion, ...key }) => {
      const { campaign } = await context(key)
      const item = campaign.rubric.bonus?.items.find((b) => b.code === code)
      if (!item) throw new WorkbenchError('NOT_FOUND', `指标体系中没有加分项 ${code}。`)
      if (typeof points === 'number' && points > item.points) {
        throw new WorkbenchError('INVALID_INPUT', `加分项「${item.name}」最多 ${item.points} 分，不能给 ${points} 分。`)
      }
      return change(key, baseVersion, (s) => {
        if (typeof points === 'number') s.bonus[code] = points
        else delete s.bonus[code]
      })
    },

    'sheets.setComment': async ({ comment, baseVersion, ...key }) =>
      change(key, baseVersion, (s) => {
        s.comment = comment
      }),

    'sheets.setDimensionNote': async ({ dimensionCode, problems, advice, baseVersion, ...key }) => {
      const { campaign } = await context(key)
      if (!campaign.rubric.dimensions.some((d) => d.code === dimensionCode)) {
        throw new WorkbenchError('NOT_FOUND', `指标体系中没有一级指标 ${dimensionCode}。`)
      }
      return change(key, baseVersion, (s) => {
        if (problems.trim() === '' && advice.trim() === '') delete s.dimensionNotes[dimensionCode]
        else s.dimensionNotes[dimensionCode] = { problems, advice }
      })
    },

    'sheets.setHighlights': async ({ highlights, baseVersion, ...key }) =>
      change(key, baseVersion, (s) => {
        s.highlights = highlights
      }),

    /**
     * Submit = sign (issue 11): the expert's passphrase unlocks their key, which signs the sheet's
     * content, campaign and 第 N 版; the sheet is then locked. A wrong passphrase, a missing key or an
     * incomplete sheet is refused before anything is written.
     */
    'sheets.submit': async ({ passphrase, ...key }) => {
      const { campaign } = await context(key)
      requirePledge(campaign, key.expertId, key.submissionId)
      const sheet = await signAndSubmit({ store, now }, campaign, key, passphrase, () => emptySheet(campaign, key.expertId, key.submissionId, now()))
      return view(campaign, sheet, true, sheet.signature?.fingerprint ?? (await signer(key.expertId)))
    },

    /** Reopens a submitted sheet with a reason (audited); the next submit signs 第 N+1 版 (shared/reopen.ts). */
    'sheets.reopen': async ({ reason, ...key }) => {
      const { campaign } = await context(key)
      return view(campaign, await reopenStoredSheet({ store, now }, key, { reason, by: '秘书处' }), true, await signer(key.expertId))
    },
  } satisfies HandlersOf<'sheets'>
}
