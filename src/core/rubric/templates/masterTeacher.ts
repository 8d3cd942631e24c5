import type { Rubric } from '../../domain/rubric'
import { c, STANDARD_GRADE_BANDS, STANDARD_LEVELS } from './common'

/**
 * 名师评选 — default template (docs/domain/review-kinds.md (b)).
 * A starting point for the expert committee; editable and versioned, frozen per campaign.
 */
export const masterTeacherTemplate: Rubric = {
  id: 'tpl-masterTeacher',
  name: '名师评选指标体系（2026版）',
  kind: 'masterTeacher',
  version: 2,
  total: 100,
  levels: [...STANDARD_LEVELS],
  gradeBands: [...STANDARD_GRADE_BANDS],
  dimensions: [
    {
      code: '1',
      name: '师德师风与育人',
      points: 15,
      indicators: [
        {
          code: c('1.1'),
          name: '师德师风表现',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '模范践行新时代教师职业行为准则，爱岗敬业、为人师表，获得市级以上师德类表彰，师生口碑突出。',
            B: '严格遵守教师职业行为准则，爱岗敬业、作风正派，获得校级师德类表彰或考核连续优秀。',
            C: '能够遵守教师职业行为准则，履职尽责，师德考核合格，无突出的示范表现。',
            D: '师德表现一般，存在履职不到位或受到批评教育的情况，示范作用缺失。',
          },
          observationPoints: [
            {
              text: '近五年师德考核结果及师德类表彰',
              nature: 'quantitative',
              evidence: '年度师德考核表、师德类表彰证书或文件',
              siteCheck: false,
            },
            {
              text: '所在单位对申报人师德表现的鉴定意见',
              nature: 'qualitative',
              evidence: '所在单位党组织出具的师德鉴定意见',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('1.2'),
          name: '课程思政与职业素养培育',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '将思想政治教育、工匠精神和职业素养有机融入一体化教学全过程，形成可推广的课程思政案例。',
            B: '在教学中有意识地融入课程思政和职业素养培育，设计较为自然，学生反响较好。',
            C: '课程思政和职业素养培育有所体现，但融入方式较生硬，系统性不足。',
            D: '教学中基本未体现课程思政和职业素养培育，只教技能不重育人。',
          },
          observationPoints: [
            {
              text: '教学设计中课程思政与职业素养要素的融入',
              nature: 'qualitative',
              evidence: '教学设计、学习任务工作页、课程思政案例',
              siteCheck: false,
            },
            {
              text: '课程思政类示范课、案例获奖或入选情况',
              nature: 'quantitative',
              evidence: '示范课认定文件、案例获奖或入选证书',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('1.3'),
          name: '关爱学生与育人成效',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '长期担任班主任或学生导师，关爱学生成长，所带班级或指导学生获市级以上表彰，育人成效显著。',
            B: '积极参与班级管理或学生指导工作，关心学生成长，所带班级或指导学生获校级表彰。',
            C: '能完成分内的学生管理和指导工作，育人成效一般，缺少可证实的突出成果。',
            D: '基本不参与学生管理和指导工作，对学生成长关注不够，育人成效不明显。',
          },
          observationPoints: [
            {
              text: '担任班主任、学生导师或社团指导教师的年限',
              nature: 'quantitative',
              evidence: '班主任或导师聘任文件、工作记录',
              siteCheck: false,
            },
            {
              text: '所带班级或指导学生获得的表彰',
              nature: 'quantitative',
              evidence: '先进班集体、优秀学生等表彰文件或证书',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '2',
      name: '教学能力与效果',
      points: 30,
      indicators: [
        {
          code: c('2.1'),
          name: '一体化教学实施',
          points: 12,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '熟练实施工学一体化教学，学习任务源于企业真实工作任务，教学过程与工作过程对接，课堂效果示范性强。',
            B: '能够规范实施工学一体化教学，学习任务较好体现典型工作任务，课堂组织有序，效果较好。',
            C: '尝试实施一体化教学，但学习任务与工作过程对接不够，仍以讲授和演示为主。',
            D: '未实施工学一体化教学，理论与实践相互分离，课堂教学质量不高。',
          },
          observationPoints: [
            {
              text: '近三年承担一体化课程门数及学时占比',
              nature: 'quantitative',
              evidence: '教学任务书、课程表、一体化课程清单',
              siteCheck: false,
            },
            {
              text: '一体化教学设计与学习任务来源',
              nature: 'qualitative',
              evidence: '一体化教学设计方案、工作页、企业真实任务转化记录',
              siteCheck: false,
            },
            {
              text: '现场听课或教学录像评议',
              nature: 'qualitative',
              evidence: '现场听课评价表或完整课堂教学录像',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('2.2'),
          name: '工作量与评价',
          points: 10,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '近三年年均教学工作量超过规定标准20%以上，学生评教和督导评价均为优秀，年度考核优秀不少于1次。',
            B: '近三年年均教学工作量超过规定标准10%至20%，学生评教和督导评价优良率不低于90%。',
            C: '近三年年均教学工作量超过规定标准不足10%，学生评教和督导评价以良好为主，无合格以下等次。',
            D: '近三年完成规定教学工作量但未超额，或学生评教、督导评价中出现合格及以下等次。',
          },
          observationPoints: [
            {
              text: '近三年年均教学工作量（与规定标准之比）',
              nature: 'quantitative',
              evidence: '教务部门出具的近三年课时统计表',
              siteCheck: false,
            },
            {
              text: '近三年学生评教、督导评价及年度考核结果',
              nature: 'quantitative',
              evidence: '学生评教统计表、督导评价记录、年度考核登记表',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('2.3'),
          name: '教学比赛',
          points: 8,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '近五年在全国技工院校教师职业能力大赛等国家级教学比赛中获奖，或获省级一等奖以上。',
            B: '近五年在省级教师职业能力大赛或教学能力比赛中获二、三等奖，或获市级一等奖。',
            C: '近五年仅在市级或校级教学比赛中获奖，获奖层次和等次一般。',
            D: '近五年未参加校级以上教学比赛，或参加后均未获得任何奖项。',
          },
          observationPoints: [
            {
              text: '近五年教学比赛获奖的级别与等次',
              nature: 'quantitative',
              evidence: '获奖证书、主办部门公布的获奖名单文件',
              siteCheck: false,
            },
            {
              text: '申报人在团体参赛项目中的排名与实际贡献',
              nature: 'qualitative',
              evidence: '参赛报名表、团队分工说明',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '3',
      name: '专业技能与实践',
      points: 15,
      indicators: [
        {
          code: c('3.1'),
          name: '职业技能水平',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '具有高级技师职业资格，操作技能精湛，能完成本专业高难度典型工作任务，现场操作示范规范娴熟。',
            B: '具有技师职业资格，操作技能熟练，能独立完成本专业典型工作任务并进行规范示范。',
            C: '具有高级工职业资格，能完成一般工作任务，示范操作基本规范但难度不高。',
            D: '职业技能等级偏低或长期未从事实操，难以完成本专业典型工作任务的示范。',
          },
          observationPoints: [
            {
              text: '职业资格（职业技能等级）证书等级',
              nature: 'quantitative',
              evidence: '职业资格证书或职业技能等级证书',
              siteCheck: false,
            },
            {
              text: '典型工作任务现场实操展示',
              nature: 'qualitative',
              evidence: '现场实操评分记录、实操作品',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('3.2'),
          name: '企业实践经历',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '近五年企业实践累计超过12个月，参与企业真实生产与技术工作，实践成果转化为教学内容。',
            B: '近五年企业实践累计不少于6个月，实践内容与所教专业对口，有实践总结和教学转化。',
            C: '近五年企业实践累计3至6个月，实践内容与专业基本相关，教学转化不足。',
            D: '近五年企业实践累计不足3个月或无可证实的企业实践经历。',
          },
          observationPoints: [
            {
              text: '近五年企业实践累计时长',
              nature: 'quantitative',
              evidence: '教师企业实践档案、实践企业出具的证明',
              siteCheck: false,
            },
            {
              text: '企业实践成果向教学内容的转化',
              nature: 'qualitative',
              evidence: '企业实践报告、据此开发的学习任务或教学案例',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('3.3'),
          name: '技术服务',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '主持面向企业的技术改造、工艺改进或技术咨询项目，经济效益明显，获得企业书面认可。',
            B: '作为主要成员参与企业技术服务项目，解决了具体技术问题，有企业证明。',
            C: '参与过少量技术服务或职业培训，作用以辅助为主，成效有限。',
            D: '近五年未参与任何面向企业或社会的技术服务和职业培训工作。',
          },
          observationPoints: [
            {
              text: '近五年主持或参与技术服务项目数及到账经费',
              nature: 'quantitative',
              evidence: '技术服务合同、经费到账凭证',
              siteCheck: false,
            },
            {
              text: '服务企业出具的应用效果评价',
              nature: 'qualitative',
              evidence: '企业应用证明、效益说明',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '4',
      name: '教学改革与教科研',
      points: 20,
      indicators: [
        {
          code: c('4.1'),
          name: '课程与教学改革',
          points: 8,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '主持一体化课程开发或专业教学改革，成果在校内全面应用并被联盟内其他院校采用，成效显著。',
            B: '作为主要成员参与一体化课程开发或教学改革，成果在本校相关专业推广应用。',
            C: '参与了课程或教学改革的部分工作，个人贡献和改革成效不够突出。',
            D: '近五年未参与课程开发和教学改革工作，教学内容与方法长期未作更新。',
          },
          observationPoints: [
            {
              text: '主持或参与一体化课程开发、专业教学改革项目',
              nature: 'quantitative',
              evidence: '课程开发任务书、教改项目立项及结题文件',
              siteCheck: false,
            },
            {
              text: '改革成果的应用范围与成效',
              nature: 'qualitative',
              evidence: '成果应用证明、教学效果对比数据',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('4.2'),
          name: '教科研项目与成果',
          points: 7,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '近五年主持省级以上教科研课题并结题，获省级以上教学成果奖或发表高质量论文多篇。',
            B: '近五年主持市级课题或参与省级课题并结题，获市级以上教学成果奖或发表论文。',
            C: '近五年仅参与校级课题或发表少量一般论文，成果层次和数量有限。',
            D: '近五年无教科研课题和论文等成果，或成果与本专业教学无关。',
          },
          observationPoints: [
            {
              text: '近五年主持或参与的教科研课题级别与结题情况',
              nature: 'quantitative',
              evidence: '课题立项书、结题证书',
              siteCheck: false,
            },
            {
              text: '教学成果奖、论文、专利等成果',
              nature: 'quantitative',
              evidence: '获奖证书、论文检索页或刊物原件、专利证书',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('4.3'),
          name: '教材与教学资源建设',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '主编国家或省级规划教材、一体化教材，或主持建设省级以上精品课程与数字资源并广泛共享。',
            B: '参编规划教材或主编校本一体化教材、工作页，主持建设的数字资源在校内常态应用。',
            C: '参编校本教材或参与部分数字资源建设，个人承担内容较少。',
            D: '近五年未参与教材编写和课程、数字教学资源建设工作，无可证实的建设成果。',
          },
          observationPoints: [
            {
              text: '主编、参编教材及工作页情况',
              nature: 'quantitative',
              evidence: '教材封面、版权页、编写人员页',
              siteCheck: false,
            },
            {
              text: '主持建设的课程及数字资源应用情况',
              nature: 'quantitative',
              evidence: '资源清单、平台访问及使用统计',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '5',
      name: '学生指导与示范引领',
      points: 20,
      indicators: [
        {
          code: c('5.1'),
          name: '指导学生竞赛',
          points: 10,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '近五年指导学生在世界技能大赛或国家级一类大赛中获奖，或在国家级二类职业技能竞赛中获一等奖。',
            B: '近五年指导学生在国家级二类职业技能竞赛中获奖，或在省级职业技能大赛中获一等奖。',
            C: '近五年指导学生在省级职业技能大赛中获二、三等奖，或在市级大赛中获奖。',
            D: '近五年未指导学生在市级以上职业技能竞赛中获奖，或仅挂名指导、无实际贡献。',
          },
          observationPoints: [
            {
              text: '近五年指导学生竞赛获奖的赛事类别、级别与等次',
              nature: 'quantitative',
              evidence: '学生获奖证书、指导教师证书、获奖通报文件',
              siteCheck: false,
            },
            {
              text: '申报人在竞赛指导团队中的排名与作用',
              nature: 'qualitative',
              evidence: '参赛报名表、集训方案、学校出具的指导情况说明',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('5.2'),
          name: '青年教师培养',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '系统培养青年教师，所带教师获省级以上教学比赛奖项或成长为骨干教师、一体化教师，成效突出。',
            B: '承担青年教师结对培养任务，有培养计划和记录，所带教师获市级以上奖项或考核优良。',
            C: '承担过青年教师指导任务，但培养计划和记录不完整，成效一般。',
            D: '未承担青年教师培养任务，或培养流于形式、无可证实的成效。',
          },
          observationPoints: [
            {
              text: '结对培养青年教师人数及培养记录',
              nature: 'quantitative',
              evidence: '师徒结对协议、培养计划及指导记录',
              siteCheck: false,
            },
            {
              text: '所带青年教师的成长与获奖情况',
              nature: 'quantitative',
              evidence: '青年教师获奖证书、骨干教师认定文件',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('5.3'),
          name: '示范辐射',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '领衔名师工作室或教学团队，在联盟及省级以上范围开展示范课、专题讲座和培训，影响广泛。',
            B: '在市级或联盟范围开展示范课、讲座或培训，或作为核心成员参与名师工作室建设。',
            C: '主要在校内开展公开课、经验交流等活动，校外辐射作用有限。',
            D: '未开展示范课、讲座、培训等示范引领活动，缺乏辐射作用。',
          },
          observationPoints: [
            {
              text: '领衔或参与名师工作室、教学团队情况',
              nature: 'qualitative',
              evidence: '工作室或团队认定文件、工作记录',
              siteCheck: false,
            },
            {
              text: '校外示范课、讲座、培训的场次与受众人数',
              nature: 'quantitative',
              evidence: '邀请函、活动通知、签到表及照片',
              siteCheck: false,
            },
          ],
        },
      ],
    },
  ],
  eligibility: [
    { code: 'E1', text: '技工院校在职教师' },
    { code: 'E2', text: '从事教学工作满10年' },
    { code: 'E3', text: '近3年每年完成规定教学工作量' },
    { code: 'E4', text: '具有高级讲师/高级实习指导教师及以上职称，或中级职称并具有技师及以上职业资格' },
    { code: 'E5', text: '具备双师型教师条件，符合《技工院校工学一体化教师标准》要求' },
  ],
  vetoes: [
    { code: 'V1', text: '存在师德师风问题' },
    { code: 'V2', text: '存在学术不端行为' },
    { code: 'V3', text: '申报材料弄虚作假' },
    { code: 'V4', text: '近3年对重大教学事故或安全责任事故负有责任' },
  ],
  bonus: {
    cap: 5,
    items: [
      {
        code: 'B1',
        name: '获得全国技术能手、国家级技能大师工作室领办人等国家级荣誉',
        points: 3,
        evidence: '荣誉证书或认定文件',
      },
      {
        code: 'B2',
        name: '主持省级以上教学改革或技术改造项目',
        points: 2,
        evidence: '项目立项文件、结题或验收证明',
      },
      {
        code: 'B3',
        name: '担任世界技能大赛或国家级一类职业技能大赛专家、裁判或教练',
        points: 2,
        evidence: '聘任文件或证书',
      },
    ],
  },
  awardLevels: [{ code: 'title', label: '联盟名师', min: 80, requiresVote: false, provisional: true }],
  resultNote: '仅授予称号；总分不低于80分方可推荐，名额由专家委员会确定。',
}
