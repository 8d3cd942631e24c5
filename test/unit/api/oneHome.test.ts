import { afterEach, describe, expect, it } from 'vitest'
import { submitInput } from '../../helpers/tempWorkspace'
import { clientScoringCampaign, tempClient } from '../../helpers/client'
import { PLEDGE_TEXT, PLEDGE_TEXT_VERSION } from '../../../src/core/domain/pledge'
import { allIndicators } from '../../../src/core/rubric/indicators'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('rules with one home, delivered by the API', () => {
  it('sheets carry the submit blocker the handler refuses with', async () => {
    const t = await tempClient()
    cleanup = t.cleanup
    const { api } = t
    const { key, campaign } = await clientScoringCampaign(api)
    const empty = await api['sheets.get'](key)
    expect(empty.submitBlocker).toMatchObject({ code: 'SHEET_INCOMPLETE' })
    await expect(api['sheets.submit'](await submitInput(t.wb, key))).rejects.toMatchObject({ code: 'SHEET_INCOMPLETE', message: empty.submitBlocker!.message })

    const inds = allIndicators(campaign.rubric)
    let view = empty
    for (const i of inds) view = await api['sheets.setEntry']({ ...key, indicatorCode: i.code, level: 'B' })
    expect(view.submitBlocker).toBeNull()
    const submitted = await api['sheets.submit'](await submitInput(t.wb, key))
    expect(submitted.submitBlocker).toMatchObject({ code: 'SHEET_SUBMITTED' })
  })

  it('campaigns.get delivers the 承诺书 text; pledges.accept records its version', async () => {
    const t = await tempClient()
    cleanup = t.cleanup
    const { api } = t
    const { campaign, expert } = await clientScoringCampaign(api)
    const got = await api['campaigns.get']({ campaignId: campaign.id })
    expect(got.pledgeText).toEqual({ version: PLEDGE_TEXT_VERSION, text: PLEDGE_TEXT })
    expect(got.pledges[expert.id]?.textVersion).toBe(PLEDGE_TEXT_VERSION)
  })
})
