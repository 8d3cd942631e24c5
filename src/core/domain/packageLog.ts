import { z } from 'zod'
import { ExpertIdSchema, SubmissionIdSchema } from './ids'

/**
 * What a secretariat campaign remembers of the offline round trip (issue 11): every expert package it
 * issued and every score package it accepted, per expert, with sequence numbers (an older sequence than
 * one already accepted is a replay) and times (the 回收情况 view). Optional in campaign.json, so
 * campaigns written before issue 11 still load.
 */
export const IssuedPackageSchema = z.object({
  expertId: ExpertIdSchema,
  packageId: z.string().max(64),
  sequence: z.number().int().positive(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  submissionIds: z.array(SubmissionIdSchema),
  bytes: z.number().int().nonnegative(),
})
export type IssuedPackage = z.infer<typeof IssuedPackageSchema>

export const ReceivedPackageSchema = z.object({
  expertId: ExpertIdSchema,
  packageId: z.string().max(64),
  sequence: z.number().int().positive(),
  /** when the expert wrote it, and when the secretariat imported it */
  issuedAt: z.string(),
  receivedAt: z.string(),
  /** sha256 of the package's signed manifest (which binds every file in it): the same package twice is recognised */
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** the expert workspace's latest audit entry hash when the package was written */
  auditHead: z.string().max(128).default(''),
  /** sheets in it, and how many replaced an older copy here */
  sheets: z.array(z.object({ submissionId: SubmissionIdSchema, submittedVersion: z.number().int().positive(), applied: z.boolean() })),
})
export type ReceivedPackage = z.infer<typeof ReceivedPackageSchema>

export const PackageLogSchema = z.object({
  issued: z.array(IssuedPackageSchema).default([]),
  received: z.array(ReceivedPackageSchema).default([]),
})
export type PackageLog = z.infer<typeof PackageLogSchema>

export const EMPTY_PACKAGE_LOG: PackageLog = { issued: [], received: [] }

/** The next expert-package sequence for an expert: one more than the last issued. */
export function nextIssuedSequence(log: PackageLog | undefined, expertId: string): number {
  return Math.max(0, ...(log?.issued ?? []).filter((p) => p.expertId === expertId).map((p) => p.sequence)) + 1
}

/** The highest score-package sequence accepted from an expert (0: none yet). */
export function lastReceivedSequence(log: PackageLog | undefined, expertId: string): number {
  return Math.max(0, ...(log?.received ?? []).filter((p) => p.expertId === expertId).map((p) => p.sequence))
}
