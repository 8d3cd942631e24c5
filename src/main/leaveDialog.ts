/**
 * The question Electron asks when the page refuses to unload (will-prevent-unload): closing, quitting
 * or reloading with unsaved edits (issue 15). Button 0 leaves. Kept free of the electron import.
 */
export function leaveDialog() {
  return {
    type: 'warning' as const,
    buttons: ['离开（不保存）', '留下'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: '还有未保存的内容',
    message: '有尚未保存的修改（正在输入的评语、正在保存的评分或未保存的指标体系）。',
    detail: '现在离开，这些修改将会丢失。选择「留下」回到工作台，保存后再关闭。',
  }
}
