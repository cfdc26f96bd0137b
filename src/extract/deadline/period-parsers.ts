import { halfPeriod, iso, monthPeriod, quarterPeriod, xunPeriod, yearPeriod, type Period } from '../lexicon/calendar.js';
import { HALF_DATE, MONTHLY, QUARTER_DATE, RELATIVE_YEAR, YEAR_DATE, YEAR_RANGE } from './patterns.js';
import {
  isPlaceholder, isPlain, kindOf, resolveYear, toDay, toYear, type Draft, type Parser,
} from './draft.js';

/* Parsers of periods longer than a month (quarters, halves, years) and of monthly limits. */

/** The value of a quarter's numeral, by its code: 一二三四 and 1-4. */
const QUARTER_NUMBER = new Uint8Array(0x10000);
for (const [c, v] of [['一', 1], ['二', 2], ['三', 3], ['四', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4]] as const) QUARTER_NUMBER[c.charCodeAt(0)] = v;

export const quarterDate: Parser = {
  name: 'quarter',
  pattern: QUARTER_DATE,
  build(g, ctx, match) {
    const y = resolveYear(g, ctx);
    if (!y || g.qs === undefined) return null;
    // The numerals of "二、三季度" and their places in it, read by a look-up per character.
    const qs = g.qs;
    const values: number[] = [];
    const places: number[] = [];
    for (let i = 0; i < qs.length; i++) {
      const v = QUARTER_NUMBER[qs.charCodeAt(i)]!;
      if (v !== 0) {
        values.push(v);
        places.push(i);
      }
    }
    // "三、一季度" is a heading 三、 before 一季度: keep the run that ascends to the last numeral.
    let first = values.length - 1;
    while (first > 0 && values[first - 1]! < values[first]!) first -= 1;
    if (first > 0 && (g.year !== undefined || g.rel !== undefined)) return null;
    const skip = first > 0 ? match.indexOf(qs) + places[first]! : 0;
    const q1 = values[first]!;
    const q2 = values[values.length - 1]!;
    const kind = kindOf(g.suffix, g.edge === '初' ? undefined : g.edge, 'during');
    if (!kind) return null;
    const d: Draft & { skip: number } = {
      kind, period: y.year === undefined ? null : quarterPeriod(y.year, q1, q2), precision: 'quarter',
      yearSource: y.source, year: y.explicit, plain: isPlain(g), skip,
    };
    // A Chinese numeral (一 to 四) with no year.
    if (qs.charCodeAt(places[first]!) > 0x7f && !g.year && !g.rel) d.chinese = true;
    return d;
  },
};

export const halfDate: Parser = {
  name: 'half',
  pattern: HALF_DATE,
  build(g, ctx) {
    const y = resolveYear(g, ctx);
    const kind = kindOf(g.suffix, g.edge, 'during');
    if (!y || !kind) return null;
    const half = g.half === '上' ? 1 : 2;
    return {
      kind, period: y.year === undefined ? null : halfPeriod(y.year, half), precision: 'half',
      yearSource: y.source, year: y.explicit, plain: isPlain(g),
    };
  },
};

export const yearRange: Parser = {
  name: 'year-range',
  pattern: YEAR_RANGE,
  build(g) {
    const [y1, y2] = [toYear(g.y1 ?? ''), toYear(g.y2 ?? '')];
    const kind = kindOf(g.suffix, undefined, 'during');
    if (y1 === null || y2 === null || y2 <= y1 || !kind) return null;
    const plain = isPlain(g);
    const d: Draft = { kind, period: yearPeriod(y1, y2), precision: 'year', yearSource: 'explicit', year: y2, plain };
    if (plain) d.bare = true;
    return d;
  },
};

export const yearDate: Parser = {
  name: 'year',
  pattern: YEAR_DATE,
  build(g, ctx) {
    const y = resolveYear(g, ctx);
    // 年初 is read as the first quarter: the nearest span the calendar defines ("2019年初开始").
    const early = g.edge === '初';
    const kind = kindOf(g.suffix, early ? undefined : g.edge, 'during');
    if (!y || y.year === undefined || !kind) return null;
    const plain = isPlain(g);
    const d: Draft = {
      kind, period: early ? quarterPeriod(y.year, 1) : yearPeriod(y.year), precision: early ? 'quarter' : 'year',
      yearSource: 'explicit', year: y.year, plain,
    };
    if (plain) d.bare = true;
    return d;
  },
};

export const relativeYear: Parser = {
  name: 'relative-year',
  pattern: RELATIVE_YEAR,
  build(g, ctx) {
    // 年 alone, 年前 (before the Spring Festival) and a plain 今年 say nothing usable.
    if (g.edge === undefined && (g.rel === undefined || (g.rel === '今' && g.suffix === undefined))) return null;
    const kind = kindOf(g.suffix, g.edge, 'during');
    if (!kind) return null;
    const known = ctx.year !== undefined;
    const d: Draft = { kind, period: known ? yearPeriod(ctx.year!) : null, precision: 'year', yearSource: known ? 'document' : 'none', plain: isPlain(g) };
    if (g.du !== undefined && g.rel === undefined) d.term = true;
    return d;
  },
};

/**
 * "每月10日前", "每月底前", "每季度末前", "每半年底前": a limit that recurs, resolved to its first
 * occurrence in the plan year (contract 1.1: "每年2月底前" ends on its first occurrence).
 */
export const monthly: Parser = {
  name: 'monthly',
  pattern: MONTHLY,
  build(g, ctx) {
    const y = ctx.year;
    const base = { period: null, yearSource: y === undefined ? 'none' as const : 'document' as const, plain: false, recurring: true as const };
    if (g.quarterly !== undefined) {
      const kind = kindOf(g.suffix, g.qedge, 'on');
      if (!kind) return null;
      const quarter = g.quarterly === '季度';
      return {
        ...base, kind, precision: quarter ? 'quarter' : 'half',
        period: y === undefined ? null : quarter ? quarterPeriod(y, 1) : halfPeriod(y, 1),
      };
    }
    const placeholder = isPlaceholder(g.day);
    const day = g.day === undefined || placeholder ? null : toDay(g.day);
    if (g.day !== undefined && !placeholder && day === null) return null;
    const kind = kindOf(g.suffix, g.edge === '初' ? undefined : g.edge, 'on');
    if (!kind) return null;
    const precision = g.day !== undefined ? 'day' : g.edge === '初' ? 'xun' : 'month';
    let period: Period | null = null;
    if (y !== undefined && !placeholder) {
      period = day !== null ? [iso(y, 1, day), iso(y, 1, day)] : g.edge === '初' ? xunPeriod(y, 1, 1) : monthPeriod(y, 1);
    }
    return { ...base, kind, precision, period, ...(placeholder ? { placeholder: true as const } : {}) };
  },
};
