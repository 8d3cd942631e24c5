/**
 * 承诺书 (pledge): the text every expert accepts before scoring, in its one home. The renderer shows it
 * as campaigns.get delivers it (`pledgeText`); the audit log records which version was accepted.
 */

/** Version of the 承诺书 text experts accept (bump when the text changes). */
export const PLEDGE_TEXT_VERSION = 1

export const PLEDGE_TEXT =
  '本人自愿担任本次评审专家，郑重承诺：一、坚持公平、公正、客观原则，严格按照评审标准独立评分，不受任何单位和个人干预；' +
  '二、严格遵守保密纪律，不泄露评审材料、评审意见和评审结果，不复制、不外传申报材料；' +
  '三、如实申报回避事项：与申报单位存在任职关系、近三年曾在申报单位任职，或与申报人存在亲属、师生、合作关系等可能影响公正评审的情形，主动申请回避；' +
  '四、廉洁自律，不接受任何形式的请托和馈赠。如有违反，自愿承担相应责任。'

export interface PledgeText {
  version: number
  text: string
}

export const CURRENT_PLEDGE: PledgeText = { version: PLEDGE_TEXT_VERSION, text: PLEDGE_TEXT }
