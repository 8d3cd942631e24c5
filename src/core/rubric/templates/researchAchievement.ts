import type { Rubric } from '../../domain/rubric'
import { c, STANDARD_GRADE_BANDS, STANDARD_LEVELS } from './common'

/**
 * 教科研成果评选 — default template (docs/domain/review-kinds.md (d)).
 * The table marks whole 一级指标 with ★ (创新性, 实践检验与成效, 推广应用与示范辐射); the key flag sits on
 * the main 二级指标 of each. A starting point for the expert committee; editable and versioned.
 */
export const researchAchievementTemplate: Rubric = {
  id: 'tpl-researchAchievement',
  name: '教科研成果评选指标体系（2026版）',
  kind: 'researchAchievement',
  version: 2,
  total: 100,
  levels: [...STANDARD_LEVELS],
  gradeBands: [...STANDARD_GRADE_BANDS],
  dimensions: [
    {
      code: '1',
      name: '针对性与科学性',
      points: 15,
      indicators: [
        {
          code: c('1.1'),
          name: '问题导向与针对性',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '聚焦技工教育教学改革或生产实践中的重大现实问题，问题提炼准确，对工学一体化等改革具有关键意义。',
            B: '针对技工院校教学或生产实践中的实际问题，问题界定清楚，具有较强的现实意义。',
            C: '所针对的问题较为一般或表述笼统，与技工教育改革重点的关联不够紧密。',
            D: '问题不明确或脱离技工教育与生产实践，成果的针对性和现实意义不足。',
          },
          observationPoints: [
            {
              text: '成果所要解决的教学或实践问题的提炼',
              nature: 'qualitative',
              evidence: '成果总结报告中的问题分析部分、前期调研材料',
              siteCheck: false,
            },
            {
              text: '问题与国家技工教育政策和行业需求的关联',
              nature: 'qualitative',
              evidence: '政策依据、行业企业需求调研报告',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('1.2'),
          name: '理论依据与方法科学性',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '理论依据充分，研究与实践方法科学严谨，数据采集和分析规范，结论可靠且经得起检验。',
            B: '有较充分的理论依据，方法基本科学，数据和论证能够较好地支撑结论。',
            C: '理论依据较薄弱，方法不够严谨，部分结论缺少数据或事实支撑。',
            D: '缺少理论依据，方法随意，结论主要凭经验判断，科学性明显不足。',
          },
          observationPoints: [
            {
              text: '理论基础与研究方法的适切性',
              nature: 'qualitative',
              evidence: '研究报告、开题与结题论证材料',
              siteCheck: false,
            },
            {
              text: '数据来源与样本规模',
              nature: 'quantitative',
              evidence: '调查问卷、测评数据及统计分析表',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('1.3'),
          name: '成果体系完整性',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '成果目标、内容、实施路径和保障措施形成完整体系，各部分逻辑严密、相互支撑。',
            B: '成果体系较完整，主要组成部分之间逻辑清楚，个别环节有待完善。',
            C: '成果体系不够完整，部分内容零散，各组成部分之间的逻辑关系较弱。',
            D: '成果由零散做法简单拼凑而成，缺乏整体设计，未形成完整的成果体系。',
          },
          observationPoints: [
            {
              text: '成果内容构成与逻辑结构',
              nature: 'qualitative',
              evidence: '成果总结报告、成果结构图',
              siteCheck: false,
            },
            {
              text: '支撑成果的制度、方案、资源等配套材料',
              nature: 'qualitative',
              evidence: '配套制度文件、实施方案、资源清单',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '2',
      name: '创新性',
      points: 25,
      indicators: [
        {
          code: c('2.1'),
          name: '理念与模式创新',
          points: 12,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '在教育理念、人才培养模式或技术原理上有重大突破，填补联盟或行业空白，达到国内同类成果领先水平。',
            B: '在理念或模式上有明显创新，与同类成果相比有独到之处，达到省内先进水平。',
            C: '在已有理念和模式基础上作了局部改进，创新程度一般，与同类成果区别不大。',
            D: '基本沿用已有理念和模式，无实质性创新，或与已有成果高度雷同。',
          },
          observationPoints: [
            {
              text: '成果创新点的提炼及与同类成果的比较',
              nature: 'qualitative',
              evidence: '成果总结报告中的创新点论述、同类成果对比分析',
              siteCheck: false,
            },
            {
              text: '查新报告或同行专家鉴定意见',
              nature: 'qualitative',
              evidence: '科技查新报告、专家鉴定或评审意见',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('2.2'),
          name: '方法与路径创新',
          points: 8,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '形成新的教学方法、评价方式、工艺技术或实施路径，操作性强，可在技工院校普遍复制。',
            B: '在方法或路径上有较好创新，形成了较规范的操作流程，具有一定的可复制性。',
            C: '方法或路径有少量改进，操作流程尚不规范，可复制性较弱。',
            D: '实施方法和路径沿袭常规做法，未形成新的方法、工具或操作流程。',
          },
          observationPoints: [
            {
              text: '形成的新方法、新工具、新流程',
              nature: 'qualitative',
              evidence: '方法说明、操作手册、流程文件',
              siteCheck: false,
            },
            {
              text: '专利、软件著作权等知识产权数量',
              nature: 'quantitative',
              evidence: '专利证书、软件著作权登记证书',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('2.3'),
          name: '创新的前沿性',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '成果紧跟智能制造、数字化等产业前沿和世赛标准，引领技工教育改革发展方向。',
            B: '成果较好吸收产业新技术、新工艺和职业标准新要求，具有较强的时代特征。',
            C: '成果对产业新技术和新要求有所反映，但前沿性和前瞻性不够突出。',
            D: '成果内容陈旧，未反映产业技术进步和技工教育改革的新要求。',
          },
          observationPoints: [
            {
              text: '成果对产业前沿技术和世赛标准的吸收',
              nature: 'qualitative',
              evidence: '成果内容说明、标准转化材料',
              siteCheck: false,
            },
            {
              text: '成果与国家技工教育改革方向的契合度',
              nature: 'qualitative',
              evidence: '成果总结报告、相关政策文件对照说明',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '3',
      name: '实践检验与成效',
      points: 30,
      indicators: [
        {
          code: c('3.1'),
          name: '实践成效',
          points: 14,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '成果应用后人才培养质量、教学质量或生产技术指标显著提升，前后对比数据充分，成效突出。',
            B: '成果应用后相关质量或技术指标明显改善，有较完整的对比数据支撑。',
            C: '成果应用后取得一定成效，但改善幅度有限或对比数据不够完整。',
            D: '成果应用成效不明显，或缺少可证实的成效数据，无法判断实际效果。',
          },
          observationPoints: [
            {
              text: '学生技能等级、竞赛获奖、就业质量等指标的前后对比',
              nature: 'quantitative',
              evidence: '成果实施前后的统计数据、技能等级证书及获奖统计',
              siteCheck: false,
            },
            {
              text: '教师发展、课程建设或生产技术指标的改善',
              nature: 'quantitative',
              evidence: '相关统计报表、检测报告、效益核算材料',
              siteCheck: false,
            },
            {
              text: '成果实施现场核实',
              nature: 'qualitative',
              evidence: '实施现场、教学或生产运行记录',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('3.2'),
          name: '实践检验时长与范围',
          points: 8,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '成果经4年以上实践检验，覆盖多个专业或多届学生，实践过程持续稳定、记录完整。',
            B: '成果经3年以上实践检验，覆盖多个班级或两届以上学生，实践记录较完整。',
            C: '成果实践检验刚满2年，覆盖范围较小，实践记录有缺失。',
            D: '实践期间曾中断或仅在个别班级试行，实践过程缺少连续记录，检验不充分。',
          },
          observationPoints: [
            {
              text: '成果实践检验的起止时间',
              nature: 'quantitative',
              evidence: '实施方案、启动文件、阶段总结',
              siteCheck: false,
            },
            {
              text: '成果覆盖的专业、班级及学生人数',
              nature: 'quantitative',
              evidence: '实施范围统计表、学生名册',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('3.3'),
          name: '成效认可与评价',
          points: 8,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '成效获得用人单位、学生和同行的广泛认可，有第三方评价或上级部门的肯定性意见。',
            B: '成效获得用人单位和学生的较好评价，满意度调查结果良好。',
            C: '成效评价以本单位自评为主，外部评价较少，满意度一般。',
            D: '缺少任何外部评价和满意度数据，成效认可度无法证实。',
          },
          observationPoints: [
            {
              text: '用人单位、学生满意度调查结果',
              nature: 'quantitative',
              evidence: '满意度调查问卷及分析报告',
              siteCheck: false,
            },
            {
              text: '第三方评价或上级部门肯定性意见',
              nature: 'qualitative',
              evidence: '第三方评估报告、上级部门文件或批示',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '4',
      name: '推广应用与示范辐射',
      points: 20,
      indicators: [
        {
          code: c('4.1'),
          name: '推广应用范围',
          points: 10,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '成果已在联盟内外5所以上院校或企业推广应用并出具证明，应用效果良好，辐射至省外。',
            B: '成果已在3所以上院校或企业推广应用并出具证明，应用效果较好。',
            C: '成果在1至2所外单位试用，应用范围较小，效果尚待检验。',
            D: '成果仅在本单位内部应用，未向其他院校或企业推广，无外单位应用证明。',
          },
          observationPoints: [
            {
              text: '推广应用单位数量及分布',
              nature: 'quantitative',
              evidence: '应用单位出具的应用证明（加盖公章）',
              siteCheck: false,
            },
            {
              text: '推广应用单位的实际效果反馈',
              nature: 'qualitative',
              evidence: '应用效果报告、应用单位反馈意见',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('4.2'),
          name: '示范交流与社会影响',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '在国家级或省级会议作成果交流，被省级以上媒体报道或被主管部门推广，社会影响广泛。',
            B: '在联盟或市级以上会议作成果交流，接待外单位学习考察，具有较好的示范作用。',
            C: '成果交流主要在校内或小范围开展，未接待外单位学习考察，示范影响有限。',
            D: '成果未开展对外交流和宣传，未产生可证实的示范影响。',
          },
          observationPoints: [
            {
              text: '成果交流发言、专题报告的会议级别与场次',
              nature: 'quantitative',
              evidence: '会议通知、会议议程、发言材料',
              siteCheck: false,
            },
            {
              text: '媒体报道及主管部门推广情况',
              nature: 'quantitative',
              evidence: '报道原文或链接截图、推广文件',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('4.3'),
          name: '可推广性',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '成果转化为教材、标准、指南等可直接使用的载体，实施条件要求合理，易于在技工院校推广。',
            B: '成果形成了较完整的推广材料，在同类院校具备推广应用的条件。',
            C: '成果推广材料不够完整，对实施条件依赖较大，推广存在一定困难。',
            D: '成果高度依赖特定条件，缺少推广载体，难以在其他单位复制推广。',
          },
          observationPoints: [
            {
              text: '成果转化形成的教材、标准、指南等载体',
              nature: 'quantitative',
              evidence: '出版物、标准文本、指南或手册',
              siteCheck: false,
            },
            {
              text: '成果推广所需条件的可获得性',
              nature: 'qualitative',
              evidence: '推广实施条件说明',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '5',
      name: '成果表达与规范',
      points: 10,
      indicators: [
        {
          code: c('5.1'),
          name: '成果总结报告',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '成果总结报告主题鲜明、结构严谨、表述准确精炼，问题、举措、成效和创新点清晰对应。',
            B: '成果总结报告结构完整、表述清楚，主要内容能够得到较好呈现。',
            C: '成果总结报告结构基本完整，但重点不够突出，表述存在冗长或含混之处。',
            D: '成果总结报告结构混乱、表述不清，难以反映成果的主要内容和价值。',
          },
          observationPoints: [
            {
              text: '成果总结报告的结构与表述质量',
              nature: 'qualitative',
              evidence: '成果总结报告',
              siteCheck: false,
            },
            {
              text: '成果简介、创新点与成效的对应关系',
              nature: 'qualitative',
              evidence: '成果申报书、成果简介',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('5.2'),
          name: '支撑材料与署名规范',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '支撑材料真实齐全、分类清晰、与报告内容一一对应，引用规范，完成人署名和分工准确。',
            B: '支撑材料较齐全，与报告内容基本对应，引用和署名规范。',
            C: '支撑材料有缺失或编排杂乱，部分内容与报告对应不够，引用不够规范。',
            D: '支撑材料严重不足或与报告内容脱节，引用和署名存在明显不规范。',
          },
          observationPoints: [
            {
              text: '支撑材料的完整性及与报告的对应关系',
              nature: 'qualitative',
              evidence: '支撑材料目录及原件',
              siteCheck: false,
            },
            {
              text: '主要完成人排序与贡献说明',
              nature: 'qualitative',
              evidence: '主要完成人情况表、贡献说明',
              siteCheck: false,
            },
          ],
        },
      ],
    },
  ],
  eligibility: [
    { code: 'E1', text: '成果经过不少于2年的实践检验' },
    { code: 'E2', text: '第一完成单位为联盟成员单位' },
    { code: 'E3', text: '成果此前未在同级别评选中获奖' },
  ],
  vetoes: [
    { code: 'V1', text: '存在学术不端行为（剽窃、篡改、伪造、不当署名、提供虚假信息、代写等）' },
    { code: 'V2', text: '成果完成人或署名存在争议' },
    { code: 'V3', text: '申报材料弄虚作假' },
    { code: 'V4', text: '同一成果重复申报' },
  ],
  awardLevels: [
    { code: 'special', label: '特等奖', min: 92, requiresVote: true, provisional: true, quota: { maxCount: 1 } },
    { code: 'first', label: '一等奖', min: 85, requiresVote: false, provisional: true, quota: { maxShare: 0.1 } },
    { code: 'second', label: '二等奖', min: 75, requiresVote: false, provisional: true, quota: { maxShare: 0.2 } },
  ],
  resultNote: '仅评定奖项等级；特等奖须总分不低于92分且经会评三分之二以上票决通过，不超过1项，可空缺；一等奖不超过参评数10%，二等奖不超过20%。',
}
