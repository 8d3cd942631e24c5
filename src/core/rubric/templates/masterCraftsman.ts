import type { Rubric } from '../../domain/rubric'
import { c, STANDARD_GRADE_BANDS, STANDARD_LEVELS } from './common'

/**
 * 名匠评选 — default template (docs/domain/review-kinds.md (c)), built on the 工匠 "五力".
 * A starting point for the expert committee; editable and versioned, frozen per campaign.
 */
export const masterCraftsmanTemplate: Rubric = {
  id: 'tpl-masterCraftsman',
  name: '名匠评选指标体系（2026版）',
  kind: 'masterCraftsman',
  version: 2,
  total: 100,
  levels: [...STANDARD_LEVELS],
  gradeBands: [...STANDARD_GRADE_BANDS],
  dimensions: [
    {
      code: '1',
      name: '工匠精神与引领力',
      points: 15,
      indicators: [
        {
          code: c('1.1'),
          name: '职业精神与职业道德',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '爱岗敬业、精益求精，长期扎根生产一线，获得省部级以上劳动模范、五一劳动奖章等荣誉。',
            B: '爱岗敬业、执着专注，职业道德良好，获得市级劳动模范、技术能手等荣誉或企业表彰。',
            C: '能够遵守职业道德和操作规范，履职尽责，但无突出的职业精神示范事迹。',
            D: '职业精神表现一般，存在违反操作规程或受到单位批评处理的情况。',
          },
          observationPoints: [
            {
              text: '劳动模范、五一劳动奖章、技术能手等荣誉的级别',
              nature: 'quantitative',
              evidence: '荣誉证书、表彰文件',
              siteCheck: false,
            },
            {
              text: '所在单位对申报人职业道德与工作表现的鉴定',
              nature: 'qualitative',
              evidence: '所在单位出具的鉴定意见、近三年年度考核结果',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('1.2'),
          name: '工匠精神示范与影响',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '先进事迹被省级以上媒体宣传报道，在行业内树立工匠标杆，对青年技能人才影响深远。',
            B: '先进事迹被市级媒体或行业刊物报道，在本单位和本地区具有较好的示范作用。',
            C: '先进事迹主要在本单位范围宣传，示范影响局限于所在班组或车间。',
            D: '缺少可证实的先进事迹和示范影响，工匠精神的引领作用不明显。',
          },
          observationPoints: [
            {
              text: '先进事迹宣传报道的媒体级别与数量',
              nature: 'quantitative',
              evidence: '报道原文、链接截图、宣传材料',
              siteCheck: false,
            },
            {
              text: '参加工匠精神宣讲、进校园等活动情况',
              nature: 'quantitative',
              evidence: '活动通知、照片、签到表',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('1.3'),
          name: '团队引领',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '领衔技能大师工作室、劳模创新工作室或技术攻关团队，团队获省级以上集体荣誉。',
            B: '担任班组长、技术组长或工作室核心成员，带领团队完成重要生产和技术任务。',
            C: '在团队中承担骨干作用，但带领团队的经历和团队成绩不够突出。',
            D: '未承担团队带领职责，在班组或技术团队中的引领作用不明显。',
          },
          observationPoints: [
            {
              text: '领衔或参与工作室、攻关团队的情况',
              nature: 'qualitative',
              evidence: '工作室认定文件、团队组建文件及任务记录',
              siteCheck: false,
            },
            {
              text: '所带团队获得的集体荣誉',
              nature: 'quantitative',
              evidence: '集体荣誉证书、表彰文件',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '2',
      name: '技术技能水平与实践力',
      points: 25,
      indicators: [
        {
          code: c('2.1'),
          name: '绝技绝活/现场实操',
          points: 15,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '掌握行业公认的绝技绝活，现场实操精度、效率和规范性均达到行业顶尖水平，能解决他人难以完成的难题。',
            B: '技艺精湛，现场实操精度和效率明显高于同行，能独立完成本工种高难度作业任务。',
            C: '技能熟练，现场实操能达到技师水平要求，但缺少独到的技艺或绝活。',
            D: '现场实操存在明显失误或不规范之处，技能水平明显达不到申报称号的要求。',
          },
          observationPoints: [
            {
              text: '绝技绝活的独特性与行业认可度',
              nature: 'qualitative',
              evidence: '绝技绝活说明、操作视频、行业或企业认定材料',
              siteCheck: false,
            },
            {
              text: '现场实操考核（精度、效率、规范性）',
              nature: 'quantitative',
              evidence: '现场实操评分记录、实操作品及检测报告',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('2.2'),
          name: '职业技能等级与技能荣誉',
          points: 6,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '具有特级技师、首席技师或高级技师等级，并获全国技术能手、世赛或国家级一类大赛奖项等国家级荣誉。',
            B: '具有高级技师资格，或具有技师资格并获省级技术能手、省级一类大赛奖项等荣誉。',
            C: '具有技师资格，获得市级技术能手或市级技能竞赛奖项等荣誉。',
            D: '仅具有技师资格或同等荣誉，近年来无市级以上技能荣誉和竞赛奖项。',
          },
          observationPoints: [
            {
              text: '职业技能等级（高级技师、特级技师、首席技师）',
              nature: 'quantitative',
              evidence: '职业技能等级证书或职业资格证书、特级技师或首席技师聘任文件',
              siteCheck: false,
            },
            {
              text: '技术能手称号及职业技能竞赛获奖级别与等次',
              nature: 'quantitative',
              evidence: '荣誉证书、获奖证书、获奖通报文件',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('2.3'),
          name: '一线工作经历',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '在生产或服务一线从事技术技能工作满15年，承担过多个重点工程或关键产品的核心工序。',
            B: '在生产或服务一线从事技术技能工作满10年不满15年，长期承担关键岗位和重要工序。',
            C: '在生产或服务一线从事技术技能工作满6年不满10年，岗位经历较为单一。',
            D: '一线工作年限满5年不满6年（刚达申报要求）或经历断续，关键岗位和重要工序经历不足。',
          },
          observationPoints: [
            {
              text: '一线技术技能岗位工作年限',
              nature: 'quantitative',
              evidence: '劳动合同、社保缴纳记录、单位出具的工作经历证明',
              siteCheck: false,
            },
            {
              text: '承担重点工程、关键产品或核心工序的经历',
              nature: 'qualitative',
              evidence: '任务单、项目证明、单位情况说明',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '3',
      name: '技术创新与攻关力',
      points: 25,
      indicators: [
        {
          code: c('3.1'),
          name: '攻关与效益',
          points: 13,
          key: true,
          scale: 'levels',
          descriptors: {
            A: '主持解决行业或企业关键技术难题，成果应用后年创经济效益显著并经财务部门核算，达到行业领先水平。',
            B: '主持或作为主要成员解决企业重要技术难题，成果已应用并产生可核实的经济或社会效益。',
            C: '参与过技术攻关项目，解决了一般性技术问题，效益有限或缺少核算依据。',
            D: '无可证实的技术攻关经历和成果，或成果未投入应用、未产生效益。',
          },
          observationPoints: [
            {
              text: '主持或参与技术攻关项目的难度与本人作用',
              nature: 'qualitative',
              evidence: '攻关项目任务书、验收报告、单位出具的贡献说明',
              siteCheck: false,
            },
            {
              text: '攻关成果应用产生的经济效益',
              nature: 'quantitative',
              evidence: '应用证明、财务部门出具的效益核算材料',
              siteCheck: false,
            },
            {
              text: '攻关成果现场核实',
              nature: 'qualitative',
              evidence: '改进后的设备、工装或工艺现场',
              siteCheck: true,
            },
          ],
        },
        {
          code: c('3.2'),
          name: '创新成果与知识产权',
          points: 8,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '作为第一发明人获得发明专利，或获省部级以上科技进步奖、职工技术创新成果奖。',
            B: '作为主要完成人获得实用新型专利或市级以上技术创新奖项，成果已在企业应用。',
            C: '获得企业级技术革新、合理化建议奖励，尚未形成专利等知识产权。',
            D: '近五年无专利、技术创新奖项或技术革新成果，创新能力未得到体现。',
          },
          observationPoints: [
            {
              text: '专利授权数量与类型（本人排名）',
              nature: 'quantitative',
              evidence: '专利证书、专利登记簿副本',
              siteCheck: false,
            },
            {
              text: '技术创新类奖项的级别与等次',
              nature: 'quantitative',
              evidence: '获奖证书、奖励文件',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('3.3'),
          name: '标准与先进操作法',
          points: 4,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '主持或参与制定国家、行业标准或职业技能标准，或总结的先进操作法、绝技绝活获省级以上认定命名。',
            B: '参与制定企业标准、作业指导书，或形成以本人命名的先进操作法并在企业推行。',
            C: '参与编写企业内部作业指导书或工艺文件，规范化程度和影响范围有限。',
            D: '未参与标准、先进操作法和工艺文件的制定，技术经验尚未形成规范成果。',
          },
          observationPoints: [
            {
              text: '参与制定的标准、总结的先进操作法及本人排名',
              nature: 'quantitative',
              evidence: '标准文本及起草人页、先进操作法认定或命名文件',
              siteCheck: false,
            },
            {
              text: '标准、先进操作法在企业或行业的执行推行情况',
              nature: 'qualitative',
              evidence: '推行文件、应用单位证明',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '4',
      name: '技艺传承力',
      points: 25,
      indicators: [
        {
          code: c('4.1'),
          name: '带徒传技',
          points: 10,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '近五年签约带徒不少于10人，徒弟中有技师以上或获省级以上技能竞赛奖项者，传承成效突出。',
            B: '近五年签约带徒不少于5人，有系统的带徒计划，徒弟技能等级普遍提升。',
            C: '近五年带徒少于5人或带徒协议不规范，徒弟技能提升有限。',
            D: '近五年未开展带徒传技，或带徒流于形式、无可证实的培养记录和成效。',
          },
          observationPoints: [
            {
              text: '近五年签约带徒人数',
              nature: 'quantitative',
              evidence: '师带徒协议、企业新型学徒制培养名册',
              siteCheck: false,
            },
            {
              text: '徒弟技能等级晋升及竞赛获奖情况',
              nature: 'quantitative',
              evidence: '徒弟职业技能等级证书、获奖证书',
              siteCheck: false,
            },
            {
              text: '带徒计划与传授过程记录',
              nature: 'qualitative',
              evidence: '带徒计划、传技记录、考核记录',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('4.2'),
          name: '参与院校人才培养',
          points: 8,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '受聘为技工院校兼职教师或产业导师，长期承担一体化教学和实训指导，参与课程开发或指导学生竞赛获奖。',
            B: '受聘为技工院校兼职教师，每年承担一定学时的实训教学或岗位实习指导，效果较好。',
            C: '偶尔到技工院校开展讲座或指导实训，参与人才培养的时间和深度有限。',
            D: '未参与技工院校人才培养工作，与院校之间无可证实的合作教学记录。',
          },
          observationPoints: [
            {
              text: '受聘兼职教师或产业导师情况及年均授课学时',
              nature: 'quantitative',
              evidence: '聘书、授课任务书、课时统计',
              siteCheck: false,
            },
            {
              text: '参与一体化课程开发、世赛标准转化或学生竞赛指导',
              nature: 'qualitative',
              evidence: '课程开发材料、竞赛指导证明、院校出具的证明',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('4.3'),
          name: '技艺总结与传播',
          points: 7,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '系统总结绝技绝活，编写出版教材、操作手册或制作成套教学视频，在行业和院校中广泛使用。',
            B: '将个人技艺整理为培训讲义、操作要领或教学视频，在本单位及合作院校中使用。',
            C: '对个人技艺有一定总结，但成果零散，尚未形成便于传授的系统材料。',
            D: '未对个人技艺进行总结提炼，经验仅凭口传身授，难以复制和推广。',
          },
          observationPoints: [
            {
              text: '编写的教材、操作手册、培训讲义数量',
              nature: 'quantitative',
              evidence: '教材或手册封面及编写人员页、讲义文本',
              siteCheck: false,
            },
            {
              text: '教学视频等数字化技艺资源及使用情况',
              nature: 'quantitative',
              evidence: '视频资源清单、平台播放或使用统计',
              siteCheck: false,
            },
          ],
        },
      ],
    },
    {
      code: '5',
      name: '社会服务与示范辐射',
      points: 10,
      indicators: [
        {
          code: c('5.1'),
          name: '技术服务与职业培训',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '面向行业企业开展技术服务和职业培训成效显著，年培训人次多，承担职业技能等级认定或考评工作。',
            B: '为本单位以外的企业或院校开展技术服务、职业培训，服务对象反馈良好。',
            C: '主要在本单位内部开展培训和技术指导，对外服务较少。',
            D: '未开展技术服务和职业培训等社会服务工作，服务意识和服务成效不足。',
          },
          observationPoints: [
            {
              text: '近三年对外技术服务项目数与职业培训人次',
              nature: 'quantitative',
              evidence: '服务合同、培训班名册、结业证明',
              siteCheck: false,
            },
            {
              text: '担任职业技能等级认定考评员、督导员情况',
              nature: 'quantitative',
              evidence: '考评员证书、认定工作记录',
              siteCheck: false,
            },
          ],
        },
        {
          code: c('5.2'),
          name: '行业示范与影响',
          points: 5,
          key: false,
          scale: 'levels',
          descriptors: {
            A: '担任国家级或省级职业技能竞赛裁判、专家，或在行业组织中任职，在联盟和行业内影响广泛。',
            B: '担任市级以上职业技能竞赛裁判或行业组织成员，在区域内具有较好影响。',
            C: '参与过行业交流和技能竞赛组织工作，但影响范围主要限于本单位。',
            D: '未参与行业交流、竞赛执裁等示范活动，在行业内的影响不明显。',
          },
          observationPoints: [
            {
              text: '担任职业技能竞赛裁判、专家的赛事级别',
              nature: 'quantitative',
              evidence: '聘任文件、裁判证书',
              siteCheck: false,
            },
            {
              text: '在行业组织、联盟协作组中的任职与贡献',
              nature: 'qualitative',
              evidence: '任职文件、活动记录',
              siteCheck: false,
            },
          ],
        },
      ],
    },
  ],
  eligibility: [
    { code: 'E1', text: '具有技师及以上职业资格（职业技能等级），或获得中华技能大奖、全国技术能手等行业顶尖荣誉' },
    { code: 'E2', text: '在生产、服务一线从事技术技能工作满5年' },
  ],
  vetoes: [
    { code: 'V1', text: '存在违法行为或违反职业道德' },
    { code: 'V2', text: '近3年对重大安全事故或质量事故负有直接责任' },
    { code: 'V3', text: '申报材料弄虚作假' },
    { code: 'V4', text: '存在侵犯知识产权或剽窃他人成果行为' },
  ],
  bonus: {
    cap: 4,
    items: [
      {
        code: 'B2',
        name: '主持省级以上技术改造或技术攻关项目',
        points: 2,
        evidence: '项目立项文件、验收证明',
      },
      {
        code: 'B3',
        name: '担任世界技能大赛或国家级一类职业技能大赛专家、裁判或教练',
        points: 2,
        evidence: '聘任文件或证书',
      },
    ],
  },
  awardLevels: [
    { code: 'title', label: '联盟名匠', min: 80, requiresVote: false, provisional: true },
    { code: 'cultivate', label: '联盟名匠（培育）', min: 75, requiresVote: false, provisional: true },
  ],
  resultNote: '仅授予称号；总分不低于80分可推荐为联盟名匠，75分至80分之间可列为联盟名匠（培育），培育层级由专家委员会决定是否设置。',
}
