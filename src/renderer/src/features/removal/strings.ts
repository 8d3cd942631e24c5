/** 删除 / 归档 with a reason (issue 9 item 14). */
export const REMOVAL_STRINGS = {
  reasonPlaceholder: '请填写理由（记入审计日志）',
  reasonRequired: '请先填写理由',
  ok: '确定',
  cancel: '取消',
  done: '已完成',
}
