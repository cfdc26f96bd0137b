import { addMonths, daysInMonth, iso, isValidDay, yearPeriod } from '../lexicon/calendar.js';
import { PLAN_PERIODS } from '../lexicon/date-words.js';
import { toNumber } from '../lexicon/numbers.js';
import { ADVANCE, DURATION, DURATION_FROM, FROM_TODAY, ISSUE_MONTH, NEXT_MONTH, PLAN_PERIOD, YEARS_SPAN } from './patterns.js';
import { kindOf, toDay, type Draft, type Groups, type Offset, type Parser } from './draft.js';

/*
 * Parsers of limits that count from something else: a duration ("3个月内", counted from an event or,
 * for years, from the plan year), a span of years ("用3-5年时间"), an advance on another limit
 * ("提前一年"), the month after an event ("次月"), and the named five-year plan periods.
 */

interface Unit { designator: string; factor: number; precision: Draft['precision']; offset?: (n: number) => Offset }

const months = (k: number) => (n: number): Offset => ({ months: n * k });
const days = (k: number) => (n: number): Offset => ({ days: n * k });

const DURATION_UNIT: Record<string, Unit> = {
  年: { designator: 'Y', factor: 1, precision: 'year', offset: months(12) },
  个月: { designator: 'M', factor: 1, precision: 'month', offset: months(1) },
  个季度: { designator: 'M', factor: 3, precision: 'quarter', offset: months(3) },
  周: { designator: 'W', factor: 1, precision: 'day', offset: days(7) },
  个星期: { designator: 'W', factor: 1, precision: 'day', offset: days(7) },
  个周: { designator: 'W', factor: 1, precision: 'day', offset: days(7) },
  天: { designator: 'D', factor: 1, precision: 'day', offset: days(1) },
  日: { designator: 'D', factor: 1, precision: 'day', offset: days(1) },
  // Working days depend on a holiday calendar: the limit stays relative even from a known date.
  个工作日: { designator: 'D', factor: 1, precision: 'day' },
  工作日: { designator: 'D', factor: 1, precision: 'day' },
};

/**
 * A count of years is counted from the plan year (conventions v2: "3年内" in a 2026 plan ends
 * 2028-12-31; a range ends at its upper bound). Other lengths count from an event: relative.
 */
function counted(g: Groups, ctx: { year?: number }): Draft | null {
  const unit = DURATION_UNIT[g.unit ?? ''];
  if (!unit || g.n === undefined) return null;
  const base = { kind: 'by' as const, period: null, yearSource: 'none' as const, plain: false };
  if (g.n === '半') {
    if (g.n2 !== undefined) return null;
    if (g.unit === '年') return { ...base, precision: 'half', duration: 'P6M', relative: true, offset: { months: 6 } };
    if (g.unit === '个月') return { ...base, precision: 'day', duration: 'P15D', relative: true, offset: { days: 15 } };
    return null;
  }
  const n = toNumber(g.n);
  const n2 = g.n2 === undefined ? undefined : toNumber(g.n2);
  if (n === null || n < 1 || n2 === null || (n2 !== undefined && n2 <= n)) return null;
  const iso8601 = (k: number): string => `P${k * unit.factor}${unit.designator}`;
  const duration = n2 === undefined ? iso8601(n) : `${iso8601(n)}/${iso8601(n2)}`;
  const last = n2 ?? n;
  if (g.unit === '年') {
    const known = ctx.year !== undefined;
    return {
      ...base, precision: 'year', duration, years: true, offset: { months: 12 * last },
      ...(known ? { period: yearPeriod(ctx.year!, ctx.year! + last - 1), yearSource: 'document' as const } : {}),
    };
  }
  return { ...base, precision: unit.precision, duration, relative: true, ...(unit.offset ? { offset: unit.offset(last) } : {}) };
}

/** "1年内", "三个月内", "2-3年内", "5个工作日内". */
export const duration: Parser = { name: 'duration', pattern: DURATION, build: (g, ctx) => counted(g, ctx) };

/** "自收到复核申请之日起15个工作日": a procedure's limit after 起, with no 内. */
export const durationFrom: Parser = { name: 'duration-from', pattern: DURATION_FROM, build: (g, ctx) => counted(g, ctx) };

/** "利用3-5年时间": a span of years from the plan year, the limit at its upper bound. */
export const yearsSpan: Parser = {
  name: 'years-span',
  pattern: YEARS_SPAN,
  build: (g, ctx) => counted({ ...g, unit: '年' }, ctx),
};

/** "提前一年": resolved against the limit before it in its sentence, or dropped. */
export const advance: Parser = {
  name: 'advance',
  pattern: ADVANCE,
  build(g) {
    const n = toNumber(g.n ?? '');
    if (n === null || n < 1) return null;
    return { kind: 'by', period: null, precision: 'year', yearSource: 'none', plain: false, advance: n };
  },
};

/** "…变化的次月", "次月10日前": the month or day after an event, a relative limit. */
export const nextMonth: Parser = {
  name: 'next-month',
  pattern: NEXT_MONTH,
  build(g) {
    const base = { kind: 'by' as const, period: null, yearSource: 'none' as const, plain: false, relative: true as const };
    if (g.day !== undefined) return toDay(g.day) === null ? null : { ...base, precision: 'day' };
    return { ...base, precision: g.unit === '月' ? 'month' : 'day', offset: g.unit === '月' ? { months: 1 } : { days: 1 } };
  },
};

/** "“十三五”期间" → during 2016..2020; "“十三五”末" → by 2020-12-31. "十五" needs its quotes. */
export const planPeriod: Parser = {
  name: 'plan-period',
  pattern: PLAN_PERIOD,
  build(g) {
    const years = PLAN_PERIODS[g.name ?? ''];
    if (!years) return null;
    const quoted = g.open !== undefined && g.close !== undefined;
    if (g.name!.length < 3 && !quoted) return null;
    const end = g.edge !== '期间' && g.edge !== '时期';
    const kind = kindOf(g.suffix, end ? '末' : undefined, 'during');
    if (!kind) return null;
    return {
      kind, period: end ? yearPeriod(years[1]) : yearPeriod(years[0], years[1]), precision: 'year',
      yearSource: 'explicit', year: years[1],
      // "期间" frames a sentence like a bare year does; followed by a noun it names ("“十四五”时期主要指标").
      ...(end ? { plain: false } : { plain: true, bare: true as const }),
    };
  },
};

/** "即日起" → start on the document's own date; relative without it. */
export const fromToday: Parser = {
  name: 'from-today',
  pattern: FROM_TODAY,
  build(_, ctx) {
    const issued = ctx.issued;
    return issued === undefined
      ? { kind: 'start', period: null, precision: 'day', yearSource: 'none', plain: false, relative: true }
      : { kind: 'start', period: [issued, issued], precision: 'day', yearSource: 'document', plain: false };
  },
};

/** "本月底前", "下月10日前" → by a day of the issue month or the next; relative without the document's date. */
export const issueMonth: Parser = {
  name: 'issue-month',
  pattern: ISSUE_MONTH,
  build(g, ctx) {
    const issued = ctx.issued;
    const day = g.day === undefined ? null : toDay(g.day);
    if (g.day !== undefined && day === null) return null;
    const precision = day === null ? 'month' as const : 'day' as const;
    if (issued === undefined) return { kind: 'by', period: null, precision, yearSource: 'none', plain: false, relative: true };
    const first = addMonths(`${issued.slice(0, 8)}01`, g.which === '本' ? 0 : 1);
    const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
    const last = day ?? daysInMonth(y, m);
    if (!isValidDay(y, m, last)) return null;
    return { kind: 'by', period: [first, iso(y, m, last)], precision, yearSource: 'document', plain: false };
  },
};
