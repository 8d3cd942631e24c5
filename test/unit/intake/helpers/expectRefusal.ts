import { expect } from 'vitest'
import { WorkbenchError } from '../../../../src/core/domain/errors'

/** Awaits a promise that must be refused with INVALID_INPUT, the given details.reason and message text. */
export async function expectRefusal(p: Promise<unknown>, reason: string, ...messageParts: string[]): Promise<WorkbenchError> {
  let caught: unknown
  try {
    await p
  } catch (e) {
    caught = e
  }
  expect(caught, 'expected a refusal').toBeInstanceOf(WorkbenchError)
  const err = caught as WorkbenchError
  expect(err.code).toBe('INVALID_INPUT')
  expect(err.details?.reason, err.message).toBe(reason)
  for (const part of messageParts) expect(err.message).toContain(part)
  return err
}
