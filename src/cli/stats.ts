import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { openWorkbench } from '../core/api/openApi'
import { ApiError } from '../core/api/client'
import type { WorkbenchApi } from '../core/api/contract'
import { agreementReport } from '../core/calibration/agreement'
import { campaignMatrices, campaignStats, MISSING_RULE, type ScoredSheet } from '../core/calibration/campaignStats'
import { raterProfiles } from '../core/calibration/severity'
import { parseRatingsCsv } from '../core/calibration/ratingsCsv'
import { anchorIds, countedSubmissions } from '../core/calibration/anchors'
import { WorkbenchError } from '../core/domain/errors'
import { option } from './args'
import { CliError } from './cliError'
import type { CliCommand } from './commands'

/** A ratings CSV larger than this is refused before it is read (100,000 rows × 500 raters fit well below). */
const MAX_CSV_BYTES = 64 * 1024 * 1024

/**
 * `stats --ratings FILE.csv`: agreement statistics of a subjects × raters table.
 * `stats --workspace W --campaign ID`: the same for a campaign's submitted sheets, on the totals and
 * per indicator, read through the API like every other door. Prints JSON; numbers are unrounded.
 */
export const statsCommand: CliCommand = {
  usage: 'stats --ratings FILE.csv | stats --workspace DIR --campaign ID',
  summary: '计算评分一致性统计量（ICC、Kendall W、Krippendorff α 等），输出 JSON',
  run: async (args, out) => {
    const file = option(args, 'ratings')
    if (file) return out(JSON.stringify(await ratingsFileStats(file), null, 2))
    const workspace = option(args, 'workspace')
    const campaignId = option(args, 'campaign')
    if (!workspace || !campaignId) throw new CliError('请给出 --ratings FILE.csv，或同时给出 --workspace DIR 和 --campaign ID')
    out(JSON.stringify(await workspaceStats(workspace, campaignId), null, 2))
  },
}

async function ratingsFileStats(file: string) {
  const path = resolve(file)
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new CliError(`评分表文件不存在：${path}`)
    },
  )
  if (size > MAX_CSV_BYTES) throw new CliError(`评分表文件过大（${(size / 1048576).toFixed(1)} MB），最大 ${MAX_CSV_BYTES / 1048576} MB`)
  const text = await readFile(path, 'utf8')
  const { raters, matrix } = refuseWithIssues(() => parseRatingsCsv(text))
  const report = agreementReport(matrix)
  const profiles = raterProfiles(matrix)
  // severity per rater name; a null one is explained in reasons under `severity.<name>`
  const severity = Object.fromEntries(raters.map((r, j) => [r, profiles[j]!.severity.value]))
  raters.forEach((r, j) => {
    const reason = profiles[j]!.severity.reason
    if (reason) report.reasons[`severity.${r}`] = reason
  })
  return { file: path, raterNames: raters, ...report, severity, missingRule: MISSING_RULE }
}

function refuseWithIssues<T>(fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (!(e instanceof WorkbenchError)) throw e
    const details = (e.issues ?? []).slice(0, 50).map((i) => `  ${i.path}：${i.message}`)
    throw new CliError([`${e.message}（${e.code}）`, ...details].join('\n'))
  }
}

/**
 * A campaign's submitted sheets read through the API (campaigns.get, sheets.listByExpert, sheets.get),
 * as every door reads them: totals and points per indicator. Drafts are not ratings yet.
 */
export async function readCampaignSheets(api: WorkbenchApi, campaignId: string) {
  const campaign = await api['campaigns.get']({ campaignId })
  const sheets: ScoredSheet[] = []
  const anchors = anchorIds(campaign)
  let codes: string[] = []
  for (const expertId of campaign.expertIds) {
    for (const row of await api['sheets.listByExpert']({ campaignId, expertId })) {
      if (row.status !== 'submitted' || anchors.has(row.submission.id)) continue
      const view = await api['sheets.get']({ campaignId, expertId, submissionId: row.submission.id })
      if (codes.length === 0) codes = view.result.indicators.map((i) => i.code)
      sheets.push({
        submissionId: row.submission.id,
        expertId,
        total: view.result.total,
        points: Object.fromEntries(view.result.indicators.map((i) => [i.code, i.points])),
      })
    }
  }
  // anchors (样卷) of a calibration session never count in the campaign's statistics
  const matrices = campaignMatrices(
    countedSubmissions(campaign).map((s) => s.id),
    campaign.expertIds,
    codes,
    sheets,
  )
  return { campaign, sheets, matrices }
}

async function workspaceStats(dir: string, campaignId: string) {
  const wb = await openWorkbench(dir, { door: 'CLI' }).catch((e: Error) => {
    throw new CliError(e.message)
  })
  try {
    const { campaign, sheets, matrices } = await readCampaignSheets(wb.api, campaignId)
    const s = campaignStats(matrices)
    return { campaignId, name: campaign.name, submittedSheets: sheets.length, missingRule: s.missingRule, campaign: s.campaign, indicators: s.indicators, submissions: s.submissions, experts: s.experts }
  } catch (e) {
    throw e instanceof ApiError ? new CliError(`${e.message}（${e.code}）`) : e
  } finally {
    await wb.close()
  }
}
