import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { z } from 'zod'
import { openWorkbench } from '../src/core/api/openApi'
import { DEFAULT_GROUPS } from '../src/core/domain/groups'
import type { CampaignId, ExpertId, SubmissionId } from '../src/core/domain/ids'
import { CampaignFileSchema, WorkspaceFileSchema, type Expert, type Submission, type SubmissionSchema } from '../src/core/domain/workspace'
import { conflictMatrix } from '../src/core/panel/conflicts'
import { mulberry32 } from '../src/core/util/prng'
import { personName, rosterPairs, schoolNames } from './intakeNames'

/** Employers of the experts who do not work at a submitting school (none compares 'similar' to a school). */
const OTHER_UNITS = [
  '中国机械工业联合会', '机械工业教育发展中心', '徐工集团工程机械股份有限公司', '三一重工股份有限公司', '广州数控设备有限公司',
  '华中数控股份有限公司', '比亚迪股份有限公司', '潍柴动力股份有限公司', '中联重科股份有限公司', '格力电器股份有限公司',
]
/** Experts per 协作组, proportional to the groups' submissions (PROGRAMS has 2 programs in most groups, 1 in g2 and g7). */
const GROUP_EXPERTS = [10, 5, 10, 10, 10, 10, 5]

export interface AssignWorkspace {
  /** a closed workspace to copy for each API run */
  dir: string
  campaignId: CampaignId
  experts: Expert[]
  submissions: Submission[]
  decided: number
}

/**
 * A workspace with `experts` experts (45 at submitting schools, five of those schools with two; the
 * rest at firms and associations; every 5th with a former unit, in or out of the 3-year window;
 * every 7th with a co-author among the applicants) added through the API, and `subs` submissions
 * (100 schools × 10 programs) written into campaign.json with the core's schema. Suspected pairs
 * (people of the same name) are decided 'noConflict', as the secretariat must before a draw.
 */
export async function generateAssignWorkspace(subs: number, experts: number, seed: number): Promise<AssignWorkspace> {
  const rnd = mulberry32(seed)
  const dir = await mkdtemp(join(tmpdir(), 'wb-bench-assign-'))
  const at = new Date('2026-11-01T08:00:00.000Z').toISOString()
  const submissions: Array<z.input<typeof SubmissionSchema>> = rosterPairs(subs, 10, rnd).map((p, i) => ({
    id: `sub-${String(i + 1).padStart(5, '0')}` as SubmissionId,
    school: p.school,
    program: p.program,
    groupId: DEFAULT_GROUPS[p.group]!.id,
    applicant: personName(rnd),
    createdAt: at,
  }))
  const schools = schoolNames(100)
  const groupOf = GROUP_EXPERTS.flatMap((n, g) => Array<number>(n).fill(g))
  const wb = await openWorkbench(dir, { create: { name: '基准：分配', groups: DEFAULT_GROUPS }, door: 'bench' })
  let campaignId: CampaignId
  try {
    const ids: ExpertId[] = []
    for (let i = 0; i < experts; i++) {
      const g = groupOf[i % groupOf.length]!
      const groupIds = [DEFAULT_GROUPS[g]!.id, ...(i % 3 === 0 ? [DEFAULT_GROUPS[(g + 3) % 7]!.id] : [])]
      const unit = i < 45 ? schools[(i * 7) % 40]! : OTHER_UNITS[i % OTHER_UNITS.length]!
      const formerUnits = i % 5 === 0 ? [{ unit: schools[Math.floor(rnd() * schools.length)]!, from: 2012, to: 2020 + (i % 7) }] : []
      const relations = i % 7 === 0 ? [{ kind: 'coauthor' as const, name: submissions[Math.floor(rnd() * subs)]!.applicant!, year: 2021 + (i % 6) }] : []
      ids.push((await wb.api['experts.add']({ name: personName(rnd), unit, title: '高级讲师', groupIds, formerUnits, relations })).id)
    }
    campaignId = (await wb.api['campaigns.create']({ name: '基准：随机抽取', kind: 'diagnostic' })).id as CampaignId
    await wb.api['campaigns.addExperts']({ campaignId, expertIds: ids })
    // 承诺书 before scoring
    for (const expertId of ids) await wb.api['pledges.accept']({ campaignId: campaignId, expertId, declaration: '无' })
  } finally {
    await wb.close()
  }
  try {
    return await addSubmissions(dir, campaignId, submissions)
  } catch (e) {
    await rm(dir, { recursive: true, force: true })
    throw e
  }
}

async function addSubmissions(dir: string, campaignId: CampaignId, submissions: Array<z.input<typeof SubmissionSchema>>): Promise<AssignWorkspace> {
  const wsFile = WorkspaceFileSchema.parse(JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')))
  const path = join(dir, 'campaigns', campaignId, 'campaign.json')
  const file = CampaignFileSchema.parse(JSON.parse(await readFile(path, 'utf8')))
  const withSubs = CampaignFileSchema.parse({ ...file, campaign: { ...file.campaign, submissions } }).campaign
  const experts = withSubs.expertIds.map((id) => wsFile.experts.find((e) => e.id === id)!)
  const matrix = conflictMatrix(experts, withSubs.submissions, withSubs.panel, new Date().getFullYear())
  const decisions = Object.fromEntries(
    Object.entries(matrix)
      .filter(([, p]) => p.status === 'suspected')
      .map(([key]) => [key, { decision: 'noConflict' as const, reason: '同名不同人，已核实', at: new Date().toISOString() }]),
  )
  const campaign = { ...withSubs, conflictDecisions: decisions }
  await writeFile(path, JSON.stringify(CampaignFileSchema.parse({ ...file, campaign })))
  return { dir, campaignId, experts, submissions: campaign.submissions, decided: Object.keys(decisions).length }
}
