import type { ThemeConfig } from 'antd'

/** One accent colour (a steel blue), calm neutrals, dense tables: an admin console (docs/design/screens.md). */
export const ACCENT = '#1f5fa6'

/** Someone who asked the system for less motion gets none (WCAG 2.3.3); the E2E tests ask for it too. */
const reduceMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches

export const workbenchTheme: ThemeConfig = {
  token: {
    motion: !reduceMotion,
    colorPrimary: ACCENT,
    colorInfo: ACCENT,
    // the palette antd derives from a muted blue comes out grey; name the light tints ourselves
    colorPrimaryBg: '#e8f0fa',
    colorPrimaryBgHover: '#d5e4f6',
    colorInfoBg: '#eef4fb',
    colorInfoBorder: '#c6d9ef',
    borderRadius: 4,
    fontSize: 14,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
    colorBgLayout: '#f3f5f8',
  },
  components: {
    Layout: { siderBg: '#ffffff', headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Table: { headerBg: '#f5f7fa', cellPaddingBlockSM: 6 },
    Card: { headerFontSize: 15 },
    Menu: { itemSelectedBg: '#e8f0fa', itemSelectedColor: ACCENT },
  },
}
