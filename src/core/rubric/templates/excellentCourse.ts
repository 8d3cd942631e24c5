import type { Rubric } from '../../domain/rubric'
import { c, STANDARD_GRADE_BANDS, STANDARD_LEVELS } from './common'

/**
 * 精品课程评选 — default template (docs/domain/review-kinds.md (e)).
 * The table marks whole 一级指标 with ★ (课程设计, 课程实施); the key flag sits on the main 二级指标 of each.
 * A starting point for the expert committee; editable and versioned, frozen per campaign.
 */
export const excellentCourseTemplate: Rubric = {
  id: 'tpl-excellentCourse',
  name: '精品课程评选指标体系（2026版）',
  kind: 'excellentCourse',
  version: 2,
  total: 100,
  levels: [...STANDARD_LEVELS],
  gradeBands: [...STANDARD_GRADE_BANDS],
  dimensions: [
    {
      code: '1',
      name: '授课教师团队',
      points: 15,
      indicators: [
        {
          code: c('1.1'),
          name: '课程负责人',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '课程负责人为一体化教师和双师型教师，具有高级职称和技师以上职业资格，主讲本课程多年，教学水平突出。',
            B: '课程负责人具有高级职称或技师以上职业资格，长期主讲本课程，教学效果良好。',
            C: '课程负责人资历基本符合要求，但主讲本课程时间较短或教学改革经验不足。',
            D: '课程负责人资历明显不足，或未实际主讲本课程，难以承担课程建设的主导责任。',
          },
          observationPoints: [
            {
              text: '课程负责人职称、职业资格及双师型认定',
              nature: 'quantitative',
              evidence: '职称证书、职业资格证书、双师型教师认定文件',
              siteCheck: false,
            },
            {
              text: '课程负责人主讲本课程的学期数',
              nature: 'quantitative',
              evidence: '近年教学任务书、课程表',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('1.2'),
          name: '团队结构',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '团队职称、年龄和专兼结构合理，双师型教师比例不低于80%，企业技术骨干稳定参与授课。',
            B: '团队结构较合理，双师型教师比例不低于60%，有企业兼职教师参与部分教学。',
            C: '团队结构存在短板，双师型教师比例不足60%，企业人员参与较少。',
            D: '团队人数不足或结构失衡，无企业兼职教师参与，难以支撑课程持续建设。',
          },
          observationPoints: [
            {
              text: '团队成员职称、年龄结构及双师型教师比例',
              nature: 'quantitative',
              evidence: '课程团队成员一览表及相关证书',
              siteCheck: false,
            },
            {
              text: '企业兼职教师参与授课的学时',
              nature: 'quantitative',
              evidence: '兼职教师聘用协议、授课记录',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('1.3'),
          name: '团队教学研究与发展',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '团队定期开展集体教研，近五年获省级以上教学能力比赛奖项或主持省级以上教改课题。',
            B: '团队有较规范的教研活动，近五年获市级以上教学比赛奖项或承担市级教改课题。',
            C: '团队教研活动不够规律，教学研究成果较少，层次不高。',
            D: '团队基本无集体教研活动，近五年无教学研究和教学比赛等相关成果。',
          },
          observationPoints: [
            {
              text: '集体教研活动记录',
              nature: 'qualitative',
              evidence: '教研活动记录、会议纪要',
              siteCheck: false,
            },
            {
              text: '团队成员教学比赛获奖与教改课题',
              nature: 'quantitative',
              evidence: '获奖证书、课题立项及结题文件',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '2',
      name: '课程设计',
      points: 20,
      indicators: [
        {
          code: c('2.1'),
          name: '课程目标与内容设计',
          points: 9,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '课程目标对接人才培养方案和国家职业技能标准，内容源于典型工作任务并融入世赛标准，课程标准符合工学一体化课程标准。',
            B: '课程目标明确，内容较好对接职业标准和典型工作任务，课程标准完整。',
            C: '课程目标基本明确，但内容与职业标准和工作任务对接不充分，更新不够及时。',
            D: '课程目标模糊，内容陈旧或以学科体系为主，与职业标准和岗位要求明显脱节。',
          },
          observationPoints: [
            {
              text: '课程标准符合工学一体化课程标准，并与人才培养方案、职业技能标准对应',
              nature: 'qualitative',
              evidence: '课程标准、工学一体化课程标准对照表、人才培养方案、职业标准对照表',
              siteCheck: false,
            },
            {
              text: '课程内容源于典型工作任务及世赛标准转化情况',
              nature: 'qualitative',
              evidence: '典型工作任务分析表、世赛标准转化材料',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('2.2'),
          name: '学习任务与教学活动设计',
          points: 7,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '学习任务按工作过程系统设计，情境真实、难度递进，教学活动体现学生主体和行动导向。',
            B: '学习任务较好体现工作过程，教学活动设计合理，学生参与度较高。',
            C: '学习任务设计有一定工作情境，但系统性和递进性不足，活动设计偏重讲授。',
            D: '未设计学习任务或任务与工作过程无关，教学活动以教师单向讲授为主。',
          },
          observationPoints: [
            {
              text: '学习任务设计的系统性与真实性',
              nature: 'qualitative',
              evidence: '学习任务设计方案、工作页',
              siteCheck: false,
            },
            {
              text: '教学活动设计（教案、教学设计）',
              nature: 'qualitative',
              evidence: '教学设计方案、教案',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('2.3'),
          name: '考核评价设计',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '过程性评价与终结性评价结合，引入企业评价标准和职业技能等级要求，评价方案科学可操作。',
            B: '评价方式较为多元，有过程性评价和技能考核，评价标准较明确。',
            C: '评价以期末考试为主，过程性评价和技能考核比重偏低，标准不够细化。',
            D: '评价方式单一，仅以书面考试定成绩，与职业能力要求明显脱节。',
          },
          observationPoints: [
            {
              text: '考核评价方案及评价标准',
              nature: 'qualitative',
              evidence: '课程考核方案、评分标准',
              siteCheck: false,
            },
            {
              text: '过程性评价在总成绩中的权重',
              nature: 'quantitative',
              evidence: '成绩构成说明、成绩登记表',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '3',
      name: '课程资源建设',
      points: 20,
      indicators: [
        {
          code: c('3.1'),
          name: '教材与工作页',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '选用国家规划教材或校企合编一体化教材，配套工作页完整，内容及时吸收新技术、新工艺。',
            B: '教材选用规范，有配套的校本工作页或学材，内容较新。',
            C: '教材选用基本规范，配套学材不完整，内容更新不够及时。',
            D: '教材选用不规范或内容陈旧，无配套工作页和学材，难以支撑一体化教学。',
          },
          observationPoints: [
            {
              text: '教材选用及校企合编教材、工作页情况',
              nature: 'quantitative',
              evidence: '教材选用清单、合编教材及工作页样本',
              siteCheck: false,
            },
            {
              text: '教材与学材内容的更新时间',
              nature: 'quantitative',
              evidence: '教材版次信息、学材修订记录',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('3.2'),
          name: '数字化教学资源',
          points: 8,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '微课、动画、虚拟仿真等数字资源类型丰富、覆盖全部学习任务，质量高且原创比例高。',
            B: '数字资源类型较丰富，覆盖大部分学习任务，质量较好，有一定原创比例。',
            C: '数字资源数量有限、类型单一，覆盖部分学习任务，原创资源较少。',
            D: '数字资源极少或以下载拼凑为主，质量不高，不能满足教学需要。',
          },
          observationPoints: [
            {
              text: '数字资源数量、类型及对学习任务的覆盖率',
              nature: 'quantitative',
              evidence: '资源清单、资源平台截图',
              siteCheck: false,
            },
            {
              text: '资源质量与原创比例抽查',
              nature: 'qualitative',
              evidence: '资源平台访问账号、资源样本',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('3.3'),
          name: '资源开放与更新',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '资源在联盟或省级以上平台开放共享，可稳定访问，每学期持续更新，资源更新率不低于10%。',
            B: '资源在校级平台面向师生开放，访问较稳定，每学年有更新，更新率不低于5%。',
            C: '资源仅向本课程学生开放，访问偶有故障，更新不够及时，维护机制不健全。',
            D: '资源未开放或无法稳定访问，建成后长期未作更新和维护。',
          },
          observationPoints: [
            {
              text: '资源平台的开放范围与访问稳定性',
              nature: 'qualitative',
              evidence: '课程网址、访问账号',
              siteCheck: true,
            },
            {
              text: '近两个学期资源更新数量',
              nature: 'quantitative',
              evidence: '平台后台更新日志',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '4',
      name: '课程实施',
      points: 20,
      indicators: [
        {
          code: c('4.1'),
          name: '教学组织与实施',
          points: 9,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '按一体化教学要求在学习工作站组织教学，教学过程与工作过程对接，组织规范有序，课堂效果示范性强。',
            B: '较好实施一体化教学，教学组织规范，学生参与度高，课堂效果良好。',
            C: '教学组织基本规范，但一体化实施不充分，理论与实践仍有分离。',
            D: '教学组织松散，未按课程设计实施，理论与实践相互脱节，课堂效果不佳。',
          },
          observationPoints: [
            {
              text: '课堂教学录像或现场听课',
              nature: 'qualitative',
              evidence: '完整课堂教学录像、现场听课评价表',
              siteCheck: true,
            },
            {
              text: '近两个学期授课计划执行情况',
              nature: 'quantitative',
              evidence: '授课计划、教学日志',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('4.2'),
          name: '教学方法与信息技术应用',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '灵活运用任务引领、项目教学等行动导向方法，信息技术与教学深度融合，有效突破教学重难点。',
            B: '较多运用行动导向教学方法，信息技术应用较为恰当，对教学有明显辅助作用。',
            C: '教学方法较单一，信息技术应用以展示课件为主，对教学的支撑有限。',
            D: '以满堂灌为主，基本不使用行动导向方法和信息技术，学生被动学习。',
          },
          observationPoints: [
            {
              text: '行动导向教学方法的运用',
              nature: 'qualitative',
              evidence: '教学设计、课堂教学录像',
              siteCheck: false,
            },
            {
              text: '在线学习平台使用数据',
              nature: 'quantitative',
              evidence: '平台学习记录、活动统计',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('4.3'),
          name: '教学管理与过程记录',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '教学文件齐全规范，过程性评价和学习记录完整，实训安全与7S管理落实到位。',
            B: '教学文件较齐全，过程性评价记录较完整，实训管理较规范。',
            C: '教学文件基本齐全，过程记录不够完整，实训管理存在薄弱环节。',
            D: '教学文件缺失较多，无过程性评价记录，实训管理混乱或存在安全隐患。',
          },
          observationPoints: [
            {
              text: '教学文件与过程性评价记录的完整性',
              nature: 'qualitative',
              evidence: '教案、学生工作页、过程评价记录',
              siteCheck: false,
            },
            {
              text: '实训场所安全与7S管理',
              nature: 'qualitative',
              evidence: '实训管理制度、现场检查记录',
              siteCheck: true,
            },
          ],
        },
      ],
    },
    {
      code: '5',
      name: '应用效果',
      points: 15,
      indicators: [
        {
          code: c('5.1'),
          name: '学生学习成效',
          points: 7,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '学生课程考核优良率高，相应职业技能等级取证率不低于95%，有学生在省级以上技能竞赛中获奖。',
            B: '学生课程考核优良率较高，相应职业技能等级取证率不低于85%，学习成效明显。',
            C: '学生课程考核合格率较高但优良率一般，相应技能等级取证率在70%至85%之间。',
            D: '学生课程考核合格率偏低，相应技能等级取证率低于70%，学习成效不明显。',
          },
          observationPoints: [
            {
              text: '近两个学期课程考核成绩分布',
              nature: 'quantitative',
              evidence: '成绩登记表、成绩分析报告',
              siteCheck: false,
            },
            {
              text: '对应职业技能等级取证率及学生竞赛获奖',
              nature: 'quantitative',
              evidence: '技能等级证书统计、学生获奖证书',
              siteCheck: false,
            },
            {
              text: '学生现场技能抽测',
              nature: 'quantitative',
              evidence: '抽测方案、评分记录',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('5.2'),
          name: '教学评价与满意度',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '学生评教优良率不低于95%，督导和同行评价优秀，合作企业对课程内容高度认可。',
            B: '学生评教优良率不低于85%，督导和同行评价良好，企业评价较好。',
            C: '学生评教优良率在70%至85%之间，督导和同行评价一般。',
            D: '学生评教优良率低于70%，或督导、同行评价中存在较多问题。',
          },
          observationPoints: [
            {
              text: '学生评教与督导、同行评价结果',
              nature: 'quantitative',
              evidence: '学生评教统计表、督导评价记录',
              siteCheck: false,
            },
            {
              text: '合作企业对课程的评价',
              nature: 'qualitative',
              evidence: '企业评价意见',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('5.3'),
          name: '共享应用与辐射',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '课程资源被联盟内外多所院校采用或用于社会培训，选课和访问人数多，辐射作用明显。',
            B: '课程资源被联盟内其他院校采用或用于企业培训，有一定的校外使用量。',
            C: '课程资源主要在本校使用，校外使用量较少，辐射作用有限。',
            D: '课程资源仅限本校本专业使用，无校外应用和共享，辐射作用缺失。',
          },
          observationPoints: [
            {
              text: '校外使用院校和培训机构数量',
              nature: 'quantitative',
              evidence: '使用单位证明、平台选课统计',
              siteCheck: false,
            },
            {
              text: '平台累计访问量和学习人数',
              nature: 'quantitative',
              evidence: '平台后台统计截图',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '6',
      name: '特色创新',
      points: 10,
      indicators: [
        {
          code: c('6.1'),
          name: '课程特色',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '课程在产教融合、课程思政或世赛成果转化等方面特色鲜明，形成可推广的建设经验。',
            B: '课程在某一方面特色较明显，与同类课程相比有一定辨识度。',
            C: '课程特色不够鲜明，与同类课程区别不大，经验总结不足。',
            D: '课程无明显特色，建设内容与同类课程基本雷同，缺乏辨识度。',
          },
          observationPoints: [
            {
              text: '课程特色的提炼与佐证',
              nature: 'qualitative',
              evidence: '课程建设总结、特色说明',
              siteCheck: false,
            },
            {
              text: '与同类课程的比较',
              nature: 'qualitative',
              evidence: '同类课程对比分析材料',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('6.2'),
          name: '教学改革创新',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '在教学模式、评价方式或资源形态上有创新突破，相关成果获省级以上教学成果奖或立项。',
            B: '在教学组织或评价方式上有较好的改革举措，成效初步显现并获校级以上认可。',
            C: '在教学组织或评价上有一定的改革尝试，但创新程度不高，成效尚不明显。',
            D: '课程建设沿用传统做法，无教学改革和创新举措，缺少相关佐证。',
          },
          observationPoints: [
            {
              text: '教学改革举措及其成效',
              nature: 'qualitative',
              evidence: '改革方案、实施总结',
              siteCheck: false,
            },
            {
              text: '课程相关的教学成果奖与教改立项',
              nature: 'quantitative',
              evidence: '获奖证书、立项文件',
              siteCheck: false,
            },
          ],
        },
      ],
    },
  ],
  eligibility: [
    { code: 'E1', text: '列入人才培养方案的课程' },
    { code: 'E2', text: '已完整开设不少于2个学期' },
  ],
  vetoes: [
    { code: 'V1', text: '课程内容存在思想性、科学性错误' },
    { code: 'V2', text: '课程团队成员存在师德师风问题' },
    { code: 'V3', text: '申报材料弄虚作假' },
    { code: 'V4', text: '课程资源存在侵犯知识产权问题' },
    { code: 'V5', text: '课程资源无法正常访问' },
    { code: 'V6', text: '教材选用不符合国家和省级教材管理规定' },
  ],
  awardLevels: [{ code: 'excellent', label: '联盟精品课程', min: 90, requiresVote: false, provisional: true }],
  resultNote: '总分不低于90分为优秀并推荐为联盟精品课程；80分至89.99分为良好，60分至79.99分为合格，低于60分为不合格。',
}
