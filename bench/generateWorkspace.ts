import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openWorkbench } from '../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../src/core/domain/groups'
import type { CampaignId, ExpertId, GroupId, IndicatorCode, SubmissionId } from '../src/core/domain/ids'
import { LEVELS, RubricSchema, REVIEW_KIND_LABELS, type Level, type ReviewKind, type Rubric } from '../src/core/domain/rubric'
import type { z } from 'zod'
import { CampaignFileSchema, ScoreSheetSchema, SheetsFileSchema, SubmissionSchema, WORKSPACE_SCHEMA_VERSION } from '../src/core/domain/workspace'
import { allIndicators } from '../src/core/rubric/indicators'
import { mulberry32 } from '../src/core/util/prng'

export interface GeneratedWorkspace {
  dir: string
  campaignId: CampaignId
  expertIds: ExpertId[]
  submissionIds: SubmissionId[]
  indicatorCodes: string[]
  /** per expert: the draft (editable) sheets and their current versions/levels */
  drafts: Map<ExpertId, Map<SubmissionId, { version: number; entries: Record<string, Level> }>>
  campaignBytes: number
  sheetBytes: Array<{ expertId: ExpertId; bytes: number }>
}


const COMMENTS = [
  '专业定位与区域产业需求对接较好，工学一体化课程改革推进扎实；建议进一步提高一体化教师比例，完善学业评价与职业技能等级认定的衔接。',
  '校企合作机制较为健全，实训条件满足教学需要；企业参与人才培养方案制定的深度不足，社会培训规模有待扩大。',
  '人才培养方案规范，课程标准对接国家职业标准；教学资源数字化程度偏低，建议加强活页式教材和数字资源建设。',
]

/**
 * The diagnostic template grown from 24 to 30 indicators: dimensions 1–6 each get one more
 * indicator of 1 point, taken from that dimension's largest indicator, so every dimension keeps its
 * points and the total stays 100.
 */
export function rubric30(base: Rubric): Rubric {
  const r = structuredClone(base)
  for (const dim of r.dimensions.slice(0, 6)) {
    const largest = dim.indicators.reduce((a, b) => (b.points > a.points ? b : a))
    largest.points -= 1
    const model = dim.indicators[0]!
    dim.indicators.push({
      ...structuredClone(model),
      code: `${dim.code}.${dim.indicators.length + 1}` as IndicatorCode,
      name: `${dim.name}（补充观测）`,
      points: 1,
      key: false,
    })
  }
  const parsed = RubricSchema.parse(r)
  const sum = parsed.dimensions.reduce((s, d) => s + d.points, 0)
  const bad = parsed.dimensions.find((d) => d.indicators.reduce((s, i) => s + i.points, 0) !== d.points)
  if (allIndicators(parsed).length !== 30 || sum !== parsed.total || bad) throw new Error('rubric30: inconsistent totals')
  return parsed
}

/** Builds a workspace of `submissions` × 7 experts × 30 indicators in a temp folder, mostly with plain fs. */
export async function generateWorkspace(opts: GenerateOptions): Promise<GeneratedWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'wb-bench-'))
  try {
    return await fill(dir, opts)
  } catch (e) {
    await rm(dir, { recursive: true, force: true })
    throw e
  }
}

interface GenerateOptions {
  submissions: number
  experts: number
  seed: number
  /** share of sheets already submitted; the rest are drafts the saves can change */
  submittedShare: number
  /** the campaign's kind, 专业建设诊断 when absent; another kind keeps its template's rubric (uiMore.ts: 评定与公示 needs a ranked kind) */
  kind?: ReviewKind
}

async function fill(dir: string, opts: GenerateOptions): Promise<GeneratedWorkspace> {
  const rnd = mulberry32(opts.seed)
  const wb = await openWorkbench(dir, { create: { name: '性能基准工作区', groups: DEFAULT_GROUPS }, door: 'bench' })
  let campaignId: CampaignId
  const expertIds: ExpertId[] = []
  try {
    for (let i = 0; i < opts.experts; i++) {
      const e = await wb.api['experts.add']({ name: `专家${i + 1}`, unit: `第${i + 1}技师学院`, title: '高级讲师', groupIds: ['g1'] })
      expertIds.push(e.id)
    }
    const kind = opts.kind ?? 'diagnostic'
    campaignId = (await wb.api['campaigns.create']({ name: kind === 'diagnostic' ? '基准：专业建设诊断' : `基准：${REVIEW_KIND_LABELS[kind]}`, kind })).id as CampaignId
    await wb.api['campaigns.addExperts']({ campaignId, expertIds })
    // 承诺书 before scoring
    for (const expertId of expertIds) await wb.api['pledges.accept']({ campaignId: campaignId, expertId, declaration: '无' })
  } finally {
    await wb.close()
  }

  const campaignPath = join(dir, 'campaigns', campaignId, 'campaign.json')
  const file = CampaignFileSchema.parse(JSON.parse(await readFile(campaignPath, 'utf8')))
  const rubric = (opts.kind ?? 'diagnostic') === 'diagnostic' ? rubric30(file.campaign.rubric) : file.campaign.rubric
  const at = new Date('2026-11-01T08:00:00.000Z')
  const submissions: Array<z.input<typeof SubmissionSchema>> = []
  const quality: number[] = []
  for (let i = 0; i < opts.submissions; i++) {
    const n = String(i + 1).padStart(5, '0')
    submissions.push({
      id: `sub-${n}` as SubmissionId,
      school: `第${Math.floor(i / 4) + 1}机械工业技师学院`,
      program: `专业${(i % 4) + 1}（工业机器人应用与维护）`,
      groupId: DEFAULT_GROUPS[Math.floor(rnd() * DEFAULT_GROUPS.length)]!.id as GroupId,
      applicant: `申报人${n}`,
      createdAt: at.toISOString(),
    })
    quality.push(0.35 + rnd() * 0.6)
  }
  // parsed with the core's schema: fields with defaults are filled as the app would write them
  const campaignText = JSON.stringify(CampaignFileSchema.parse({ ...file, campaign: { ...file.campaign, rubric, submissions } }))
  await writeFile(campaignPath, campaignText)

  const codes = allIndicators(rubric).map((i) => i.code as string)
  // every 资格条件 met (a ranked kind asks them before scoring; the diagnostic template has none)
  const eligibility = Object.fromEntries((rubric.eligibility ?? []).map((e) => [e.code, 'pass' as const]))
  const drafts: GeneratedWorkspace['drafts'] = new Map()
  const sheetBytes: GeneratedWorkspace['sheetBytes'] = []
  for (const [ei, expertId] of expertIds.entries()) {
    const severity = (ei - (opts.experts - 1) / 2) * 0.03
    const mine = new Map<SubmissionId, { version: number; entries: Record<string, Level> }>()
    const sheets: Record<string, z.input<typeof ScoreSheetSchema>> = {}
    for (const [si, sub] of submissions.entries()) {
      const entries: Record<string, { level: Level }> = {}
      const levels: Record<string, Level> = {}
      for (const code of codes) {
        const q = quality[si]! + severity + (rnd() - 0.5) * 0.35
        const level = LEVELS[q > 0.82 ? 0 : q > 0.62 ? 1 : q > 0.4 ? 2 : 3]!
        entries[code] = { level }
        levels[code] = level
      }
      const submitted = rnd() < opts.submittedShare
      const version = codes.length + 1 + (submitted ? 1 : 0)
      sheets[sub.id] = {
        submissionId: sub.id, expertId, rubricVersion: rubric.version, entries, eligibility,
        comment: COMMENTS[Math.floor(rnd() * COMMENTS.length)]!,
        status: submitted ? 'submitted' : 'draft', version, updatedAt: at.toISOString(),
        ...(submitted ? { submittedAt: at.toISOString() } : {}),
      }
      if (!submitted) mine.set(sub.id as SubmissionId, { version, entries: levels })
    }
    // parsed with the core's schema: fills fields that have defaults, exactly as the app would write them
    const shard = SheetsFileSchema.parse({ kind: 'sheets', schemaVersion: WORKSPACE_SCHEMA_VERSION, campaignId, expertId, sheets })
    const path = join(dir, 'campaigns', campaignId, 'sheets', `${expertId}.json`)
    await writeFile(path, JSON.stringify(shard))
    sheetBytes.push({ expertId, bytes: (await stat(path)).size })
    drafts.set(expertId, mine)
  }
  return {
    dir, campaignId, expertIds, submissionIds: submissions.map((s) => s.id as SubmissionId), indicatorCodes: codes, drafts,
    campaignBytes: Buffer.byteLength(campaignText), sheetBytes,
  }
}
