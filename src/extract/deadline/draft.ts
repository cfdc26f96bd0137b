import type { Period } from '../lexicon/calendar.js';
import { markTable } from '../lexicon/marks.js';
// The numerals of dates (numbers.ts reads a token of ASCII digits without a pattern).
import { toDay, toMonth, toYear } from '../lexicon/numbers.js';
export { toDay, toMonth, toYear };

export type Kind = 'by' | 'start' | 'during' | 'on';
export type Precision = 'day' | 'xun' | 'month' | 'quarter' | 'half' | 'year';
export type YearSource = 'explicit' | 'document' | 'none';
export type Groups = Partial<Record<string, string>>;

/** The context a document gives its deadlines. */
export interface DeadlineContext {
  /** The document's plan year; undefined if unknown. */
  year?: number;
  /** The document is a work summary or report: its dates mostly record the past. */
  summary?: boolean;
  /**
   * The document's own date (signature or issue, ISO): what "印发后3个月内" counts from, and the
   * day before which a dated event has already happened (a news item's dateline, the signature).
   */
  issued?: string;
}

/** A length to add to the date a relative limit counts from: "3个月内" → { months: 3 }. */
export type Offset = { months: number } | { days: number };

/** What a parser makes of one match, before the refiners look at the words around it. */
export interface Draft {
  kind: Kind;
  /** The days the expression covers; null when they cannot be known (no year, a placeholder, a duration). */
  period: Period | null;
  precision: Precision;
  yearSource: YearSource;
  /** The year as written, when it was. */
  year?: number;
  placeholder?: true;
  recurring?: true;
  duration?: string;
  /** Counted from an event whose date the text does not give ("5个工作日内", "次月"). */
  relative?: true;
  /** How far a relative limit runs from the date it counts from; none for working days. */
  offset?: Offset;
  /** A count of years from the plan year ("3年内", "用3-5年时间"): needs a word that sets it as a limit. */
  years?: true;
  /** "提前一年": so many years before the limit it follows in its sentence. */
  advance?: number;
  /** 年度 with no 本/今, an accounting period ("统计年度内", "一个年度内"): a time frame only where set as one. */
  term?: true;
  /** Written in digits and separators ("2022-09-16"), as page chrome writes dates. */
  numeric?: true;
  /** No suffix or edge word (前, 起, 内, 底): on its own a date may just name something. */
  plain: boolean;
  /** A bare year, half or quarter: needs a sentence-opening position or a forward word before it. */
  bare?: true;
  /** A Chinese-numeral month or quarter with no year: "统一月底" must not read as January. */
  chinese?: true;
  /** Year, month and day all written: the shape of an issue or signature date. */
  fullDate?: true;
  /** The year is written in Chinese digits (二〇二二年), as on a signature. */
  chineseYear?: true;
}

export interface ResolvedYear { year: number | undefined; source: YearSource; explicit?: number }

/**
 * The year of an expression: as written, else relative to the document (今年, 明年), else the
 * document's plan year. Returns null for a malformed written year.
 */
export function resolveYear(g: Groups, ctx: { year?: number }, written = g.year): ResolvedYear | null {
  if (written !== undefined) {
    const y = toYear(written);
    return y === null ? null : { year: y, source: 'explicit', explicit: y };
  }
  const offset = g.rel === '明' || g.rel === '次' ? 1 : 0;
  if (ctx.year === undefined) return { year: undefined, source: 'none' };
  return { year: ctx.year + offset, source: 'document' };
}

/**
 * The kind a suffix or edge word gives; `plainKind` when there is neither. null means the
 * expression records the past (以来).
 */
export function kindOf(suffix: string | undefined, edge: string | undefined, plainKind: Kind): Kind | null {
  switch (suffix) {
    case '前': case '之前': case '以前': case '为止': case '止': return 'by';
    case '开始': case '起': return 'start';
    case '以来': return null;
    case '内': return 'during';
    default:
      if (edge === '底' || edge === '末') return 'by';
      if (edge === '内') return 'during';
      return plainKind;
  }
}

const CHINESE_DIGITS = markTable('〇零一二两三四五六七八九十');
const PLACEHOLDER = markTable('Xx');

/** Whether `token` is one or more characters, each of `table`: a look-up per character, not a pattern per token. */
function allOf(token: string | undefined, table: Uint8Array): boolean {
  if (token === undefined || token.length === 0) return false;
  for (let i = 0; i < token.length; i++) if (table[token.charCodeAt(i)] !== 1) return false;
  return true;
}

/** Whether a numeral token is written in Chinese (一, 十二) rather than digits or X. */
export const isChineseNumeral = (token: string | undefined): boolean => allOf(token, CHINESE_DIGITS);

/** A placeholder numeral ("X月", "x日"). */
export const isPlaceholder = (token: string | undefined): boolean => allOf(token, PLACEHOLDER);

/** One kind of time expression: a pattern and what a match of it means. */
export interface Parser {
  name: string;
  pattern: RegExp;
  /** null when the match is not a usable date (2月30日, a range running backwards, 以来). */
  build(g: Groups, ctx: DeadlineContext, match: string): (Draft & { skip?: number }) | null;
}

/** Plain when nothing after the date says what it limits; 初 (early in the month) says no more than 上旬. */
export const isPlain = (g: Groups): boolean => g.suffix === undefined && (g.edge === undefined || g.edge === '初');
