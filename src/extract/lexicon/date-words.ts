/**
 * Words around dates that say what a date is, as data for the deadline refiners and parsers.
 * Sources: the metadata labels of government web pages (gov.cn 信息公开 tables, provincial
 * 规范性文件 platforms: 成文日期, 发布日期, 实施日期, 失效日期, 发表时间), the validity clause of
 * 《党政机关公文处理工作条例》-style documents ("本办法自…起施行"), and the five-year plans' official
 * names and years (国民经济和社会发展第十个…第十五个五年规划).
 */

/** What a labelled date on a page records about the document itself: "发布日期:", "实施日期:". */
export const DOCUMENT_DATE_EVENTS = [
  '发布', '发表', '成文', '发文', '印发', '公布', '签发', '签署', '施行', '实施', '生效', '失效', '废止',
  '更新', '上传', '录入', '修订', '公开', '收稿', '出版',
] as const;

/** The head of such a label: "发布日期", "发表时间". */
export const DATE_LABEL_HEADS = ['日期', '时间'] as const;

/** A term of validity before its last day: "有效期至2024年6月30日". */
export const VALIDITY_LABELS = ['有效期至', '有效期到', '有效期为', '有效期', '有效期限', '执行期限', '执行期'] as const;

/** The verbs of a validity clause after 起: "本办法自2022年1月1日起施行". */
export const VALIDITY_VERBS = ['施行', '实施', '生效', '执行'] as const;

/** The document naming itself before its issue: "本文印发后3个月内", "自本方案印发之日起30日内". */
export const SELF_REFERENCES = [
  '本文件', '本文', '本通知', '本方案', '本意见', '本办法', '本规定', '本细则', '本决定', '本计划', '本规划', '本要点',
] as const;

/** The issuing of a document: "印发后", "下发之日起". */
export const ISSUE_VERBS = ['印发', '发布', '下发', '公布', '出台'] as const;

/**
 * Words ending in 于 where 于 does not put a time on work: 关于, 对于, 位于, 属于, 等于, 高于 …
 * ("成立于2021年6月" records the past; "低于6月" compares).
 */
export const NOT_TIME_YU = '关对由位属等高低大小多少用基生始终处在鉴限源至归致出善乐忙急敢甘苦早晚迟立建';

/** Deadline words before 于 that make it a limit: "不晚于6月30日", "最迟于". */
export const LATEST_YU = ['不晚于', '不迟于', '最迟于', '最晚于'] as const;

/** The five-year plans by their short names: "“十三五”期间" → 2016..2020. */
export const PLAN_PERIODS: Readonly<Record<string, readonly [number, number]>> = {
  十五: [2001, 2005],
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
  十六五: [2031, 2035],
};

/**
 * Words that open the predicate of a sentence whose time frame is a bare year before them:
 * "2021年全面推广无纸化单证备案", "2020年要有所突破". A noun after the year names something
 * ("2021年中央财政经费") and is not here.
 */
export const PREDICATE_OPENERS = [
  '要', '将', '需', '须', '应', '必须', '力争', '争取', '确保', '全面', '基本', '全部', '初步', '逐步', '继续',
  '完成', '实现', '启动', '开展', '推广', '推进', '推行', '建成', '建立', '出台', '制定', '试点', '开始', '覆盖',
] as const;
