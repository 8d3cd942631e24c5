import { WorkbenchError } from '../domain/errors'
import type { ExpertId } from '../domain/ids'
import type { Expert, WorkspaceFile } from '../domain/workspace'
import type { KeyHistoryEntry, WorkspaceKeyInfo } from '../domain/expertKey'
import { PublicKeyTextSchema } from '../domain/expertKey'
import type { WorkspaceStore } from '../storage/workspaceStore'
import { createEncryptedKey, EncryptedKeyFileSchema, fingerprintOf, publicKeyObject, SCRYPT_DEFAULTS, unlockKey, type EncryptedKeyFile, type UnlockedKey } from './keys'
import { serialQueue } from '../util/serialQueue'

/**
 * Where a workspace keeps signing keys (issue 11), and the roster's record of them:
 *   keys/workspace.json            the secretariat's key, encrypted with its passphrase
 *   keys/experts/<expertId>.json   an expert's key when it lives in this workspace (the demo, or the
 *                                  expert's own workspace); at the secretariat usually absent
 * Public keys and fingerprints are in workspace.json (workspaceKey; experts[].publicKey/fingerprint/
 * keyHistory). Private keys leave a key file only inside an UnlockedKey, which cannot be serialised.
 * Every write goes through the store's durable write; key operations of one workspace run one at a time.
 */
export const WORKSPACE_KEY_FILE = 'keys/workspace.json'
export const expertKeyFile = (expertId: ExpertId): string => `keys/experts/${expertId}.json`

/** scrypt parameters for keys made through the API (the strongest the schema's defaults give). */
export type KdfParams = { N: number; r: number; p: number }
export const DEFAULT_KDF: KdfParams = SCRYPT_DEFAULTS

const KEY_FILE_MAX = 16 * 1024
/** Runs key operations of one workspace one after another (a create racing a create would lose a key file). */
const serial = serialQueue<WorkspaceStore>()

async function readKeyFile(store: WorkspaceStore, rel: string): Promise<EncryptedKeyFile | undefined> {
  const bytes = await store.readOwnFile(rel)
  if (!bytes) return undefined
  try {
    if (bytes.length > KEY_FILE_MAX) throw new Error('too large')
    return EncryptedKeyFileSchema.parse(JSON.parse(bytes.toString('utf8')))
  } catch {
    throw new WorkbenchError('WORKSPACE_FILE_CORRUPT', `签名密钥文件 ${rel} 已损坏，无法读取。请从备份恢复该文件；如无备份，需要更换密钥。`, { details: { file: rel } })
  }
}

async function writeKeyFile(store: WorkspaceStore, rel: string, file: EncryptedKeyFile): Promise<void> {
  await store.writeOwnFile(rel, `${JSON.stringify(EncryptedKeyFileSchema.parse(file), null, 2)}\n`)
}

function findExpert(ws: Pick<WorkspaceFile, 'experts'>, expertId: ExpertId): Expert {
  const e = ws.experts.find((x) => x.id === expertId)
  if (!e) throw new WorkbenchError('NOT_FOUND', `专家库中没有专家 ${expertId}。`)
  return e
}

// ---- the workspace (secretariat) key ----

export async function workspaceKeyInfo(store: WorkspaceStore): Promise<WorkspaceKeyInfo | undefined> {
  return (await store.workspaceShard()).data.workspaceKey
}

/** Creates the secretariat's key pair; refused when the workspace already has one. */
export function createWorkspaceKey(store: WorkspaceStore, passphrase: string, at: Date, kdf: KdfParams = DEFAULT_KDF): Promise<WorkspaceKeyInfo> {
  return serial(store, async () => {
    const ws = await store.workspaceShard()
    const had = ws.data.workspaceKey
    if (had) throw new WorkbenchError('CONFLICT', `本工作区已有秘书处签名密钥（指纹 ${had.fingerprint}）。`)
    const file = createEncryptedKey(passphrase, kdf)
    await writeKeyFile(store, WORKSPACE_KEY_FILE, file)
    const info: WorkspaceKeyInfo = { publicKey: file.publicKey, fingerprint: fingerprintOf(file.publicKey), createdAt: at.toISOString() }
    return ws.update((d) => {
      d.workspaceKey = info
      return info
    })
  })
}

/** Unlocks the secretariat's key with its passphrase (to sign reports and packages). */
export async function unlockWorkspaceKey(store: WorkspaceStore, passphrase: string): Promise<UnlockedKey> {
  const info = await workspaceKeyInfo(store)
  const file = info ? await readKeyFile(store, WORKSPACE_KEY_FILE) : undefined
  if (!info || !file) throw new WorkbenchError('KEY_MISSING', '本工作区尚未创建秘书处签名密钥，请先在「签名密钥」中创建。')
  if (file.publicKey !== info.publicKey) throw new WorkbenchError('KEY_LOCKED', '秘书处签名密钥文件与工作区登记的公钥不一致，不能用于签名。')
  return unlockKey(file, passphrase)
}

// ---- experts' keys ----

/**
 * Whether this workspace holds the expert's (encrypted) private key of the key the roster names now:
 * a file left from a key since replaced (keys.replaceExpertKey before it removed the file) signs
 * nothing (unlockExpertKey refuses it), so it is not the expert's key here.
 */
export async function hasLocalExpertKey(store: WorkspaceStore, expertId: ExpertId): Promise<boolean> {
  const expert = (await store.workspaceShard()).data.experts.find((e) => e.id === expertId)
  let file: EncryptedKeyFile | undefined
  try {
    file = await readKeyFile(store, expertKeyFile(expertId))
  } catch {
    return true // a damaged key file is still there: signing says what is wrong with it
  }
  return file !== undefined && (!expert?.publicKey || file.publicKey === expert.publicKey)
}

/** Creates an expert's key pair in this workspace and registers its public key; refused when the expert has one (re-key instead). */
export function createExpertKey(
  store: WorkspaceStore,
  opts: { expertId: ExpertId; passphrase: string; at: Date; kdf?: KdfParams },
): Promise<Expert> {
  return serial(store, async () => {
    const ws = await store.workspaceShard()
    const expert = findExpert(ws.data, opts.expertId)
    if (expert.publicKey) {
      throw new WorkbenchError('CONFLICT', `专家 ${expert.name} 已有签名密钥（指纹 ${expert.fingerprint}）。如需更换，请使用「更换密钥」并说明理由。`)
    }
    const file = createEncryptedKey(opts.passphrase, opts.kdf ?? DEFAULT_KDF)
    await writeKeyFile(store, expertKeyFile(opts.expertId), file)
    return setExpertKey(store, opts.expertId, file.publicKey, opts.at, undefined)
  })
}

/**
 * Re-keys an expert (lost passphrase, a key that may have leaked): a new key pair here; the old public
 * key moves to keyHistory with its validity and the reason, so signatures made with it stay verifiable.
 * The caller audits it.
 */
export function rekeyExpert(
  store: WorkspaceStore,
  opts: { expertId: ExpertId; passphrase: string; reason: string; at: Date; kdf?: KdfParams },
): Promise<{ expert: Expert; previousFingerprint: string | undefined }> {
  return serial(store, async () => {
    const reason = opts.reason.trim()
    if (!reason) throw new WorkbenchError('INVALID_INPUT', '更换签名密钥必须填写理由。')
    const ws = await store.workspaceShard()
    const before = findExpert(ws.data, opts.expertId)
    const rel = expertKeyFile(opts.expertId)
    const oldBytes = await store.readOwnFile(rel)
    const file = createEncryptedKey(opts.passphrase, opts.kdf ?? DEFAULT_KDF)
    await writeKeyFile(store, rel, file)
    try {
      const expert = await setExpertKey(store, opts.expertId, file.publicKey, opts.at, reason)
      return { expert, previousFingerprint: before.fingerprint }
    } catch (e) {
      // the roster still names the old key: put its file back
      if (oldBytes) await store.writeOwnFile(rel, oldBytes).catch(() => undefined)
      throw e
    }
  })
}

/**
 * First-use registration of a public key an expert brought (e.g. in a score package), after the
 * secretary confirmed it. Registering the key already on record changes nothing (`registered: false`);
 * a different key, or one the expert retired, is refused: replacing a key is a re-key with a reason.
 */
export function registerExpertPublicKey(
  store: WorkspaceStore,
  opts: { expertId: ExpertId; publicKey: string; at: Date },
): Promise<{ expert: Expert; registered: boolean }> {
  return serial(store, async () => {
    const parsed = PublicKeyTextSchema.safeParse(opts.publicKey)
    if (!parsed.success) throw new WorkbenchError('SIGNATURE_INVALID', '公钥格式不正确（应为 32 字节 Ed25519 公钥的 base64）。')
    const publicKey = parsed.data
    publicKeyObject(publicKey)
    const fp = fingerprintOf(publicKey)
    const expert = findExpert((await store.workspaceShard()).data, opts.expertId)
    if (expert.publicKey === publicKey) return { expert, registered: false }
    if (expert.keyHistory?.some((h) => h.publicKey === publicKey)) {
      throw new WorkbenchError('SIGNATURE_INVALID', `公钥（指纹 ${fp}）是专家 ${expert.name} 已停用的旧密钥，不能再次登记。`)
    }
    if (expert.publicKey) {
      throw new WorkbenchError(
        'SIGNATURE_INVALID',
        `专家 ${expert.name} 已登记签名密钥（指纹 ${expert.fingerprint}），与所给公钥（指纹 ${fp}）不一致。如专家确已更换密钥，请先在专家库中办理更换并说明理由。`,
      )
    }
    return { expert: await setExpertKey(store, opts.expertId, publicKey, opts.at, undefined), registered: true }
  })
}

/**
 * Replaces the expert's registered public key with one made elsewhere (a new laptop, a lost
 * passphrase: the expert made a new key in their own workspace), after the secretary checked the new
 * fingerprint with the expert. The old key goes to keyHistory with the reason, so what it signed stays
 * verifiable; the old private key, if this workspace held it, is removed. Refused without a registered
 * key (register it instead), for the key already current, and for a key the expert retired. The caller
 * audits it.
 */
export function replaceExpertPublicKey(
  store: WorkspaceStore,
  opts: { expertId: ExpertId; publicKey: string; reason: string; at: Date },
): Promise<{ expert: Expert; previousFingerprint: string; removedLocalKey: boolean }> {
  return serial(store, async () => {
    const reason = opts.reason.trim()
    if (!reason) throw new WorkbenchError('INVALID_INPUT', '更换签名密钥必须填写理由。')
    const parsed = PublicKeyTextSchema.safeParse(opts.publicKey)
    if (!parsed.success) throw new WorkbenchError('SIGNATURE_INVALID', '公钥格式不正确（应为 32 字节 Ed25519 公钥的 base64）。')
    const publicKey = parsed.data
    publicKeyObject(publicKey)
    const fp = fingerprintOf(publicKey)
    const before = findExpert((await store.workspaceShard()).data, opts.expertId)
    if (!before.publicKey) {
      throw new WorkbenchError('CONFLICT', `专家 ${before.name} 尚未登记签名密钥，无需更换：导入其评分包时核对指纹即可登记。`)
    }
    if (before.publicKey === publicKey) throw new WorkbenchError('CONFLICT', `所给公钥（指纹 ${fp}）就是专家 ${before.name} 当前登记的密钥，无需更换。`)
    if (before.keyHistory?.some((h) => h.publicKey === publicKey)) {
      throw new WorkbenchError('SIGNATURE_INVALID', `公钥（指纹 ${fp}）是专家 ${before.name} 已停用的旧密钥，不能再次登记。`)
    }
    const other = (await store.workspaceShard()).data.experts.find((e) => e.id !== before.id && (e.publicKey === publicKey || e.keyHistory?.some((h) => h.publicKey === publicKey)))
    if (other) throw new WorkbenchError('SIGNATURE_INVALID', `公钥（指纹 ${fp}）已登记在专家 ${other.name} 名下，不能登记为专家 ${before.name} 的密钥。`)
    const expert = await setExpertKey(store, opts.expertId, publicKey, opts.at, reason)
    // the replaced key's private half, when it lived here, goes: it must sign nothing more (its public
    // half stays in keyHistory, so what it signed still verifies); the new private key is the expert's own
    const removedLocalKey = await store.removeOwnFile(expertKeyFile(opts.expertId))
    return { expert, previousFingerprint: before.fingerprint ?? fingerprintOf(before.publicKey), removedLocalKey }
  })
}

/** Records `publicKey` as the expert's current key; with a reason, the one it replaces goes to keyHistory. */
async function setExpertKey(store: WorkspaceStore, expertId: ExpertId, publicKey: string, at: Date, reason: string | undefined): Promise<Expert> {
  const ws = await store.workspaceShard()
  return ws.update((d) => {
    const i = d.experts.findIndex((e) => e.id === expertId)
    const e = d.experts[i]
    if (!e) throw new WorkbenchError('NOT_FOUND', `专家库中没有专家 ${expertId}。`)
    const history: KeyHistoryEntry[] = [...(e.keyHistory ?? [])]
    if (e.publicKey) {
      if (reason === undefined) throw new WorkbenchError('CONFLICT', `专家 ${e.name} 已有签名密钥（指纹 ${e.fingerprint}）。`)
      history.push({ publicKey: e.publicKey, fingerprint: e.fingerprint ?? fingerprintOf(e.publicKey), validFrom: e.keyValidFrom ?? '', validTo: at.toISOString(), reason })
    }
    const next: Expert = { ...e, publicKey, fingerprint: fingerprintOf(publicKey), keyValidFrom: at.toISOString(), ...(history.length ? { keyHistory: history } : {}) }
    d.experts[i] = next
    return next
  })
}

/** Unlocks an expert's key held in this workspace, checking it is the key the roster names. */
export async function unlockExpertKey(store: WorkspaceStore, expertId: ExpertId, passphrase: string): Promise<UnlockedKey> {
  const expert = findExpert((await store.workspaceShard()).data, expertId)
  if (!expert.publicKey) {
    throw new WorkbenchError('KEY_MISSING', `专家 ${expert.name} 尚未创建签名密钥。提交评分表前请先设置签名口令。`, { details: { expertId, noKey: true } })
  }
  const file = await readKeyFile(store, expertKeyFile(expertId))
  if (!file) {
    throw new WorkbenchError(
      'KEY_MISSING',
      `专家 ${expert.name} 的签名私钥不在本工作区（已登记公钥指纹 ${expert.fingerprint}），请在专家本人的工作区中提交。`,
      { details: { expertId } },
    )
  }
  if (file.publicKey !== expert.publicKey) {
    throw new WorkbenchError('KEY_LOCKED', `专家 ${expert.name} 的密钥文件与专家库登记的公钥不一致，不能用于签名。`)
  }
  return unlockKey(file, passphrase)
}

/**
 * The roster's record of a public key of this expert: the current one or an earlier one with its
 * validity, so a signature made before a re-key still verifies (and says it was made with an old key).
 */
export function expertKeyRecord(
  expert: Expert,
  publicKey: string,
): { fingerprint: string; validFrom: string; validTo?: string; current: boolean } | undefined {
  if (expert.publicKey === publicKey) return { fingerprint: expert.fingerprint ?? fingerprintOf(publicKey), validFrom: expert.keyValidFrom ?? '', current: true }
  const h = expert.keyHistory?.find((k) => k.publicKey === publicKey)
  return h ? { fingerprint: h.fingerprint, validFrom: h.validFrom, validTo: h.validTo, current: false } : undefined
}

// ---- the workspace key unlocked for this session (to seal documents) ----

const sessionKeys = new WeakMap<WorkspaceStore, UnlockedKey>()

/**
 * Unlocks the secretariat's key for this session: documents exported while it is unlocked carry the
 * workspace's signature over their content. The key lives in this process's memory only, never on
 * disk in the clear; lockWorkspaceKey (or closing the workspace) forgets it.
 */
export async function unlockWorkspaceForSession(store: WorkspaceStore, passphrase: string): Promise<UnlockedKey> {
  const key = await unlockWorkspaceKey(store, passphrase)
  sessionKeys.set(store, key)
  return key
}

export function lockWorkspaceKey(store: WorkspaceStore): void {
  sessionKeys.delete(store)
}

/** The workspace key unlocked for this session, if any. */
export function sessionWorkspaceKey(store: WorkspaceStore): UnlockedKey | undefined {
  return sessionKeys.get(store)
}
