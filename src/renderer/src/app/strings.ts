/** User-visible text of the window frame (docs/design/style.md: one place per feature, for a later English locale). */
export const APP_STRINGS = {
  product: '专家评审工作台',
  /** the one character in the logo square */
  brandMark: '评',
  alliance: '机械行业技工院校高水平专业建设联盟',
  navCampaigns: '评审活动',
  navExperts: '专家库',
  campaignSwitcher: '切换评审活动',
  saveIdle: '已保存',
  saveSaving: '保存中…',
  saveFailed: '保存失败',
  saveFailedWhy: (reason: string) => `保存失败：${reason}`,
  saveUnsaved: '未保存',
  saveUnsavedFailed: (reason: string) => `未保存 · 保存失败：${reason}`,
  connectionLost: '与工作台服务的连接已断开',
  connectionLostHint: '断开前已显示“已保存”的内容都在磁盘上；恢复后请重试刚才的操作。',
  connectionRetry: '重试连接',
  connectionReload: '重新载入',
  leaveUnsaved: '还有未保存的内容，离开将丢失。',
  savedAt: (hhmm: string) => `已保存 · ${hhmm}`,
  bootFailed: '无法打开工作区',
  loading: '正在打开工作区…',
}
