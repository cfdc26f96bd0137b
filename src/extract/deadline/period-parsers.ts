import { halfPeriod, quarterPeriod, yearPeriod } from '../lexicon/calendar.js';
import { toDay, toNumber, toYear } from '../lexicon/numbers.js';
import { DURATION, HALF_DATE, MONTHLY, QUARTER_DATE, RELATIVE_YEAR, YEAR_DATE, YEAR_RANGE } from './patterns.js';
import {
  isChineseNumeral, isPlaceholder, isPlain, kindOf, resolveYear, type Draft, type Kind, type Parser,
} from './draft.js';

/* Parsers of periods longer than a month (quarters, halves, years), of durations and of monthly limits. */

export const quarterDate: Parser = {
  name: 'quarter',
  pattern: QUARTER_DATE,
  build(g, ctx, match) {
    const y = resolveYear(g, ctx);
    if (!y || g.qs === undefined) return null;
    const numerals = [...g.qs.matchAll(/[一二三四1-4]/gu)];
    // "三、一季度" is a heading 三、 before 一季度: keep the run that ascends to the last numeral.
    let first = numerals.length - 1;
    while (first > 0 && toNumber(numerals[first - 1][0])! < toNumber(numerals[first][0])!) first -= 1;
    if (first > 0 && (g.year !== undefined || g.rel !== undefined)) return null;
    const skip = first > 0 ? match.indexOf(g.qs) + numerals[first].index : 0;
    const q1 = toNumber(numerals[first][0])!;
    const q2 = toNumber(numerals[numerals.length - 1][0])!;
    const kind = kindOf(g.suffix, g.edge === '初' ? undefined : g.edge, 'during');
    if (!kind) return null;
    return {
      kind, period: y.year === undefined ? null : quarterPeriod(y.year, q1, q2), precision: 'quarter',
      yearSource: y.source, year: y.explicit, plain: isPlain(g), skip,
      ...(isChineseNumeral(numerals[first][0]) && !g.year && !g.rel ? { chinese: true as const } : {}),
    };
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
    return {
      kind, period: yearPeriod(y1, y2), precision: 'year', yearSource: 'explicit', year: y2, plain,
      ...(plain ? { bare: true as const } : {}),
    };
  },
};

export const yearDate: Parser = {
  name: 'year',
  pattern: YEAR_DATE,
  build(g, ctx) {
    const y = resolveYear(g, ctx);
    const kind = kindOf(g.suffix, g.edge, 'during');
    if (!y || y.year === undefined || !kind) return null;
    const plain = isPlain(g);
    return {
      kind, period: yearPeriod(y.year), precision: 'year', yearSource: 'explicit', year: y.year, plain,
      ...(plain ? { bare: true as const } : {}),
    };
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
    return {
      kind, period: known ? yearPeriod(ctx.year!) : null, precision: 'year',
      yearSource: known ? 'document' : 'none', plain: isPlain(g),
    };
  },
};

const DURATION_UNIT: Record<string, { designator: string; factor: number; precision: Draft['precision'] }> = {
  年: { designator: 'Y', factor: 1, precision: 'year' },
  个月: { designator: 'M', factor: 1, precision: 'month' },
  个季度: { designator: 'M', factor: 3, precision: 'quarter' },
  周: { designator: 'W', factor: 1, precision: 'day' },
  个工作日: { designator: 'D', factor: 1, precision: 'day' },
  工作日: { designator: 'D', factor: 1, precision: 'day' },
  天: { designator: 'D', factor: 1, precision: 'day' },
  日: { designator: 'D', factor: 1, precision: 'day' },
  个星期: { designator: 'W', factor: 1, precision: 'day' },
  个周: { designator: 'W', factor: 1, precision: 'day' },
};

export const duration: Parser = {
  name: 'duration',
  pattern: DURATION,
  build(g) {
    const unit = DURATION_UNIT[g.unit ?? ''];
    if (!unit || g.n === undefined) return null;
    const base = { kind: 'by' as Kind, period: null, yearSource: 'none' as const, plain: false };
    if (g.n === '半') {
      if (g.n2 !== undefined) return null;
      if (g.unit === '年') return { ...base, precision: 'half', duration: 'P6M' };
      if (g.unit === '个月') return { ...base, precision: 'day', duration: 'P15D' };
      return null;
    }
    const n = toNumber(g.n);
    const n2 = g.n2 === undefined ? undefined : toNumber(g.n2);
    if (n === null || n < 1 || n2 === null || (n2 !== undefined && n2 <= n)) return null;
    const iso8601 = (k: number): string => `P${k * unit.factor}${unit.designator}`;
    return { ...base, precision: unit.precision, duration: n2 === undefined ? iso8601(n) : `${iso8601(n)}/${iso8601(n2)}` };
  },
};

export const monthly: Parser = {
  name: 'monthly',
  pattern: MONTHLY,
  build(g) {
    // "每季度末前", "每半年底前": a quarterly or half-yearly limit.
    if (g.quarterly !== undefined) {
      const kind = kindOf(g.suffix, g.qedge, 'on');
      return kind ? { kind, period: null, precision: g.quarterly === '季度' ? 'quarter' : 'half', yearSource: 'none', plain: false, recurring: true } : null;
    }
    const day = g.day === undefined || isPlaceholder(g.day) ? null : toDay(g.day);
    if (g.day !== undefined && !isPlaceholder(g.day) && day === null) return null;
    const kind = kindOf(g.suffix, g.edge === '初' ? undefined : g.edge, 'on');
    if (!kind) return null;
    const precision = g.day !== undefined ? 'day' : g.edge === '初' ? 'xun' : 'month';
    return { kind, period: null, precision, yearSource: 'none', plain: false, recurring: true };
  },
};
