/**
 * The change notes of the built-in templates, one per version, oldest first (issue 10: each
 * correction is a new template version with a note). A campaign copies a template as its own
 * version 1; these notes say which template version it started from and what changed in it.
 */
export interface TemplateChange {
  version: number
  note: string
}

const FIRST = '初版：依据联盟工作要点和公开发布的同类评审标准拟定的默认模板。'

export const TEMPLATE_HISTORY: Readonly<Record<string, readonly TemplateChange[]>> = {
  'tpl-diagnostic': [
    { version: 1, note: FIRST },
    {
      version: 2,
      note:
        '取证率只在8.1计分，2.3改为评价学业评价与职业技能等级评价的组织实施；1.1写明先进制造业重点领域和联盟协作组方向；' +
        '2.1写明国家技能人才培养标准；4.1改称职业技能等级；8.1加入全国技能大赛和竞赛成果转化；D 级名称由“差”改为“待改进”。',
    },
  ],
  'tpl-masterTeacher': [
    { version: 1, note: FIRST },
    {
      version: 2,
      note:
        '2.2按超额幅度区分 B、C、D，D 不再与资格条件 E3（近3年每年完成规定工作量）矛盾；E5写明《技工院校工学一体化教师标准》；' +
        '“二类大赛”改为“国家级二类职业技能竞赛”；D 级名称改为“待改进”。',
    },
  ],
  'tpl-masterCraftsman': [
    { version: 1, note: FIRST },
    {
      version: 2,
      note:
        '2.3各级年限不再重叠（满15年／满10年／满6年／满5年不满6年）；删去加分项 B1（中华技能大奖、全国技术能手等荣誉已在1.1、2.2计分），加分上限改为4分；' +
        '“工法”改为“先进操作法”；2.2写明特级技师、首席技师；D 级名称改为“待改进”。',
    },
  ],
  'tpl-researchAchievement': [
    { version: 1, note: FIRST },
    {
      version: 2,
      note:
        '名额写入奖项等级（特等奖不超过1项、一等奖不超过参评数10%、二等奖不超过20%），特等奖须票决；奖项分数线标为“确认后使用”；' +
        '结果只评定奖项等级，不与等次并列；D 级名称改为“待改进”。',
    },
  ],
  'tpl-excellentCourse': [
    { version: 1, note: FIRST },
    {
      version: 2,
      note:
        '“列入人才培养方案”“完整开设不少于2个学期”只作资格条件，不再在否决项中重复，否决项重新编号；增加否决项“教材选用不符合国家和省级教材管理规定”；' +
        '2.1写明工学一体化课程标准；D 级名称改为“待改进”。',
    },
  ],
}

/** The change notes of a built-in template, oldest first ([] for an unknown id). */
export function templateHistory(id: string): readonly TemplateChange[] {
  return TEMPLATE_HISTORY[id] ?? []
}
