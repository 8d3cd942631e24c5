/**
 * The keyboard shortcuts the workbench has (listed in 帮助 → 键盘快捷键). Where each lives:
 * scoring keys in src/renderer/src/features/scoring/keyboard.ts + IndicatorRow.tsx, the split handle in
 * SheetWithMaterials.tsx, PDF search in features/materials/pdf/PdfNav.tsx, the rest are the menu's
 * accelerators (menuTemplate.ts). A test checks the renderer still handles the keys listed here.
 */
export interface ShortcutGroup {
  title: string
  items: { keys: string; does: string }[]
}

export function shortcutGroups(mod: 'Ctrl' | '⌘'): ShortcutGroup[] {
  return [
    {
      title: '评分表',
      items: [
        { keys: 'A / B / C / D 或 1 / 2 / 3 / 4', does: '为当前指标选择等级，并跳到下一个指标' },
        { keys: 'Delete / Backspace', does: '清除当前指标的等级' },
        { keys: 'Tab / Shift+Tab', does: '在指标和输入框之间移动' },
      ],
    },
    {
      title: '材料',
      items: [
        { keys: '← / →（分隔条获得焦点时）', does: '调整评分表与材料的宽度' },
        { keys: 'Enter / Shift+Enter（PDF 搜索框中）', does: '跳到下一个 / 上一个搜索结果' },
      ],
    },
    {
      title: '窗口',
      items: [
        { keys: `${mod}+N`, does: '新建工作区' },
        { keys: `${mod}+O`, does: '打开工作区' },
        { keys: `${mod}+Shift+W`, does: '关闭工作区（回到开始页）' },
        { keys: `${mod}+Q`, does: '退出' },
        { keys: `${mod}+Z / ${mod}+Shift+Z`, does: '撤销 / 重做（输入框中）' },
        { keys: `${mod}+0 / ${mod}++ / ${mod}+-`, does: '实际大小 / 放大 / 缩小' },
        { keys: 'F11', does: '全屏' },
        { keys: 'F1', does: '键盘快捷键（本页）' },
      ],
    },
  ]
}

/** The shortcuts as the plain text of a message box. */
export function shortcutsText(mod: 'Ctrl' | '⌘'): string {
  return shortcutGroups(mod)
    .map((g) => `【${g.title}】\n${g.items.map((i) => `${i.keys}：${i.does}`).join('\n')}`)
    .join('\n\n')
}
