import type { IndicatorCode } from '../../domain/ids'
import type { Rubric } from '../../domain/rubric'

const c = (s: string) => s as IndicatorCode

/**
 * 专业建设诊断 — default template (review-kinds.md (a)).
 * A starting point for the expert committee; editable and versioned, frozen per campaign.
 */
export const diagnosticTemplate: Rubric = {
  id: 'tpl-diagnostic',
  name: '专业建设诊断指标体系（2026版）',
  kind: 'diagnostic',
  version: 1,
  total: 100,
  levels: [
    { level: 'A', label: '优', coefficient: 1.0 },
    { level: 'B', label: '良', coefficient: 0.8 },
    { level: 'C', label: '中', coefficient: 0.6 },
    { level: 'D', label: '差', coefficient: 0.3 },
  ],
  gradeBands: [
    { grade: 'A', label: '优秀', min: 90 },
    { grade: 'B', label: '良好', min: 80 },
    { grade: 'C', label: '合格', min: 60 },
    { grade: 'D', label: '不合格', min: 0 },
  ],
  dimensions: [
    {
      code: '1',
      name: '专业定位与产业对接',
      points: 10,
      indicators: [
        {
          code: c('1.1'),
          name: '产业需求调研与专业定位',
          points: 4,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '近三年开展系统的区域产业与岗位需求调研，专业定位精准对接区域主导产业和新职业，面向岗位群清晰，论证充分。',
            B: '开展了产业需求调研，专业定位与区域产业需求基本吻合，面向岗位群较明确，论证材料较完整。',
            C: '调研范围有限或数据陈旧，专业定位与产业需求对接不够紧密，面向岗位群表述笼统。',
            D: '未开展产业需求调研或无调研佐证，专业定位模糊，与区域产业需求明显脱节。',
          },
          observationPoints: [
            {
              text: '近三年产业与人才需求调研（覆盖企业不少于20家）',
              nature: 'quantitative',
              evidence: '近三年产业调研报告、企业调研问卷及汇总分析',
              siteCheck: false,
            },
            {
              text: '专业定位与面向岗位群论证',
              nature: 'qualitative',
              evidence: '专业论证会纪要、专业定位及岗位群分析说明',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('1.2'),
          name: '专业规划与动态调整',
          points: 3,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '专业建设中长期规划目标、任务、举措明确，建立动态调整机制，近三年依据产业变化及时优化专业方向。',
            B: '有专业建设规划，目标任务较明确，能根据产业变化对专业方向或课程设置作出调整。',
            C: '专业规划内容较笼统，动态调整机制不健全，专业调整滞后于产业发展。',
            D: '无专业建设规划或规划流于形式，专业长期未作调整，与产业发展脱节。',
          },
          observationPoints: [
            {
              text: '专业建设规划的完整性与可操作性',
              nature: 'qualitative',
              evidence: '专业建设五年规划、年度建设计划及执行总结',
              siteCheck: false,
            },
            {
              text: '专业（方向）动态调整机制及近三年调整情况',
              nature: 'qualitative',
              evidence: '专业（方向）调整论证记录、调整申报及批复材料',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('1.3'),
          name: '行业企业参与治理',
          points: 3,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '专业建设指导委员会中行业企业专家过半且定期运行，企业深度参与专业规划、方案制定与质量评价。',
            B: '设有专业建设指导委员会且有企业专家参与，每年开展活动，企业参与专业建设主要环节。',
            C: '专业建设指导委员会已成立但运行不规律，企业参与以咨询为主，作用发挥有限。',
            D: '未建立行业企业参与专业治理的机制，或相关组织有名无实、无活动记录。',
          },
          observationPoints: [
            {
              text: '专业建设指导委员会中行业企业专家占比（不低于50%）',
              nature: 'quantitative',
              evidence: '专业建设指导委员会名单、聘书及章程',
              siteCheck: false,
            },
            {
              text: '委员会年度活动次数（不少于2次）及意见采纳情况',
              nature: 'quantitative',
              evidence: '委员会会议纪要、意见采纳与落实记录',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '2',
      name: '人才培养方案与工学一体化',
      points: 14,
      indicators: [
        {
          code: c('2.1'),
          name: '人才培养方案',
          points: 5,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '方案依据国家职业技能标准和一体化课程规范制定，培养目标、课程结构、学时安排科学，经企业论证并严格执行。',
            B: '方案结构完整，依据职业标准制定并经过论证，执行情况较好，个别环节有待完善。',
            C: '方案要素基本齐全，但与职业标准和岗位要求对接不够，论证或执行不够严格。',
            D: '方案缺失或照搬他校，与职业标准和岗位要求脱节，未按方案组织教学。',
          },
          observationPoints: [
            {
              text: '方案依据职业技能标准和典型工作任务制定',
              nature: 'qualitative',
              evidence: '人才培养方案、典型工作任务分析报告',
              siteCheck: false,
            },
            {
              text: '实践性教学学时占总学时比例（不低于50%）',
              nature: 'quantitative',
              evidence: '教学计划、学时分配表',
              siteCheck: false,
            },
            {
              text: '方案论证、执行与年度修订',
              nature: 'qualitative',
              evidence: '方案论证意见、修订记录、教学运行记录',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('2.2'),
          name: '工学一体化实施',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '全面实施工学一体化教学，一体化课程覆盖全部核心课程，学习任务源于企业真实工作任务，教学过程与工作过程对接。',
            B: '大部分核心课程实施工学一体化教学，学习任务较好体现典型工作任务，实施效果较好。',
            C: '工学一体化教学处于试点阶段，覆盖面较小，学习任务与真实工作过程对接不够充分。',
            D: '未实施工学一体化教学，理论与实践教学相互分离，教学过程与工作过程脱节。',
          },
          observationPoints: [
            {
              text: '一体化课程占专业核心课程比例（不低于80%为优）',
              nature: 'quantitative',
              evidence: '一体化课程清单、课程表',
              siteCheck: false,
            },
            {
              text: '学习任务设计与工作过程对接情况',
              nature: 'qualitative',
              evidence: '学习任务设计方案、工作页、企业真实任务转化记录',
              siteCheck: false,
            },
            {
              text: '一体化课堂教学现场观察',
              nature: 'qualitative',
              evidence: '现场听课记录、一体化学习工作站照片',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('2.3'),
          name: '学业评价与技能等级',
          points: 3,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '过程性与结果性评价相结合，引入企业评价，职业技能等级认定与教学有机融合，取证率不低于95%。',
            B: '评价方式较为多元，有企业参与评价，学生职业技能等级取证率达到85%以上。',
            C: '以终结性考试为主，过程性评价和企业评价不足，技能等级取证率在70%至85%之间。',
            D: '评价方式单一，未开展技能等级认定或取证率低于70%，评价与职业标准脱节。',
          },
          observationPoints: [
            {
              text: '多元评价（过程性评价、企业评价）实施情况',
              nature: 'qualitative',
              evidence: '学业评价方案、过程性评价记录、企业评价表',
              siteCheck: false,
            },
            {
              text: '毕业生职业技能等级证书取证率',
              nature: 'quantitative',
              evidence: '技能等级认定名册、证书统计表',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '3',
      name: '课程体系与教学资源',
      points: 16,
      indicators: [
        {
          code: c('3.1'),
          name: '课程标准与内容对接职业标准',
          points: 6,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '全部核心课程制定课程标准，内容全面对接国家职业技能标准和世赛标准，及时融入新技术、新工艺、新规范。',
            B: '核心课程均有课程标准，内容较好对接职业标准，能吸收部分新技术、新工艺内容。',
            C: '部分核心课程缺少课程标准，内容对接职业标准不够充分，更新不够及时。',
            D: '核心课程普遍无课程标准，内容陈旧，与职业标准和企业岗位要求明显脱节。',
          },
          observationPoints: [
            {
              text: '核心课程标准覆盖率（100%为优）',
              nature: 'quantitative',
              evidence: '课程标准文本、课程标准审定记录',
              siteCheck: false,
            },
            {
              text: '课程内容与国家职业技能标准、世赛标准对照',
              nature: 'qualitative',
              evidence: '课程内容与职业标准对照表、世赛标准转化材料',
              siteCheck: false,
            },
            {
              text: '新技术、新工艺、新规范融入情况',
              nature: 'qualitative',
              evidence: '近三年课程内容更新记录、企业技术资料引入清单',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('3.2'),
          name: '教材与数字资源',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '选用国家规划教材或一体化教材，校企合编工作页等特色教材，数字资源覆盖全部核心课程并持续应用更新。',
            B: '教材选用规范，有校本或校企合编教材，数字资源覆盖大部分核心课程且有一定应用。',
            C: '教材选用基本规范，自编教材较少，数字资源数量有限，更新和使用不足。',
            D: '教材选用不规范或内容陈旧，基本无数字化教学资源，无法支撑教学改革。',
          },
          observationPoints: [
            {
              text: '校企合作开发教材、工作页数量',
              nature: 'quantitative',
              evidence: '教材选用清单、合编教材出版或印制材料',
              siteCheck: false,
            },
            {
              text: '数字资源覆盖率与使用数据',
              nature: 'quantitative',
              evidence: '数字资源清单、在线学习平台访问与使用统计',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('3.3'),
          name: '教学实施与课堂质量',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '教学组织规范有序，普遍采用任务引领、行动导向教学，学生参与度高，督导与学生评教优良率不低于90%。',
            B: '教学组织规范，行动导向教学应用较多，课堂效果较好，督导与学生评教优良率不低于80%。',
            C: '教学基本规范，以讲授为主，课堂互动不足，督导与学生评教优良率在60%至80%之间。',
            D: '教学秩序不规范，课堂质量差，评教优良率低于60%或近三年发生教学事故。',
          },
          observationPoints: [
            {
              text: '随机听课的课堂教学质量',
              nature: 'qualitative',
              evidence: '现场听课评价表',
              siteCheck: true,
            },
            {
              text: '督导评价与学生评教优良率',
              nature: 'quantitative',
              evidence: '教学督导记录、学生评教统计表',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '4',
      name: '师资队伍',
      points: 16,
      indicators: [
        {
          code: c('4.1'),
          name: '专业带头人',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '专业带头人具有高级职称和技师以上职业资格，行业影响力突出，主持省级以上项目，引领专业建设成效显著。',
            B: '专业带头人具有高级职称或高级技师资格，业务能力强，主持市级以上项目，在专业建设中发挥主导作用。',
            C: '专业带头人资历基本符合要求，但行业影响力和专业引领作用不够突出。',
            D: '未明确专业带头人，或其资历能力明显不足，未能发挥专业建设引领作用。',
          },
          observationPoints: [
            {
              text: '专业带头人职称、职业资格与行业兼职',
              nature: 'qualitative',
              evidence: '职称证书、职业资格证书、行业组织兼职聘书',
              siteCheck: false,
            },
            {
              text: '近五年主持的项目与取得的成果',
              nature: 'quantitative',
              evidence: '项目立项书及结题证明、成果获奖证书',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('4.2'),
          name: '队伍结构',
          points: 6,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '生师比不高于18:1，一体化教师占专业教师比例不低于60%，双师型教师比例不低于70%，年龄职称结构合理。',
            B: '生师比不高于20:1，一体化教师比例不低于45%，双师型教师比例不低于60%，队伍结构较合理。',
            C: '生师比不高于22:1，一体化教师比例不低于30%，双师型教师比例不低于50%，结构存在短板。',
            D: '生师比高于22:1，或一体化教师比例低于30%、双师型教师比例低于50%，结构明显失衡。',
          },
          observationPoints: [
            {
              text: '专业生师比',
              nature: 'quantitative',
              evidence: '专业教师花名册、在校生名册',
              siteCheck: false,
            },
            {
              text: '一体化教师、双师型教师占专业教师比例',
              nature: 'quantitative',
              evidence: '一体化教师认定文件、双师型教师认定名单及相关证书',
              siteCheck: false,
            },
            {
              text: '企业兼职教师比例及承担课时',
              nature: 'quantitative',
              evidence: '兼职教师聘用协议、授课任务书及课时统计',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('4.3'),
          name: '教师发展',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '教师培养规划完善，专业教师每5年企业实践累计不少于6个月的达标率为100%，培训与技能提升成效突出。',
            B: '有教师培养计划，企业实践达标率不低于80%，教师参加各级培训和教学能力比赛成效较好。',
            C: '教师培养缺乏系统规划，企业实践达标率在60%至80%之间，培训成效一般。',
            D: '无教师培养计划，企业实践达标率低于60%，教师专业能力提升渠道缺失。',
          },
          observationPoints: [
            {
              text: '专业教师每5年企业实践累计不少于6个月的达标率',
              nature: 'quantitative',
              evidence: '教师企业实践档案、实践企业出具的证明',
              siteCheck: false,
            },
            {
              text: '教师培训及教学能力比赛获奖情况',
              nature: 'quantitative',
              evidence: '培训结业证书、教学能力比赛获奖证书',
              siteCheck: false,
            },
            {
              text: '师资队伍建设规划与实施',
              nature: 'qualitative',
              evidence: '师资队伍建设规划、年度培训计划及总结',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '5',
      name: '实训条件',
      points: 12,
      indicators: [
        {
          code: c('5.1'),
          name: '校内实训基地',
          points: 6,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '实训基地按真实生产环境建设，设备先进、工位充足，对接世赛标准，满足一体化教学和技能等级认定需要。',
            B: '实训设备较先进、工位较充足，基本体现真实工作环境，能够满足一体化教学需要。',
            C: '实训条件基本满足教学，但设备陈旧或工位不足，与企业生产环境差距较大。',
            D: '实训条件严重不足，设备老化或缺失，无法满足专业核心课程实训教学需要。',
          },
          observationPoints: [
            {
              text: '生均实训设备值与实训工位数',
              nature: 'quantitative',
              evidence: '实训设备台账、实训室工位统计表',
              siteCheck: true,
            },
            {
              text: '实训环境与真实生产环境、世赛标准对接',
              nature: 'qualitative',
              evidence: '实训基地建设方案、现场布局与设备配置',
              siteCheck: true,
            },
            {
              text: '实训设备利用率',
              nature: 'quantitative',
              evidence: '实训室使用记录、实训课表',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('5.2'),
          name: '校外实习基地',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '稳定的校外实习基地数量充足并实质运行，岗位与专业高度对口，满足全部学生认识实习和岗位实习需要，管理规范。',
            B: '校外实习基地数量较充足，签订合作协议，岗位较对口，能满足大部分学生岗位实习需要。',
            C: '校外实习基地数量不足或稳定性较差，部分基地未实质运行，岗位对口性一般。',
            D: '缺少稳定的校外实习基地，无法满足学生岗位实习需要，实习管理缺位。',
          },
          observationPoints: [
            {
              text: '稳定校外实习基地数量及年接纳学生人数',
              nature: 'quantitative',
              evidence: '实习基地合作协议、基地接收学生名单',
              siteCheck: false,
            },
            {
              text: '岗位实习过程管理',
              nature: 'qualitative',
              evidence: '岗位实习管理制度、三方协议、实习巡查与指导记录',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('5.3'),
          name: '实训管理与安全',
          points: 2,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '实训管理制度健全，推行7S现场管理，安全责任落实到人，设备维护记录完整，近三年无安全事故。',
            B: '实训管理制度较健全，安全教育和设备维护较规范，现场无较大安全隐患。',
            C: '实训管理制度不够完善，安全教育和设备维护记录不完整，存在一定安全隐患。',
            D: '实训管理混乱，安全制度缺失或安全责任不落实，存在重大安全隐患。',
          },
          observationPoints: [
            {
              text: '实训安全制度与7S现场管理',
              nature: 'qualitative',
              evidence: '实训室管理制度、安全操作规程、现场检查记录',
              siteCheck: true,
            },
            {
              text: '安全教育与设备维护保养记录',
              nature: 'qualitative',
              evidence: '学生安全教育记录、设备维护保养台账',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '6',
      name: '校企合作与产教融合',
      points: 12,
      indicators: [
        {
          code: c('6.1'),
          name: '合作机制',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '建有产业学院或校企共同体，开展订单培养和企业新型学徒制，合作制度健全，双方权责清晰，长效运行。',
            B: '与多家企业签订合作协议，开展订单培养或企业新型学徒制，合作机制较为健全。',
            C: '校企合作协议较少，合作形式单一，以接收学生实习为主，缺乏长效机制。',
            D: '无实质性校企合作，或合作协议流于形式，无运行记录。',
          },
          observationPoints: [
            {
              text: '订单培养、企业新型学徒制培养人数及占比',
              nature: 'quantitative',
              evidence: '订单培养协议、企业新型学徒制培养名册',
              siteCheck: false,
            },
            {
              text: '产业学院或校企共同体建设与运行',
              nature: 'qualitative',
              evidence: '产业学院共建协议、章程及运行记录',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('6.2'),
          name: '合作深度',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '企业深度参与人才培养全过程，校企共同制定方案、共建课程与基地、共组教学团队，实现人才共育、过程共管。',
            B: '企业参与人才培养方案制定、课程开发和实习指导等主要环节，合作具有一定深度。',
            C: '企业参与以提供实习岗位和捐赠设备为主，参与教学环节有限。',
            D: '企业基本不参与人才培养方案制定、课程开发和教学实施，校企合作停留在表面。',
          },
          observationPoints: [
            {
              text: '企业参与课程开发、教学实施与评价',
              nature: 'qualitative',
              evidence: '校企合作开发课程材料、企业人员授课与评价记录',
              siteCheck: false,
            },
            {
              text: '企业投入（设备、资金、兼职人员）',
              nature: 'quantitative',
              evidence: '企业投入或捐赠凭证、合作项目台账',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('6.3'),
          name: '合作成效',
          points: 3,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '合作企业接收毕业生比例高，联合开展技术服务或研发取得实效，形成可推广的校企合作模式，成效显著。',
            B: '校企合作成效较好，合作企业接收毕业生较多，双方合作满意度较高。',
            C: '校企合作有一定成效，但受益面较窄，合作满意度一般。',
            D: '校企合作成效不明显，合作企业接收毕业生极少，缺乏可证实的合作成果。',
          },
          observationPoints: [
            {
              text: '合作企业接收毕业生就业比例',
              nature: 'quantitative',
              evidence: '就业协议、合作企业录用名单',
              siteCheck: false,
            },
            {
              text: '校企联合技术服务与研发成果',
              nature: 'qualitative',
              evidence: '技术服务合同、联合研发成果证明',
              siteCheck: false,
            },
            {
              text: '合作企业满意度',
              nature: 'quantitative',
              evidence: '合作企业满意度调查报告',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '7',
      name: '教学管理与质量保障',
      points: 8,
      indicators: [
        {
          code: c('7.1'),
          name: '管理制度与运行',
          points: 3,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '专业教学管理制度健全，教学文件齐全规范，教学运行有序，过程监控和教学事故处理机制有效。',
            B: '教学管理制度较健全，教学文件基本齐全，教学运行较为有序。',
            C: '教学管理制度不够完善，部分教学文件缺失，运行管理存在薄弱环节。',
            D: '教学管理制度缺失，教学文件严重不全，教学运行秩序混乱。',
          },
          observationPoints: [
            {
              text: '教学管理制度与教学文件完整性',
              nature: 'qualitative',
              evidence: '教学管理制度汇编、授课计划、教案',
              siteCheck: false,
            },
            {
              text: '教学运行情况抽查',
              nature: 'qualitative',
              evidence: '教学日志、调停课记录、现场抽查记录',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('7.2'),
          name: '质量监测与诊改',
          points: 3,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '建立专业层面诊断与改进机制，定期开展质量监测与自我诊断，形成年度质量报告，整改闭环成效明显。',
            B: '开展专业质量监测和自我诊断，有质量报告和整改措施，整改落实较好。',
            C: '质量监测不够系统，自我诊断流于形式，整改措施落实不到位。',
            D: '未开展专业质量监测与诊改工作，无质量报告和整改记录。',
          },
          observationPoints: [
            {
              text: '专业自我诊断与年度质量报告',
              nature: 'qualitative',
              evidence: '专业诊改报告、年度质量报告',
              siteCheck: false,
            },
            {
              text: '毕业生与用人单位跟踪调查覆盖率',
              nature: 'quantitative',
              evidence: '毕业生跟踪调查报告、用人单位反馈汇总',
              siteCheck: false,
            },
            {
              text: '问题整改闭环',
              nature: 'qualitative',
              evidence: '问题整改台账及复核记录',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('7.3'),
          name: '信息化管理',
          points: 2,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '应用信息化平台实时采集和分析教学、实训、实习及质量监测数据，有效支撑管理决策。',
            B: '应用信息化平台开展教学和实习管理，数据采集较完整，能够辅助日常管理。',
            C: '信息化管理覆盖面有限，数据分散、更新不及时，对管理的支撑作用较弱。',
            D: '基本未开展信息化管理，主要依靠纸质记录，数据难以汇总和追溯。',
          },
          observationPoints: [
            {
              text: '教学管理与实习管理平台应用',
              nature: 'qualitative',
              evidence: '平台运行演示、账号及使用日志',
              siteCheck: true,
            },
            {
              text: '数据采集的完整性与及时性',
              nature: 'quantitative',
              evidence: '平台数据统计报表',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '8',
      name: '培养质量与社会服务',
      points: 12,
      indicators: [
        {
          code: c('8.1'),
          name: '学生技能水平',
          points: 5,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '毕业生高级工及以上取证率不低于90%，近三年获世赛或一类大赛奖项，二类大赛获奖多项，技能水平突出。',
            B: '毕业生高级工及以上取证率不低于80%，近三年在一类或二类大赛中获奖。',
            C: '毕业生高级工及以上取证率在60%至80%之间，近三年竞赛获奖较少且以省级以下赛事为主。',
            D: '毕业生高级工及以上取证率低于60%，近三年无省级以上职业技能竞赛获奖。',
          },
          observationPoints: [
            {
              text: '毕业生技能等级证书获取情况（高级工及以上比例，技工学校以中级工计）',
              nature: 'quantitative',
              evidence: '技能等级证书名册及统计表',
              siteCheck: false,
            },
            {
              text: '近三年世赛、一类赛、二类赛获奖情况',
              nature: 'quantitative',
              evidence: '竞赛获奖证书、获奖通报文件',
              siteCheck: false,
            },
            {
              text: '学生技能现场抽测',
              nature: 'quantitative',
              evidence: '现场抽测方案、评分记录及成绩',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('8.2'),
          name: '就业质量',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '毕业生初次就业率不低于97%，专业对口率不低于85%，用人单位满意度不低于95%，起薪高于区域同类专业。',
            B: '毕业生初次就业率不低于95%，专业对口率不低于75%，用人单位满意度不低于90%。',
            C: '毕业生初次就业率不低于90%，专业对口率不低于60%，用人单位满意度不低于80%。',
            D: '毕业生初次就业率低于90%或专业对口率低于60%，用人单位满意度低于80%。',
          },
          observationPoints: [
            {
              text: '毕业生初次就业率与专业对口率',
              nature: 'quantitative',
              evidence: '毕业生就业统计表、就业协议或劳动合同',
              siteCheck: false,
            },
            {
              text: '用人单位满意度与毕业生跟踪情况',
              nature: 'quantitative',
              evidence: '用人单位满意度调查、毕业生跟踪调查报告',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('8.3'),
          name: '社会服务',
          points: 3,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '面向企业职工和社会人员开展职业培训与技能等级认定，年培训人次达在校生数2倍以上，技术服务成效显著。',
            B: '年职业培训人次达到在校生数1倍以上，承担技能等级认定或技术服务，社会评价较好。',
            C: '开展了一定的职业培训，年培训人次不足在校生数，服务面较窄，辐射作用有限。',
            D: '基本未开展职业培训、技能等级认定和技术服务等社会服务工作。',
          },
          observationPoints: [
            {
              text: '年职业培训人次（与在校生数之比）',
              nature: 'quantitative',
              evidence: '培训班名册、培训合同、结业证明',
              siteCheck: false,
            },
            {
              text: '技能等级认定与技术服务',
              nature: 'quantitative',
              evidence: '认定批次及人数统计、技术服务合同及到账凭证',
              siteCheck: false,
            },
            {
              text: '对口帮扶与联盟内资源共享辐射',
              nature: 'qualitative',
              evidence: '帮扶协议、共享资源记录',
              siteCheck: false,
            },
          ],
        },
      ],
    },
  ],
  eligibility: [],
  awardLevels: [],
  resultNote: '诊断结果用于形成诊断报告和问题清单，不作评比排名。',
  vetoes: [
    { code: 'V1', text: '数据或材料弄虚作假' },
    { code: 'V2', text: '近三年发生重大安全责任事故' },
    { code: 'V3', text: '违规招生或有偿、强制安排岗位实习' },
    { code: 'V4', text: '专业被列入主管部门预警或限期整改名单' },
  ],
}
