/**
 * The words that say whether a section of a document looks back (a review, a summary, the
 * situation) or forward (goals, tasks, plans). Source: the section titles of government work
 * reports (政府工作报告: 工作回顾 / 重点工作), five-year plans (发展基础, 面临形势 / 主要目标, 重点任务)
 * and work summaries (主要成效, 存在问题 / 下一步工作打算) as the State Council and local
 * governments publish them. Read by extract/tense.ts; closed lists, not patterns.
 */

/** A title that ends in one of these names a review of the past or of the present situation. */
export const PAST_TITLE_WORDS = [
  '回顾', '总结', '成就', '成效', '成绩', '进展', '现状', '基础', '形势', '情况', '做法', '经验', '问题', '不足',
  '短板', '挑战', '机遇', '差距', '历程', '亮点', '收获', '体会', '概况', '背景', '汇报', '述职', '工作报告', '自查报告',
];

/** A title that ends in one of these names what is to be done. */
export const FUTURE_TITLE_WORDS = [
  '目标', '任务', '计划', '打算', '重点工作', '安排', '思路', '举措', '措施', '部署', '展望', '建议', '要求', '要点',
  '路径', '方案', '重点', '对策', '设想',
];

/** A title that opens with one of these looks forward ("下一步工作", "今后五年的主要工作"). */
export const FUTURE_TITLE_OPENERS = ['下一步', '下一阶段', '今后', '明年', '未来', '力争'];

/**
 * Verbs that open an imperative title ("夯实绿色发展基础", "着力解决突出问题"): the title is a task
 * even when it ends in a review word.
 */
export const IMPERATIVE_HEADS = [
  '夯实', '筑牢', '打牢', '奠定', '巩固', '加强', '强化', '推进', '推动', '深化', '完善', '健全', '解决', '破解',
  '补齐', '补强', '着力', '聚焦', '加快', '提升', '提高', '扎实', '全力', '坚持', '抓好', '做好', '构建', '建立',
  '建设', '把握', '应对', '化解', '防范', '改善', '优化', '增强', '实施', '落实', '开展', '持续', '切实', '努力',
  '推广', '学习', '借鉴', '总结', '发挥', '弘扬', '发扬', '转变', '规范', '创新', '探索', '抓紧', '用好', '保持', '守住',
  '放大', '释放', '加大', '统筹', '筑牢', '激发', '扩大', '培育', '加力', '强化', '巩固',
  '出', '见', '抓', '促', '求',
];

/** Adverbs that may open an imperative title before its verb: "深入推广…经验", "大力推进…". */
export const IMPERATIVE_ADVERBS = [
  '深入', '大力', '全面', '积极', '进一步', '切实', '持续', '加快', '稳步', '扎实', '认真', '不断', '努力', '着力', '统筹',
  '坚决', '稳妥', '有序', '主动', '及时', '继续', '更好', '更大力度', '全力',
];

/**
 * In a section's text, marks of what has been done: "已", 了 after a verb ("成立了", "完成了"; not
 * 为了, 除了, 了解, 了结), "同比", "截至", "过去一年", "一年来" (`YEARS_BEFORE`), "以来", "去年", and years
 * before the plan year (see extract/tense.ts). Not 上年: rules and plans name it as a base
 * ("按上年度标准", "较上年提高"). Each alternative opens with a rare character, so the scan stays fast.
 */
export const PAST_TEXT_CUES = /已|了|同比|截[至止]|过去[一五的]|年来|以来|去年/g;
/** Characters around 了 that make it no mark of the past: 为了, 除了, 了解, 了结. */
export const NOT_PAST_LE = { before: '为除', after: '解结' } as const;
/** The counts before 年来 that make it "over the past years": "一年来", "五年来". */
export const YEARS_BEFORE = '一两三四五几';

/** In a section's text, marks of what is to be done: "力争", "确保", "争取", "将", "务必", "预计". */
export const FUTURE_TEXT_CUES = /力争|确保|争取|将(?![军领])|务必|预计|计划(?:到|于|在|用)|目标(?:是|为)|下一步|今后|明年/gu;

/** A news report names its reporters: "记者梳理发现", "本报讯", "通讯员". */
export const NEWS_MARKS = /记者|通讯员|本报讯|本台讯|新华社|央视网消息/u;
