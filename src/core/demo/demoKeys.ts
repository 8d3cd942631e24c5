import type { ExpertId } from '../domain/ids'
import type { WorkspaceStore } from '../storage/workspaceStore'
import { createExpertKey, createWorkspaceKey, type KdfParams } from '../signing/keyStore'

/**
 * The demo workspace's one passphrase for every key in it (the secretariat's and each demo expert's),
 * documented in the README. A demo, not a secret: never use it for real keys.
 */
export const DEMO_PASSPHRASE = 'demo-2026'

/**
 * scrypt parameters of the demo's keys (and of keys tests make): N = 2^14, the lowest the key file
 * schema accepts, about half the work of the default 2^15, so the demo and the tests stay fast. The
 * parameters are written in each key file, so these keys unlock anywhere; keys made in the app use
 * the default.
 */
export const DEMO_KDF: KdfParams = { N: 2 ** 14, r: 8, p: 1 }

/** Gives the demo workspace its key and each listed expert a key, all under DEMO_PASSPHRASE. */
export async function addDemoKeys(store: WorkspaceStore, expertIds: ExpertId[], at: Date): Promise<void> {
  await createWorkspaceKey(store, DEMO_PASSPHRASE, at, DEMO_KDF)
  for (const expertId of expertIds) await createExpertKey(store, { expertId, passphrase: DEMO_PASSPHRASE, at, kdf: DEMO_KDF })
}
