import { toNumber, toYear } from './lexicon/numbers.js';
import { iso, isDate, lastDay, quarterMonths } from './lexicon/calendar.js';
import { DEADLINE_PATTERNS, RECURRING_PREFIX, type PatternName } from './deadlines/patterns.js';

export interface FoundDeadline {
  /** `[start, end)` UTF-16 indices into the input text. */
  at: [number, number];
  text: string;
  kind: 'by' | 'start' | 'during' | 'on';
  start: string | null;
  end: string | null;
  precision: 'day' | 'xun' | 'month' | 'quarter' | 'half' | 'year';
  yearSource: 'explicit' | 'document' | 'none';
  placeholder?: true;
  recurring?: true;
  /** Relative limits ("三个月内"): an ISO 8601 duration, "P3M"; "2-3年内" → "P2Y/P3Y". */
  duration?: string;
}

export interface DeadlineContext {
  /** The plan year: resolves "6月底前"; earlier explicit years record the past. */
  year?: number;
  /** A work summary or report: its dates record the past unless a sentence looks forward. */
  summary?: boolean;
}

interface Hit { name: PatternName; m: RegExpExecArray; at: number; end: number }

const CLAUSE_BREAK = /[。;；!！？\n]/;
const PAST_BEFORE = /(?:截至|截止|截止到|自|去年|上年|往年)[^。;；,，\n]{0,12}$/;
const PAST_AFTER = /^(?:以来|至今|止)/;
const PAST_EVENT = /[了已曾]/;
const FORWARD = /下一步|明年|今后|将要|将继续|将进一步|计划于|力争|确保|争取|拟于|预计/;
/** "上半年综合目标考核报告": a period that qualifies the noun after it names what, not by when. */
const NOUN_AFTER = /^(?:综合|目标|考核|报告|总结|工作总结|数据|统计|情况|评估|自评|工作计划|计划|方案|预算|社区|医院|卫生|经费|资金)/;
/** "完成2021年上半年…考核": a period inside the object of a verb names what is done, not by when. */
const VERB_BEFORE = /(?:完成|开展|做好|进行|组织|迎接|编制|发布|制定|提出|形成|下发|印发|总结|上报|报送|分析|评估|启动|召开)$/;
const ISSUED = /^\s*(?:印发|发布|颁布|签发|起施行|施行)/;
/** What may follow a bare year that sets the period of the work ("2022年,全市…" "力争2022年…"). */
const YEAR_AS_PERIOD_AFTER = /^(?:[,，:：]|完成|实现|达到|建成|基本|全面|底|前)/;
const YEAR_NAMES_THING = /^(?:各项|各|的|度|工作|计划|清单|投资|项目|预算)/;

/**
 * The deadlines in one task's text (normalised upstream: ASCII digits and punctuation), with
 * their kind (by 前/底前; start 开始/起; during 年内/一季度/上旬; on a plain date), ISO start and
 * end resolved against the plan year, and precision. Dates that record the past (cut-offs,
 * past events, issue dates, figures of earlier years) are left out.
 * @example findDeadlines('6月25日前启动活动', { year: 2021 })[0] // { text: '6月25日前', kind: 'by', end: '2021-06-25', … }
 */
export function findDeadlines(text: string, ctx: DeadlineContext = {}): FoundDeadline[] {
  const hits: Hit[] = [];
  for (const p of DEADLINE_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (!m[0]) { p.re.lastIndex++; continue; }
      hits.push({ name: p.name, m, at: m.index, end: m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.at - b.at || (b.end - b.at) - (a.end - a.at));
  const out: FoundDeadline[] = [];
  let taken = -1;
  for (const h of byLength(hits)) {
    if (h.at < taken) continue;
    const d = interpret(h, text, ctx);
    if (!d || !admit(d, h, text, ctx)) continue;
    out.push(d);
    taken = h.end;
  }
  return out.sort((a, b) => a.at[0] - b.at[0]);
}

/** Among hits starting at one place keep the longest; a longer hit that starts earlier wins an overlap. */
function byLength(hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.at < last.end) {
      if (h.end - h.at > last.end - last.at && h.at === last.at) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

function interpret(h: Hit, text: string, ctx: DeadlineContext): FoundDeadline | null {
  const g = h.m.groups ?? {};
  const explicit = g.year ? toYear(g.year) : null;
  const year = explicit ?? ctx.year ?? null;
  const yearSource: FoundDeadline['yearSource'] = explicit ? 'explicit' : ctx.year !== undefined ? 'document' : 'none';
  const suffix = g.suffix ?? '';
  const by = /前/.test(suffix);
  const starts = /开始|起|以后/.test(suffix) || !!g.from;
  if (/以来|至今/.test(suffix)) return null;
  const base = { at: [h.at, h.end] as [number, number], text: h.m[0], yearSource };
  const period = (kind: FoundDeadline['kind'], start: string | null, end: string | null, precision: FoundDeadline['precision']): FoundDeadline =>
    ({ ...base, kind, start: kind === 'by' ? null : start, end, precision });
  const months = (m1: number, m2: number, precision: FoundDeadline['precision'], defaultKind: FoundDeadline['kind']) => {
    if (year === null) return period(by ? 'by' : starts ? 'start' : defaultKind, null, null, precision);
    return period(by ? 'by' : starts ? 'start' : defaultKind, iso(year, m1, 1), iso(year, m2, lastDay(year, m2)), precision);
  };

  switch (h.name) {
    case 'dateRange': case 'date': {
      const m = toNumber(g.month!), d = toNumber(g.day!);
      if (!m || !d || (year !== null && !isDate(year, m, d))) return null;
      const m2 = g.month2 ? toNumber(g.month2) : m, d2 = g.day2 ? toNumber(g.day2) : d;
      if (!m2 || !d2) return null;
      const a = year === null ? null : iso(year, m, d), b = year === null ? null : iso(year, m2, d2);
      return period(by ? 'by' : starts ? 'start' : 'on', a, b, 'day');
    }
    case 'xun': {
      const m = toNumber(g.month!);
      if (!m) return null;
      const [d1, d2] = g.xun === '上' ? [1, 10] : g.xun === '中' ? [11, 20] : [21, year ? lastDay(year, m) : 31];
      if (year === null) return period(by ? 'by' : starts ? 'start' : 'during', null, null, 'xun');
      return period(by ? 'by' : starts ? 'start' : 'during', iso(year, m, d1), iso(year, m, d2), 'xun');
    }
    case 'monthEnd': {
      if (/[Xx×]/.test(g.month!)) return { ...period('by', null, null, 'month'), yearSource: 'none', placeholder: true };
      const m = toNumber(g.month!);
      if (!m || m > 12) return null;
      return period('by', null, year === null ? null : iso(year, m, lastDay(year, m)), 'month');
    }
    case 'monthRange': {
      const m1 = toNumber(g.month!), m2 = toNumber(g.month2!);
      if (!m1 || !m2 || m2 <= m1 || m2 > 12) return null;
      return months(m1, m2, 'month', 'during');
    }
    case 'month': {
      if (/[Xx×]/.test(g.month!)) return by || starts ? { ...period(by ? 'by' : 'start', null, null, 'month'), yearSource: 'none', placeholder: true } : null;
      const m = toNumber(g.month!);
      if (!m || m > 12) return null;
      // A month alone is an event's month only with its year or an explicit marker ("于6月").
      if (!by && !starts && !explicit && !/(?:于|在|定于|拟于)$/.test(text.slice(Math.max(0, h.at - 2), h.at))) return null;
      return months(m, m, 'month', 'on');
    }
    case 'quarter': {
      const q1 = toNumber(g.q!) ?? 0, q2 = g.q2 ? toNumber(g.q2) ?? q1 : q1;
      if (q1 < 1 || q1 > 4 || q2 < q1 || q2 > 4) return null;
      const f = months(quarterMonths(q1)[0], quarterMonths(q2)[1], 'quarter', 'during');
      return g.end ? { ...f, kind: 'by', start: null } : f;
    }
    case 'half': {
      const [m1, m2] = g.half === '上' ? [1, 6] : [7, 12];
      const f = months(m1, m2, 'half', 'during');
      return g.end ? { ...f, kind: 'by', start: null } : f;
    }
    case 'recurringEnd':
      return { ...period('by', null, null, g.what === '月' ? 'month' : g.what === '年' ? 'year' : g.what === '半年' ? 'half' : 'quarter'), recurring: true };
    case 'yearEnd':
      return period('by', null, year === null ? null : iso(year, 12, 31), 'year');
    case 'withinYear':
      return period('during', year === null ? null : iso(year, 1, 1), year === null ? null : iso(year, 12, 31), 'year');
    case 'relative': {
      const unit = { 年: 'Y', 月: 'M', 周: 'W', 天: 'D', 日: 'D', 工作日: 'D' }[g.unit as '年'] ?? 'D';
      const parts = g.n!.replace(/\s/g, '').split(/[至到-]/).map((x) => (x === '半' ? 0.5 : toNumber(x)));
      if (parts.some((x) => x === null || x <= 0)) return null;
      const dur = (n: number) => (n === 0.5 && unit === 'Y' ? 'P6M' : `P${n}${unit}`);
      return { ...base, kind: 'by', start: null, end: null, precision: unit === 'Y' ? 'year' : unit === 'M' ? 'month' : 'day', yearSource: 'none', duration: parts.map((n) => dur(n!)).join('/') };
    }
    case 'year': {
      const before = text.slice(Math.max(0, h.at - 2), h.at);
      const after = text.slice(h.end, h.end + 4);
      const y = explicit!;
      if (by) return { ...period('by', null, iso(y, 12, 31), 'year') };
      const opening = h.at === 0 || /[。;；!？\n:：\s]$/.test(text[h.at - 1] ?? '');
      if (/(?:到|至)$/.test(before)) return period('by', null, iso(y, 12, 31), 'year');
      if (/(?:力争|争取)$/.test(before) || (opening && /^[,，]/.test(after))
        || (/(?:确保|在|于)$/.test(before) && YEAR_AS_PERIOD_AFTER.test(after) && !YEAR_NAMES_THING.test(after))) {
        return period('during', iso(y, 1, 1), iso(y, 12, 31), 'year');
      }
      return null;
    }
  }
}

function admit(d: FoundDeadline, h: Hit, text: string, ctx: DeadlineContext): boolean {
  const clauseStart = lastBreak(text, h.at);
  const clauseEnd = nextBreak(text, h.end);
  const before = text.slice(clauseStart, h.at);
  const clause = text.slice(clauseStart, clauseEnd);
  // Inside a document's title 《…》 (on the same line: an unclosed 《 does not run on).
  const window = text.slice(Math.max(0, h.at - 80), h.at);
  const open = window.lastIndexOf('《');
  if (open >= 0 && open > window.lastIndexOf('》') && !window.slice(open).includes('\n')) return false;
  // "(年10月21日)": a date alone in parentheses dates the document.
  if (d.kind === 'on' && /[(（][年\s]*$/.test(text.slice(Math.max(0, h.at - 3), h.at)) && /^\s*[)）]/.test(text.slice(h.end, h.end + 2))) return false;
  if (PAST_BEFORE.test(before) || PAST_AFTER.test(text.slice(h.end, h.end + 3))) return false;
  // Every year / every month: a recurring limit with no fixed date; "每季度" alone is only a frequency.
  if (RECURRING_PREFIX.test(text.slice(Math.max(0, h.at - 3), h.at)) || /^(?:每|各)/.test(d.text)) {
    if (d.kind !== 'by') return false;
    d.recurring = true;
    d.start = null;
    d.end = null;
  }
  if (ctx.summary && !FORWARD.test(text.slice(lastSentence(text, h.at), clauseEnd))) return false;
  const explicit = h.m.groups?.year ? toYear(h.m.groups.year) : null;
  // A period of an earlier year records the past; a limit ("2020年底前") is still a limit.
  if (explicit && ctx.year && explicit < ctx.year && d.kind !== 'by') return false;
  if (d.kind === 'on' || d.kind === 'during') {
    const plain = !h.m.groups?.suffix && !h.m.groups?.from && !h.m.groups?.end;
    if (plain && VERB_BEFORE.test(text.slice(Math.max(0, h.at - 2), h.at))) return false;
    if (plain && h.name !== 'year' && NOUN_AFTER.test(text.slice(h.end, h.end + 4))) return false;
    if (plain && h.name !== 'withinYear' && h.name !== 'year' && (YEAR_NAMES_THING.test(text.slice(h.end, h.end + 2)) && /^(?:的|度)/.test(text.slice(h.end, h.end + 1)))) return false;
  }
  if (d.kind === 'on') {
    // An issue or signature date: alone on its line, or followed by 印发.
    // Bounded look around: a whole line is only ever compared when it is short.
    const left = text.slice(Math.max(0, h.at - 40), h.at), right = text.slice(h.end, h.end + 40);
    const alone = /(?:^|\n)\s*$/.test(left) && (h.at <= 40 || left.includes('\n')) && /^\s*(?:\n|$)/.test(right);
    if (alone || ISSUED.test(text.slice(h.end, h.end + 4))) return false;
    if (PAST_EVENT.test(text.slice(h.end, clauseEnd))) return false;
  }
  return true;
}

function lastSentence(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && at - i < 300; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return Math.max(0, at - 300);
}

function lastBreak(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && at - i < 200; i--) if (CLAUSE_BREAK.test(text[i]!) || text[i] === ',' || text[i] === '，') return i + 1;
  return Math.max(0, at - 200);
}

function nextBreak(text: string, at: number): number {
  for (let i = at; i < text.length && i - at < 200; i++) if (CLAUSE_BREAK.test(text[i]!)) return i;
  return Math.min(text.length, at + 200);
}
