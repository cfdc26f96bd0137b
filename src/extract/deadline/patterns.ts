/**
 * The patterns of time expressions, one named constant each, built from small token fragments.
 * Every quantifier is bounded or over a single token, and no quantified group repeats a group that
 * can itself repeat, so each pattern runs in linear time. Run them on width-folded text (ASCII
 * digits and '-'); the upstream normaliser guarantees that, foldWidth is the safety net.
 */

import { PLAN_PERIODS } from '../lexicon/date-words.js';

/** A four-digit year in Arabic or Chinese digits: 2021, 二〇二一, 二0一0. */
const YEAR = '[0-9〇零一二三四五六七八九]{4}';
/** 1..12 in Arabic or Chinese numerals, or the placeholder X ("X月底前"). Longer alternatives first. */
const MONTH = '1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|[Xx]{1,2}';
/** 1..31 in Arabic or Chinese numerals, or the placeholder X. */
const DAY = '3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|[Xx]{1,2}';
/** A quarter number. */
const QUARTER = '[一二三四1-4]';
/** A small count (1..99) for durations; "两三年" is deliberately not a count. */
const COUNT = '[0-9]{1,2}|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]';
/** Joins the two ends of a range. */
const TO = '(?:-{1,2}|至|到)';

/** A time of day after a date: "9:00", "下午3点", "上午10时30分". */
const TIME = '(?:\\s?(?:上午|下午|中午|晚上|凌晨)?\\s?(?:[01]?[0-9]|2[0-4])(?::[0-5][0-9]|[时点](?:[0-5]?[0-9]分|半|整)?))';

/** A weekday in brackets after a date: "6月30日(星期五)前". */
const WEEKDAY = '(?:\\s?\\((?:星期|周)[一二三四五六日天]\\))';

/** Not inside a longer number or a Latin word: "20197年" has no year, "MAX月" no month. */
const NOT_AFTER_NUMERAL = '(?<![0-9〇零一二两三四五六七八九十百千万A-Za-z])';

const year = (name: string): string => `(?<${name}>${YEAR})`;
const month = (name: string): string => `(?<${name}>${MONTH})`;
const day = (name: string): string => `(?<${name}>${DAY})`;

/** "2021年", "2021年度", "今年", "本年度", "明年", "次年" before a month, quarter or half. */
const YEAR_PREFIX = `(?:${year('year')}\\s?年度?|(?<rel>今|本|明|次)年度?)\\s?`;

/**
 * What follows a date and decides its kind: 前 / 之前 / 以前 / 为止 → by, 开始 / 起 → start,
 * 内 → during, 以来 → the past. 前后 (about), 起草 (to draft), 内容 (content) are other words.
 */
const SUFFIX = '(?<suffix>之前|以前|前(?![后期列移置沿夕]|[一二三四五六七八九十两0-9]{1,2}个?(?:季度|季|月|年|周|天|名|位|批))|开始|起(?![草来步点诉码始])|以来|为止|止|内(?![的容部蒙]))';

const re = (source: string): RegExp => new RegExp(source, 'gu');

/** "2021年6月底前", "6月25日前", "7月上旬开始", "第7月份开始", "十二月底前", "X月底前", "2021年12月". */
export const MONTH_DATE = re(
  `${NOT_AFTER_NUMERAL}(?:${YEAR_PREFIX})?(?<nth>第)?${month('month')}\\s?月(?<fen>份)?` +
    `(?:\\s?${day('day')}\\s?[日号]${WEEKDAY}?${TIME}?|(?<xun>[上中下])(?<xun2>[中下])?旬|(?<edge>底|末|初))?${SUFFIX}?`,
);

/** "2023.11.30前", "2023-11-30", "2023/11/30": a numeric date. */
export const NUMERIC_DATE = re(`(?<![0-9.])(?<year>(?:19|20)[0-9]{2})(?<sep>[./-])(?<month>1[0-2]|0?[1-9])\\k<sep>(?<day>3[01]|[12][0-9]|0?[1-9])(?![0-9])${SUFFIX}?`);

/** "6月11-13日", "6月11日至13日". */
export const DAY_RANGE = re(
  `${NOT_AFTER_NUMERAL}(?:${YEAR_PREFIX})?${month('month')}\\s?月\\s?${day('d1')}\\s?[日号]?${TIME}?${TO}${day('d2')}\\s?[日号]${WEEKDAY}?${TIME}?${SUFFIX}?`,
);

/** "6月11日至7月13日", "6月20日-7月10日前". */
export const DATE_RANGE = re(
  `${NOT_AFTER_NUMERAL}(?:${YEAR_PREFIX})?${month('m1')}\\s?月\\s?${day('d1')}\\s?[日号]?${TIME}?${TO}` +
    `${month('m2')}\\s?月\\s?${day('d2')}\\s?[日号]${WEEKDAY}?${TIME}?${SUFFIX}?`,
);

/**
 * "2019年1月1日至2023年12月31日", "1997年4月-1998年2月": a range whose ends both state their year.
 * Each end may be a day or a month.
 */
export const YEARS_DATE_RANGE = re(
  `${NOT_AFTER_NUMERAL}${year('y1')}\\s?年${month('m1')}\\s?月(?:\\s?${day('d1')}\\s?[日号])?${TO}` +
    `${year('y2')}\\s?年${month('m2')}\\s?月(?:\\s?${day('d2')}\\s?[日号])?${SUFFIX}?`,
);

/** "3-5月", "6月至8月底前", "一至三月份". */
export const MONTH_RANGE = re(
  `${NOT_AFTER_NUMERAL}(?:${YEAR_PREFIX})?${month('m1')}(?:\\s?月份?)?${TO}${month('m2')}\\s?月份?(?<edge>底|末)?${SUFFIX}?`,
);

/** "一季度", "第一季度", "1季度", "二、三季度", "2021年四季度末前", "1-3季度". */
export const QUARTER_DATE = re(
  `${NOT_AFTER_NUMERAL}(?:${YEAR_PREFIX})?(?<qs>第?${QUARTER}(?:(?:[、-]|至|到|和|及)第?${QUARTER}){0,3})` +
    `季(?:度|(?=[末底]))(?<edge>末|底|初)?${SUFFIX}?`,
);

/** "上半年", "2021年下半年", "上半年底前". */
export const HALF_DATE = re(`${NOT_AFTER_NUMERAL}(?<![上下])(?:${YEAR_PREFIX})?(?<half>[上下])半年(?<du>度)?(?<edge>末|底)?${SUFFIX}?`);

/** "2021-2023年", "2021年至2025年". */
export const YEAR_RANGE = re(`${NOT_AFTER_NUMERAL}${year('y1')}\\s?(?:年度?)?${TO}${year('y2')}\\s?年度?${SUFFIX}?`);

/** "2022年", "2020年底前", "2022年年底前", "2025年前", "2022年内", "2021年度". */
export const YEAR_DATE = re(`${NOT_AFTER_NUMERAL}${year('year')}\\s?年(?<du>度)?(?:年?(?<edge>底|末|初(?![步级中次心始稿审筛])))?${SUFFIX}?`);

/**
 * "年内", "年底前", "本年度", "今年内", "今年年底". Not after a count or a word that makes it another year
 * (三年内, 近年, 上年底, 去年底, 当年, 下年度).
 */
export const RELATIVE_YEAR = re(
  `(?<![0-9〇零一二两三四五六七八九十百千几多半近全当同去上下前往历])(?<rel>本|今)?年(?<du>度)?(?:(?<=[本今]年)年)?(?<edge>底|末|内)?${SUFFIX}?`,
);

/** "1年内", "三个月内", "2-3年内", "半年内". Not 近三年内 (the past), not N小时内 (a response standard). */
export const DURATION = re(
  `(?<![0-9〇零一二两三四五六七八九十百千近上下前去往过第每至到-])(?<n>${COUNT}|半)(?:${TO}(?<n2>${COUNT}))?` +
    '(?<unit>个月|个季度|年|周|个星期|个周|个工作日|工作日|天|日)内(?![的容部])',
);

/** "每月10日前", "每月底前": a monthly limit, recurring by construction. */
export const MONTHLY = re(`每个?(?:月(?:${day('day')}\\s?[日号]|(?<edge>底|末|初))|(?<quarterly>季度|半年)(?<qedge>末|底))${SUFFIX}?`);

/**
 * "自收到复核申请之日起15个工作日", "起30日": a count of days or months after 起 with no 内, the
 * limit of a procedure counted from an event. The count starts right after 起.
 */
export const DURATION_FROM = re(`(?<=起)(?<n>${COUNT})(?<unit>个月|个工作日|工作日|天|日|周)(?![内0-9])`);

/** "利用3-5年时间", "用两年时间", "用3年左右的时间": a span of years counted from the plan year. */
export const YEARS_SPAN = re(
  `(?<![0-9〇零一二两三四五六七八九十百千近前去往过第每至到-])(?:利用|用|花)?(?<n>${COUNT})(?:${TO}(?<n2>${COUNT}))?年(?:左右)?的?时间`,
);

/** "提前一年", "提前2年": a limit one or more years before another limit in the same sentence. */
export const ADVANCE = re(`提前(?<n>${COUNT})年`);

/**
 * "…变化的次月", "次月10日前": the month (or day) after an event the text names. Not 次月起 (a
 * rule's start, "次月起享受待遇").
 */
export const NEXT_MONTH = re(
  `次(?:(?<unit>月|日)(?![份初底末起0-9一二三四五六七八九十]|开始)|月\\s?${day('day')}\\s?[日号](?<suffix>前|之前|以前|内))`,
);

/**
 * "“十三五”期间", "十四五时期", "“十三五”末": a five-year plan's period by its short name. The
 * names come from the lexicon; the quotes are kept in the text as written.
 */
export const PLAN_PERIOD = re(
  `(?<![0-9〇零一二两三四五六七八九十百千万第])(?<open>[“"])?(?<name>${Object.keys(PLAN_PERIODS).sort((a, b) => b.length - a.length).join('|')})` +
    '(?<close>[”"])?(?:规划)?(?<edge>期间|时期|末期|末|期末)(?<suffix>前|以前|之前)?',
);

/** "本月底前", "本月20日前", "下月10日前": limits in the month of the document's own date or the next. */
export const ISSUE_MONTH = re(`(?<which>本|下个?)月(?:\\s?${day('day')}\\s?[日号]|(?<edge>底|末))(?<suffix>前|之前|以前)`);

/** "即日起": from the document's own date. */
export const FROM_TODAY = re('即日起');
