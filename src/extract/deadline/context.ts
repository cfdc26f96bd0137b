/**
 * The words around a date that decide whether it limits work: what stands before it (力争, 于, 到,
 * 截至, 每年, 从) and after it (印发, 《). Every look is a bounded window, so the refiners stay
 * linear over any input.
 */

import {
  DATE_LABEL_HEADS, DOCUMENT_DATE_EVENTS, ISSUE_VERBS, LATEST_YU, NOT_TIME_YU, PREDICATE_OPENERS, SELF_REFERENCES,
  VALIDITY_LABELS, VALIDITY_VERBS,
} from '../lexicon/date-words.js';
import { codeAt, WHITE_SPACE } from '../lexicon/marks.js';

const any = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** Words before a date, each anchored at the end of the window. */
export const BEFORE = {
  /** A label of the document's own dates: "发布日期:", "实施日期: ", "有效期至", a subtitle's dash ("——2026年1月26日在…会议上"). */
  label: new RegExp(`(?:(?:${any(DOCUMENT_DATE_EVENTS)})(?:${any(DATE_LABEL_HEADS)})|${any(VALIDITY_LABELS)})(?:[\\s:】\\]]|为|是)*$|(?:^|\\s)-{2}$`, 'u'),
  /** A label with no event ("时间: 2022-09-16", "日期:"): on a numeric date, a page's post date. */
  bareLabel: /(?:^|[^\p{Script=Han}])(?:时间|日期)\s?:?$/u,
  /** The issue of the document a relative limit counts from: "于本文印发后", "自印发之日起". */
  issue: new RegExp(`(?<word>[自于在]?(?:${any(SELF_REFERENCES)})?(?:${any(ISSUE_VERBS)})(?:之日)?[后起]的?)$`, 'u'),
  /** A cap on a quantity within a period, not a limit on work: "1年内计分不超过2分". */
  capped: /不超过|不得超过|不多于|最多|最高/u,
  /** A negated limit, the condition of a sanction: "未在3个月内退回…的,取消资格". */
  negated: /(?:未|没有|不)[在于]?$/u,
  /** An interval the sentence states ("从党的二十大到二〇三五年,用13年时间"): a span in it counts from its start. */
  interval: /从.{1,24}[到至]/u,
  /** A word that sets a count of years as a limit: "确保1年内", "在2-3年内", "争取3年内", "用3年时间". */
  years: /(?:^|[^\p{Script=Han}]|力争|争取|确保|预计|计划|拟|要|将|须|应|在|于|用|后|起|的)$/u,
  /** 于 before a day or month: "幼儿园于6月5日发出", unless the word is 关于, 位于, 高于 …. */
  yu: new RegExp(`(?<![${NOT_TIME_YU}])于$`, 'u'),
  /** A limit word with 于: "不晚于6月30日". */
  latest: new RegExp(`(?<word>${any(LATEST_YU)})$`, 'u'),
  /** 为 before a day or month: "报名时间为4月26日至4月28日" (not 作为, 成为, 评为). */
  as: /(?<![作成视评列改认称])为$/u,
  /** The event a next month counts from: "…变化的次月". */
  event: /的$/u,
  /** Done already: "已于2020年底提前完成". */
  done: /已(?:经)?[于在]?$/u,
  /** A statistic's cut-off: "截至2020年底", "截止12月11日". */
  cutoff: /截[至止](?:到|于)?$/u,
  /** A repeated limit: "每年2月底前". */
  recurring: /(?<word>每年度?|每个?月|每季度|每半年)$/u,
  /** The opening of a start: "从第7月份开始", "自2022年1月1日起". */
  from: /(?<word>从|自)$/u,
  /** "到2025年", "力争到年底": a limit. Not 达到 / 得到 (a verb ending in 到). */
  to: /(?:^|[^\p{Script=Han}]|力争|争取|计划|预计|要|将|直|拟|确保)(?<word>到|至)$/u,
  /**
   * Words that make a following plain date or year a time frame: "力争2022年…", "定于6月召开", and
   * a table label before its value ("完成时限 2022年12月31日").
   */
  frame: /(?:力争|争取|预计|计划|拟|(?:时限|时间|期限|日期|节点)\s?[:为是]?|(?:^|[^\p{Script=Han}]|定|将|拟|计划|预计|力争|争取|要|应|须|确保|并|均|分别|务必)于)$/u,
  /** "在6月完成": a frame for a month or a day only ("在2021年公立医院绩效考核中" names a year). */
  frameIn: /(?:^|[^\p{Script=Han}]|要|将|拟|计划|预计|力争|争取|并|应|须|均|分别|务必|定|于)在$/u,
  /** In a summary, the plans that make a date forward-looking. */
  forward: /将|计划|拟|力争|争取|预计|确保|下一步|下一年|明年|今后|务必|必须|要(?![求点素闻是害紧])/u,
  /** In a summary, what marks a clause as done. */
  past: /已|了(?!解)|截[至止]/u,
} as const;

/** Words right after a date. */
export const AFTER = {
  /** A validity clause after 起: "自2019年7月1日起实施。", not "起实施新标准" (work that starts). */
  validity: new RegExp(`^(?:${any(VALIDITY_VERBS)})(?:的|(?!\\p{Script=Han}))`, 'u'),
  /** What may be done from a date on: "自2025年1月1日起可实现跨省直接结算". */
  entitled: /^(?:开始)?(?:可以|可(?![能否])|能够|享受|享有)/u,
  /** A ban's length, not a limit on work: "两年内不予认定", "3个月内不得申请". */
  banned: /^(?:不|未|无|免|禁止|严禁)/u,
  /** Another date listed after this one: "在2023年、2025年底,分别…" sets both as times. */
  listed: /^、(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年/u,
  /** What was done before the date: "2018年12月31日之前已完成转制的企业" (a cut-off of eligibility). */
  done: /^已/u,
  /** A news dateline after the date: "3月27日电", "3月27日讯". */
  dateline: /^[电讯]/u,
  /** The predicate a bare year frames: "2021年全面推广…", "2020年要有所突破". */
  predicate: new RegExp(`^(?:${any(PREDICATE_OPENERS)})`, 'u'),
  /** The date names a title, a quotation or a thing ("2021年的工作"). */
  naming: /^[《“"的]/u,
  /** An issue date: "2022年2月27日印发". */
  issued: /^(?:印发|发布|签发|公布|制发|成文|发文)/u,
  /** A year opening a sentence as its time frame: "2022年,全市…". */
  opener: /^[,:;]/u,
} as const;

/*
 * Most windows end (or, after a date, begin) with a character no pattern there can end (or begin)
 * with: one look-up of that character says which patterns may match, so the others are not run.
 * Each set below is read off its pattern: the last character of every alternative before its `$`
 * (the first after its `^`), white space where a `\s` can stand there.
 */

/** The `BEFORE` patterns that may match a window, one bit each. */
export const MAY = {
  cutoff: 1, done: 2, label: 4, recurring: 8, from: 16, to: 32, latest: 64, frame: 128, frameIn: 256, yu: 512, as: 1024,
} as const;
const BEFORE_LAST = new Uint16Array(0x10000);
const last = (bit: number, chars: Iterable<string>): void => { for (const c of chars) BEFORE_LAST[c.charCodeAt(c.length - 1)] |= bit; };
last(MAY.cutoff, '至止到于');
last(MAY.done, '已经于在');
last(MAY.label, [':', '】', ']', '为', '是', '-', ...DATE_LABEL_HEADS, ...VALIDITY_LABELS]);
last(MAY.recurring, '年度月');
last(MAY.from, '从自');
last(MAY.to, '到至');
last(MAY.latest, LATEST_YU);
last(MAY.frame, ['力争', '争取', '预计', '计划', '拟', '时限', '时间', '期限', '日期', '节点', ':', '为', '是', '于']);
last(MAY.frameIn, '在');
last(MAY.yu, '于');
last(MAY.as, '为');
for (let c = 0; c < 0x10000; c++) if (WHITE_SPACE[c]) BEFORE_LAST[c] |= MAY.label | MAY.frame;
const MAY_ALL = 0xffff;

/** Which `BEFORE` patterns (MAY bits) may match `window`, by its last character. */
export function beforeMay(window: string): number {
  return window.length === 0 ? MAY_ALL : BEFORE_LAST[window.charCodeAt(window.length - 1)]!;
}

/** The `AFTER` patterns that may match a tail, one bit each. */
export const MAY_AFTER = { naming: 1, issued: 2, done: 4, dateline: 8 } as const;
const AFTER_FIRST = new Uint8Array(0x10000);
const first = (bit: number, chars: string): void => { for (const c of chars) AFTER_FIRST[c.charCodeAt(0)] |= bit; };
first(MAY_AFTER.naming, '《“"的');
first(MAY_AFTER.issued, '印发签公制成');
first(MAY_AFTER.done, '已');
first(MAY_AFTER.dateline, '电讯');

/** Which `AFTER` patterns (MAY_AFTER bits) may match `tail`, by its first character. */
export function afterMay(tail: string): number {
  return tail.length === 0 ? 0 : AFTER_FIRST[tail.charCodeAt(0)]!;
}

const HAN = /\p{Script=Han}/u;
export const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

/** Han or not by UTF-16 code, as `isHan` of that one code unit: 0 not looked up yet, 1 no, 2 yes (a fixed property, filled as met). */
const HAN_CODES = new Uint8Array(0x10000);
export function isHanCode(code: number): boolean {
  let v = HAN_CODES[code]!;
  if (v === 0) v = HAN_CODES[code] = HAN.test(String.fromCharCode(code)) ? 2 : 1;
  return v === 2;
}

/**
 * The few characters before `at`, for `BEFORE` patterns. One space between two words is a relic
 * of layout ("完成 2021 年上半年") and is skipped; `gap` says how many characters were.
 */
export function head(text: string, at: number, size = 10): { text: string; gap: number } {
  const gap = at >= 2 && text[at - 1] === ' ' && text[at - 2] !== ' ' && text[at - 2] !== '\n' ? 1 : 0;
  return { text: text.slice(Math.max(0, at - gap - size), at - gap), gap };
}

/** The few characters after `at`, one layout space skipped, for `AFTER` patterns. */
export function tail(text: string, at: number, size = 6): string {
  const start = codeAt(text, at) === 0x20 && codeAt(text, at + 1) !== 0x20 ? at + 1 : at;
  return text.slice(start, start + size);
}

/** The sentence before `at` (up to 40 characters back, to the last 。;!? or line end). */
export function sentenceHead(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 40), at);
  const cut = Math.max(...['。', ';', '!', '?', '\n'].map((c) => window.lastIndexOf(c)));
  return window.slice(cut + 1);
}

/** The clause after `at` (up to 20 characters, to the next , ; 。). */
export function clauseTail(text: string, at: number): string {
  const window = text.slice(at, at + 20);
  const stop = window.search(/[,;。!?\n]/u);
  return stop < 0 ? window : window.slice(0, stop);
}

const isBlank = (c: string): boolean => c === ' ' || c === '\n' || c === '(' || c === ')';

/** Whether nothing but spaces and brackets follows `at` to the end of the text (`line`: or of its line). */
export function endsText(text: string, at: number, line = false): boolean {
  let i = at;
  while (i < text.length && isBlank(text[i]) && !(line && text[i] === '\n')) i += 1;
  return i === text.length || (line && text[i] === '\n');
}

/** The [start, end) ranges inside 《…》, found in one pass; unclosed marks are ignored. */
export function titleRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // A 》 before the first 《 closes nothing: most texts have none, and are not read further.
  const first = text.indexOf('《');
  if (first < 0) return ranges;
  const open: number[] = [];
  for (let i = first; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) open.push(i); // 《
    else if (c === 0x300b && open.length > 0) { // 》
      const from = open.pop()!;
      if (open.length === 0) ranges.push([from, i + 1]);
    }
  }
  return ranges;
}

/** Arithmetic or a definition around a date: "计算方法:本年度…/…", "(本年度人数+上一年度人数)/2". */
const FORMULA = /[/×÷=+]|计算|公式/u;

/** Whether the clause around [s, e) (to the nearest , ; 。 or line end, at most 30 characters each way) is a formula. */
export function inFormula(text: string, s: number, e: number): boolean {
  const before = text.slice(Math.max(0, s - 30), s);
  const cut = Math.max(...[',', ';', '。', '\n'].map((c) => before.lastIndexOf(c)));
  return FORMULA.test(before.slice(cut + 1)) || FORMULA.test(clauseTail(text, e));
}
