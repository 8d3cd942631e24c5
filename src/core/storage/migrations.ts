import { WorkbenchError } from '../domain/errors'
import { WORKSPACE_SCHEMA_VERSION } from '../domain/workspace'
import { migrateV1ToV2 } from './migrateV1ToV2'

type Step = (raw: Record<string, unknown>) => Record<string, unknown>

/**
 * migrateVnToVm steps, keyed by the version they migrate from (docs/design/style.md §10); each with its test.
 * 1 → 2: submissions name their subject (a person, a course, an achievement), issue 10.
 */
const STEPS: Record<number, Step> = { 1: migrateV1ToV2 }

/** The kinds that follow WORKSPACE_SCHEMA_VERSION; a newer kind keeps its own `schemaVersion` from 1. */
const WORKSPACE_VERSIONED_KINDS = new Set(['workspace', 'campaign', 'sheets'])

/**
 * Brings a parsed file to the current schemaVersion. A file from a newer workbench is refused (we
 * cannot know its meaning); a file of another kind is refused (a sheets file copied over campaign.json).
 */
export function migrateFile(raw: unknown, kind: string, relPath: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const obj = raw as Record<string, unknown>
  if (obj.kind !== kind) {
    throw new WorkbenchError(
      'WORKSPACE_FILE_CORRUPT',
      `工作区文件 ${relPath} 的类型不对：应为 ${kind}，实际为 ${String(obj.kind)}。该文件未被改动。`,
      { details: { file: relPath } },
    )
  }
  // files with their own version line (e.g. diagnosisReport, adviceLibrary: schemaVersion 1) are read by their schema alone
  if (!WORKSPACE_VERSIONED_KINDS.has(kind)) return obj
  let version = typeof obj.schemaVersion === 'number' ? obj.schemaVersion : 0
  if (version > WORKSPACE_SCHEMA_VERSION) {
    throw new WorkbenchError(
      'WORKSPACE_VERSION_UNSUPPORTED',
      `工作区文件 ${relPath} 由更新版本的工作台创建（格式版本 ${version}），当前版本只支持到 ${WORKSPACE_SCHEMA_VERSION}。请升级工作台后再打开。`,
      { details: { file: relPath, version } },
    )
  }
  let current = obj
  while (version < WORKSPACE_SCHEMA_VERSION) {
    const step = STEPS[version]
    if (!step) break // let zod report what is wrong with it
    current = step(current)
    version += 1
  }
  return current
}
