/**
 * The time expressions of Chinese work plans, as named patterns. Every pattern is a chain of
 * bounded pieces with no nested quantifiers, so matching is linear in the text.
 */
const M = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const D = '(?:3[01]|[12]\\d|0?[1-9]|[二三]十[一]?|二十[一二三四五六七八九]|十[一二三四五六七八九]?|[一二三四五六七八九])';
/** "2021年", "二〇二二年", "二0一0年". */
const Y = '(?:(?<year>(?:19|20)\\d{2}|[二][〇零0][〇零0一二三四五六七八九]{2})年)';
const SUFFIX = '(?<suffix>之前|以前|前|开始|起|以后|以来|至今)?';
const PLACE_X = '[Xx×]';

export const RECURRING_PREFIX = /(?:每年|每月|每季度|每半年|每个月)$/;

export interface NamedPattern { name: PatternName; re: RegExp }
export type PatternName = 'recurringEnd' | 'dateRange' | 'date' | 'xun' | 'monthEnd' | 'monthRange' | 'month' | 'quarter' | 'half' | 'yearEnd'
  | 'withinYear' | 'relative' | 'year';

/** Most specific first: an overlap goes to the longer match, then to the earlier pattern here. */
export const DEADLINE_PATTERNS: readonly NamedPattern[] = [
  // "每季度末前", "每月底前": a limit that recurs, with no fixed date
  { name: 'recurringEnd', re: /每(?:个)?(?<what>季度|月|半年|年)(?:末|底)(?<suffix>之前|以前|前)?/g },
  // "6月11-13日", "6月11日至7月2日"
  { name: 'dateRange', re: new RegExp(`${Y}?(?<month>${M})月(?<day>${D})[日号]?\\s*(?:-|至|到)\\s*(?:(?<month2>${M})月)?(?<day2>${D})[日号]${SUFFIX}`, 'g') },
  // "6月25日前", "2022年2月27日"
  { name: 'date', re: new RegExp(`${Y}?(?<month>${M})月(?<day>${D})[日号]${SUFFIX}`, 'g') },
  // "7月上旬开始", "2021年3月下旬前"
  { name: 'xun', re: new RegExp(`${Y}?(?<month>${M})月份?(?<xun>上|中|下)旬${SUFFIX}`, 'g') },
  // "2021年6月底前", "十二月底前", "X月底前"
  { name: 'monthEnd', re: new RegExp(`${Y}?(?<month>${M}|${PLACE_X})月份?(?:底|末)(?<suffix>之前|以前|前)?`, 'g') },
  // "3-5月", "3月至6月"
  { name: 'monthRange', re: new RegExp(`${Y}?(?<month>${M})月?\\s*(?:-|至|到)\\s*(?<month2>${M})月份?${SUFFIX}`, 'g') },
  // "从第7月份开始", "7月起", "2021年12月"
  { name: 'month', re: new RegExp(`(?<from>从|自)?第?${Y}?(?<month>${M}|${PLACE_X})月份?${SUFFIX}`, 'g') },
  // "一季度", "第二季度", "二、三季度", "1季度末前"
  { name: 'quarter', re: new RegExp(`${Y}?第?(?<q>[一二三四1-4])(?:[、,和及至到-]第?(?<q2>[一二三四1-4]))?季度(?<end>末|底)?${SUFFIX}`, 'g') },
  // "上半年", "下半年前"
  { name: 'half', re: new RegExp(`${Y}?(?<half>上|下)半年(?<end>末|底)?${SUFFIX}`, 'g') },
  // "年底前", "2020年底前", "年末"
  { name: 'yearEnd', re: new RegExp(`(?:(?<year>(?:19|20)\\d{2}|[二][〇零0][〇零0一二三四五六七八九]{2}))?年(?:底|末)(?<suffix>之前|以前|前)?`, 'g') },
  // "年内", "本年度"
  { name: 'withinYear', re: /(?<![\d一二两三四五六七八九十个半])(?:本年度|本年内|今年内|当年内|年内)/g },
  // "1年内", "三个月内", "2-3年内"
  { name: 'relative', re: /(?<![月\d])(?<n>\d{1,3}(?:\s*-\s*\d{1,3})?|[一二两三四五六七八九十半]{1,3}(?:[至到-][一二两三四五六七八九十]{1,3})?)\s*(?:个)?(?<unit>年|月|周|天|日|工作日)(?:以)?内/g },
  // "2022年," "力争2022年…" "2025年前"
  { name: 'year', re: new RegExp(`${Y}(?![度底末内上下第\\d一二三四五六七八九十])(?<suffix>之前|以前|前)?`, 'g') },
];
