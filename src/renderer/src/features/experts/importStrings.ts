/** 导入专家 (issue 9 item 16). */
export const EXPERT_IMPORT_STRINGS = {
  button: '导入专家',
  title: '导入专家库',
  steps: ['选择文件', '预览与校验', '导入'],
  pick: '点击或拖入专家表（.xlsx 或 CSV）',
  hint: '表头：姓名、工作单位、职称、协作组、原工作单位（如「某技师学院（2018—2021）」）、关系（如「亲属：王某，某学院」）、研究领域、联系方式',
  unreadable: (file: string) => `无法读取专家表「${file}」`,
  summary: (rows: number, valid: number, problems: number) => `共 ${rows} 行，无误 ${valid} 行，问题 ${problems} 处`,
  columnsFound: (names: string) => `已识别的列：${names}`,
  imported: (n: number) => `已导入 ${n} 位专家`,
  importedSkipped: (n: number) => `跳过有问题的 ${n} 行，可修改后再导入。`,
  colFormer: '原工作单位',
  colRelations: '关系',
  colGroups: '协作组',
} as const
