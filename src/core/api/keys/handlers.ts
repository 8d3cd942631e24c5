import type { ExpertId } from '../../domain/ids'
import type { Expert } from '../../domain/workspace'
import type { WorkspaceStore } from '../../storage/workspaceStore'
import { createExpertKey, createWorkspaceKey, hasLocalExpertKey, lockWorkspaceKey, registerExpertPublicKey, rekeyExpert, replaceExpertPublicKey, sessionWorkspaceKey, unlockWorkspaceForSession } from '../../signing/keyStore'
import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'
import type { ExpertKeyRow } from './outputs'

async function row(store: WorkspaceStore, e: Expert): Promise<ExpertKeyRow> {
  return {
    expertId: e.id,
    name: e.name,
    unit: e.unit,
    fingerprint: e.fingerprint ?? null,
    publicKey: e.publicKey ?? null,
    keyValidFrom: e.keyValidFrom ?? null,
    hasLocalKey: await hasLocalExpertKey(store, e.id),
    history: (e.keyHistory ?? []).map(({ fingerprint, validFrom, validTo, reason }) => ({ fingerprint, validFrom, validTo, reason })),
  }
}

/** Appends a key event to the audit log of every campaign the expert takes part in. */
export async function auditExpertKeyEvent(
  store: WorkspaceStore,
  expertId: ExpertId,
  action: string,
  actor: string,
  data: Record<string, unknown>,
  at: Date,
): Promise<void> {
  for (const id of await store.campaignIds()) {
    const c = (await store.campaignShard(id)).data.campaign
    if (c.expertIds.includes(expertId)) await store.audit(id).append(action, actor, { expertId, ...data }, at)
  }
}

export function keysHandlers({ store, now }: HandlerDeps) {
  return {
    'keys.status': async () => {
      const ws = (await store.workspaceShard()).data
      return { workspace: ws.workspaceKey ?? null, workspaceUnlocked: sessionWorkspaceKey(store) !== undefined, experts: await Promise.all(ws.experts.map((e) => row(store, e))) }
    },
    'keys.createWorkspaceKey': async ({ passphrase }) => createWorkspaceKey(store, passphrase, now()),
    'keys.createExpertKey': async ({ expertId, passphrase }) => {
      const at = now()
      const expert = await createExpertKey(store, { expertId, passphrase, at })
      await auditExpertKeyEvent(store, expertId, 'key.create', expertId, { fingerprint: expert.fingerprint }, at)
      return row(store, expert)
    },
    'keys.registerExpertKey': async ({ expertId, publicKey }) => {
      const at = now()
      const { expert, registered } = await registerExpertPublicKey(store, { expertId, publicKey, at })
      if (registered) await auditExpertKeyEvent(store, expertId, 'key.register', '秘书处', { fingerprint: expert.fingerprint }, at)
      return { ...(await row(store, expert)), registered }
    },
    'keys.rekeyExpert': async ({ expertId, passphrase, reason }) => {
      const at = now()
      const { expert, previousFingerprint } = await rekeyExpert(store, { expertId, passphrase, reason, at })
      await auditExpertKeyEvent(store, expertId, 'key.rekey', '秘书处', { fingerprint: expert.fingerprint, previousFingerprint: previousFingerprint ?? null, reason }, at)
      return { ...(await row(store, expert)), previousFingerprint: previousFingerprint ?? null }
    },
    'keys.replaceExpertKey': async ({ expertId, publicKey, reason }) => {
      const at = now()
      const { expert, previousFingerprint } = await replaceExpertPublicKey(store, { expertId, publicKey, reason, at })
      await auditExpertKeyEvent(store, expertId, 'key.replace', '秘书处', { fingerprint: expert.fingerprint, previousFingerprint, reason }, at)
      return { ...(await row(store, expert)), previousFingerprint }
    },
    'keys.unlockWorkspace': async ({ passphrase }) => ({ fingerprint: (await unlockWorkspaceForSession(store, passphrase)).fingerprint }),
    'keys.lockWorkspace': async () => {
      lockWorkspaceKey(store)
      return { locked: true as const }
    },
  } satisfies HandlersOf<'keys'>
}
