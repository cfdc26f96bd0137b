import { daysInMonth, iso, isValidDay, monthPeriod, xunPeriod, type Period } from '../lexicon/calendar.js';
import { DATE_RANGE, DAY_RANGE, MONTH_DATE, MONTH_RANGE, NUMERIC_DATE, YEARS_DATE_RANGE } from './patterns.js';
import { isChineseNumeral, isPlaceholder, isPlain, kindOf, resolveYear, toDay, toMonth, toYear, type Draft, type Parser } from './draft.js';
import { halfDate, monthly, quarterDate, relativeYear, yearDate, yearRange } from './period-parsers.js';
import { advance, duration, durationFrom, fromToday, issueMonth, nextMonth, planPeriod, yearsSpan } from './relative-parsers.js';

/* Parsers of days and months (single dates, 旬, and ranges), and the ordered list of every parser. */

export type { Parser } from './draft.js';

const XUN: Record<string, 1 | 2 | 3> = { 上: 1, 中: 2, 下: 3 };

const monthDate: Parser = {
  name: 'month-date',
  pattern: MONTH_DATE,
  build(g, ctx) {
    const y = resolveYear(g, ctx);
    if (!y || g.month === undefined) return null;
    const placeholder = isPlaceholder(g.month) || isPlaceholder(g.day);
    const month = isPlaceholder(g.month) ? null : toMonth(g.month);
    if (month === null && !isPlaceholder(g.month)) return null;
    const day = g.day === undefined || isPlaceholder(g.day) ? null : toDay(g.day);
    if (g.day !== undefined && !isPlaceholder(g.day) && (day === null || (month !== null && !isValidDay(y.year, month, day)))) return null;
    const xun = g.xun !== undefined ? XUN[g.xun] : g.edge === '初' ? 1 : undefined;
    const lastXun = g.xun2 !== undefined ? XUN[g.xun2] : xun;
    if (xun !== undefined && lastXun !== undefined && lastXun < xun) return null;
    const precision = g.day !== undefined ? 'day' : xun !== undefined ? 'xun' : 'month';
    const kind = kindOf(g.suffix, g.edge, xun !== undefined ? 'during' : 'on');
    if (!kind) return null;
    let period: Period | null = null;
    if (!placeholder && month !== null && y.year !== undefined) {
      if (day !== null) period = [iso(y.year, month, day), iso(y.year, month, day)];
      else if (xun !== undefined) period = xunPeriod(y.year, month, xun, lastXun);
      else period = monthPeriod(y.year, month);
    }
    // The marks set one by one: a spread of a small object per mark was a cost of every date.
    const d: Draft = { kind, period, precision, yearSource: y.source, year: y.explicit, plain: isPlain(g) };
    if (placeholder) d.placeholder = true;
    if (isChineseNumeral(g.month) && !g.year && !g.rel) d.chinese = true;
    if (g.year !== undefined && g.day !== undefined) d.fullDate = true;
    if (g.year !== undefined && /[^0-9]/u.test(g.year)) d.chineseYear = true;
    return d;
  },
};

/** "2023.11.30前": a date written in digits and dots, dashes or slashes. */
const numericDate: Parser = {
  name: 'numeric-date',
  pattern: NUMERIC_DATE,
  build(g) {
    const year = Number(g.year), month = toMonth(g.month ?? ''), day = toDay(g.day ?? '');
    if (month === null || day === null || !isValidDay(year, month, day)) return null;
    const kind = kindOf(g.suffix, undefined, 'on');
    if (!kind) return null;
    return {
      kind, period: [iso(year, month, day), iso(year, month, day)], precision: 'day', yearSource: 'explicit', year,
      plain: isPlain(g), fullDate: true as const, numeric: true as const,
    };
  },
};

const dayRange: Parser = {
  name: 'day-range',
  pattern: DAY_RANGE,
  build(g, ctx) {
    const y = resolveYear(g, ctx);
    const month = toMonth(g.month ?? '');
    const [d1, d2] = [toDay(g.d1 ?? ''), toDay(g.d2 ?? '')];
    if (!y || month === null || d1 === null || d2 === null || d2 <= d1 || !isValidDay(y.year, month, d2)) return null;
    const kind = kindOf(g.suffix, undefined, 'during');
    if (!kind) return null;
    const period: Period | null = y.year === undefined ? null : [iso(y.year, month, d1), iso(y.year, month, d2)];
    return { kind, period, precision: 'day', yearSource: y.source, year: y.explicit, plain: isPlain(g) };
  },
};

const dateRange: Parser = {
  name: 'date-range',
  pattern: DATE_RANGE,
  build(g, ctx) {
    const y = resolveYear(g, ctx);
    const [m1, m2] = [toMonth(g.m1 ?? ''), toMonth(g.m2 ?? '')];
    const [d1, d2] = [toDay(g.d1 ?? ''), toDay(g.d2 ?? '')];
    if (!y || m1 === null || m2 === null || d1 === null || d2 === null || m2 < m1 || (m2 === m1 && d2 <= d1)) return null;
    if (!isValidDay(y.year, m1, d1) || !isValidDay(y.year, m2, d2)) return null;
    const kind = kindOf(g.suffix, undefined, 'during');
    if (!kind) return null;
    const period: Period | null = y.year === undefined ? null : [iso(y.year, m1, d1), iso(y.year, m2, d2)];
    return { kind, period, precision: 'day', yearSource: y.source, year: y.explicit, plain: isPlain(g) };
  },
};

/** "2019年1月1日至2023年12月31日", "1997年4月-1998年2月": each end with its own year. */
const yearsDateRange: Parser = {
  name: 'years-date-range',
  pattern: YEARS_DATE_RANGE,
  build(g) {
    const [y1, y2] = [toYear(g.y1 ?? ''), toYear(g.y2 ?? '')];
    const [m1, m2] = [toMonth(g.m1 ?? ''), toMonth(g.m2 ?? '')];
    if (y1 === null || y2 === null || m1 === null || m2 === null) return null;
    const d1 = g.d1 === undefined ? 1 : toDay(g.d1);
    const d2 = g.d2 === undefined ? daysInMonth(y2, m2) : toDay(g.d2);
    if (d1 === null || d2 === null || !isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2)) return null;
    const [from, to] = [iso(y1, m1, d1), iso(y2, m2, d2)];
    if (to <= from) return null;
    const kind = kindOf(g.suffix, undefined, 'during');
    if (!kind) return null;
    const precision = g.d1 !== undefined && g.d2 !== undefined ? 'day' : 'month';
    return { kind, period: [from, to], precision, yearSource: 'explicit', year: y2, plain: isPlain(g) };
  },
};

const monthRange: Parser = {
  name: 'month-range',
  pattern: MONTH_RANGE,
  build(g, ctx) {
    const y = resolveYear(g, ctx);
    const [m1, m2] = [toMonth(g.m1 ?? ''), toMonth(g.m2 ?? '')];
    if (!y || m1 === null || m2 === null || m2 <= m1) return null;
    const kind = kindOf(g.suffix, g.edge, 'during');
    if (!kind) return null;
    const d: Draft = {
      kind, period: y.year === undefined ? null : monthPeriod(y.year, m1, m2), precision: 'month',
      yearSource: y.source, year: y.explicit, plain: isPlain(g),
    };
    if (isChineseNumeral(g.m1) && !g.year && !g.rel) d.chinese = true;
    return d;
  },
};

/**
 * Every parser, in the order that breaks ties between matches of the same span: the more specific
 * first. Longer matches win over shorter ones whatever the order.
 */
export const parsers: readonly Parser[] = [
  numericDate, yearsDateRange, dateRange, dayRange, monthRange, monthDate, monthly, quarterDate, halfDate, yearRange, yearDate, relativeYear,
  planPeriod, yearsSpan, duration, durationFrom, advance, nextMonth, issueMonth, fromToday,
];
