/** 拖放导入 (issue 15): a file dropped anywhere on the window. */
export const DROP_STRINGS = {
  overlay: '松开鼠标即可导入',
  overlayHint: '申报汇总表（.xlsx / .csv）· 申报材料（.zip）· 指标体系（.json，或在「指标体系」页拖入 .xlsx）· 评审包（.wbexp / .wbscore）',
  oneAtATime: '一次只能拖入一个文件，请逐个拖入。',
  needsCampaign: (name: string) => `要导入「${name}」，请先打开一个评审活动，再把文件拖到窗口中。`,
  folder: (name: string) => `「${name}」是文件夹：请把材料文件夹压缩为 .zip 后再拖入（或用命令行 import materials 导入文件夹）。`,
  oldExcel: (name: string) => `「${name}」是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 后再拖入。`,
  unknown: (name: string) => `无法识别「${name}」的用途。可拖入：申报汇总表（.xlsx / .csv）、申报材料（.zip）、指标体系文件（.json，或在「指标体系」页拖入 .xlsx）、评审包（.wbexp / .wbscore）。`,
  noPackages: '这个版本还不能导入评审包（.wbexp / .wbscore）。',
  expertOnlyPackages: (name: string) => `专家工作区不导入「${name}」：申报、材料和指标体系由秘书处管理，随评审包一起发来。`,
} as const
