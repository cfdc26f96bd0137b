import { foldWidth } from './lexicon/fold.js';
import { markTable } from './lexicon/marks.js';
import { addDays, addMonths } from './lexicon/calendar.js';
import { parsers, type Parser } from './deadline/parsers.js';
import {
  AFTER, BEFORE, clauseTail, endsText, head, inFormula, isHan, sentenceHead, startsLine, tail, titleRanges,
} from './deadline/context.js';
import type { DeadlineContext, Draft, Groups, Kind, Precision, YearSource } from './deadline/draft.js';

export type { DeadlineContext } from './deadline/draft.js';

/** One time limit found in a task's text. */
export interface FoundDeadline {
  /** [start, end) UTF-16 indices into the input text. */
  at: [number, number];
  /** The expression as written: "2021年6月底前", "7月上旬开始", "二、三季度". */
  text: string;
  kind: Kind;
  /** ISO date: the first day allowed (null for `by`, and when unknowable). */
  start: string | null;
  /** ISO date: the last day allowed. */
  end: string | null;
  precision: Precision;
  yearSource: YearSource;
  /** "X月底前". */
  placeholder?: true;
  /** "每年2月底前": `end` is the first occurrence in the plan year. */
  recurring?: true;
  /** Counted from an event whose date the text does not give ("5个工作日内", "次月"): start and end null. */
  relative?: true;
  /** A relative limit as an ISO 8601 duration: "三个月内" → "P3M", "2-3年内" → "P2Y/P3Y". */
  duration?: string;
}

interface Candidate { at: [number, number]; draft: Draft; parser: Parser; groups: Groups; match: string }

/** The marks that end a clause: 。 ; , ! ? and line ends. */
const CLAUSE_ENDS = markTable('。;；,，!！？\n');

/** Where each clause ends (its closing mark, or the end of the text), found in one pass. */
function clauseEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (CLAUSE_ENDS[text.charCodeAt(i)]) ends.push(i);
  ends.push(text.length);
  return ends;
}

/** The clauses that contain `need`, each as its start and its text; `cut` keeps each clause's text, cut once for every need. */
function clausesWith(text: string, ends: number[], need: string, cut: string[]): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let k = 0;
  for (let i = text.indexOf(need); i >= 0; i = text.indexOf(need, ends[k]! + 1)) {
    while (ends[k]! < i) k++;
    const a = k > 0 ? ends[k - 1]! + 1 : 0;
    out.push([a, (cut[k] ??= text.slice(a, ends[k]))]);
  }
  return out;
}

/** The character each parser's pattern cannot match without. */
const NEEDS: Record<string, string> = {
  'date-range': '月', 'day-range': '月', 'years-date-range': '年', 'month-range': '月', 'month-date': '月', monthly: '每', quarter: '季', half: '半年',
  'year-range': '年', year: '年', 'relative-year': '年', duration: '内', 'numeric-date': '20',
  'plan-period': '五', 'years-span': '时间', 'duration-from': '起', advance: '提前', 'next-month': '次', 'issue-month': '月', 'from-today': '即日',
};
/** The parsers of ranges, whose patterns cannot match without a joiner (- 至 到) either. */
const RANGES = new Set(['date-range', 'day-range', 'month-range', 'year-range', 'years-date-range']);
const JOINER = /-|至|到/;
/** Cheaper tests still for the rarer shapes, so that their patterns run on few clauses. */
const GATES: Record<string, (clause: string) => boolean> = {
  'years-date-range': (c) => c.indexOf('年') !== c.lastIndexOf('年'),
  'years-span': (c) => c.includes('年'),
};
/** For shapes whose needed character is common (五, 起, 次): one test of the whole text first. */
const TEXT_GATES: Record<string, RegExp> = {
  'plan-period': /十[一二三四五六]?五/u,
  'duration-from': /起[0-9一二两三四五六七八九十]/u,
  'next-month': /次[月日]/u,
  'issue-month': /[本下]个?月/u,
};
/** The rare shapes all at once: most texts have none, and then none of their parsers runs. */
const RARE = new Set(['plan-period', 'years-span', 'duration-from', 'advance', 'next-month', 'issue-month', 'from-today']);
const RARE_GATE = /十[一二三四五六]?五|起[0-9一二两三四五六七八九十]|次[月日]|提前|时间|[本下]个?月|即日/u;

/** Every parser's matches, leftmost first and longest first at one place, without overlaps. */
function candidates(text: string, ctx: DeadlineContext): Candidate[] {
  const all: Candidate[] = [];
  const ends = clauseEnds(text);
  const windows = new Map<string, Array<[number, string]>>();
  const cut: string[] = [];
  const rare = RARE_GATE.test(text);
  for (const parser of parsers) {
    if (RARE.has(parser.name) && (!rare || TEXT_GATES[parser.name]?.test(text) === false)) continue;
    // Every pattern needs one character (月, 季, 年, 内, 每): it runs only on the clauses that have it.
    const need = NEEDS[parser.name]!;
    let clauses = windows.get(need);
    if (!clauses) windows.set(need, (clauses = clausesWith(text, ends, need, cut)));
    // exec with lastIndex, not matchAll: matchAll copies the pattern on every call.
    const pattern = parser.pattern;
    const range = RANGES.has(parser.name);
    const gate = GATES[parser.name];
    for (const [a, clause] of clauses) {
      if (range && !JOINER.test(clause)) continue;
      if (gate && !gate(clause)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
        const groups = m.groups ?? {};
        const draft = parser.build(groups, ctx, m[0]);
        if (!draft) continue;
        // The draft keeps its \`skip\`, which nothing after reads: a rest copy per match was a cost here.
        all.push({ at: [a + m.index + (draft.skip ?? 0), a + m.index + m[0].length], draft, parser, groups, match: m[0] });
      }
    }
  }
  // A stable sort keeps parser order between equal spans.
  all.sort((a, b) => a.at[0] - b.at[0] || b.at[1] - a.at[1]);
  const kept: Candidate[] = [];
  for (const c of all) if (kept.length === 0 || c.at[0] >= kept[kept.length - 1].at[1]) kept.push(c);
  return kept;
}

/**
 * The words around a candidate decide: a cut-off, a label of the document's own dates, a title, a
 * past year, an issue or validity date or a year that only names something drop it; 每年, 从, 到
 * before it widen it and change what it means; the issue before a relative limit resolves it.
 */
function refine(text: string, c: Candidate, ctx: DeadlineContext, floor: number): Candidate | null {
  let [s, e] = c.at;
  const d: Draft = { ...c.draft };
  const before = head(text, s);
  if (BEFORE.cutoff.test(before.text) || BEFORE.done.test(before.text) || BEFORE.label.test(before.text)) return null;
  const widen = (word: string | undefined): void => {
    const to = s - before.gap - (word?.length ?? 0);
    if (word && to >= floor) s = to;
  };
  const recurring = BEFORE.recurring.exec(before.text);
  if (recurring) {
    widen(recurring.groups?.word);
    // Its first occurrence in the plan year, which a date written without a year already has.
    Object.assign(d, { recurring: true, plain: false, bare: undefined, chinese: undefined });
    if (d.yearSource !== 'document') Object.assign(d, { period: null, yearSource: 'none' });
    if (d.kind === 'on' && d.precision !== 'day') d.kind = 'during';
  }
  const from = BEFORE.from.exec(before.text);
  if (d.kind === 'start' && from) widen(from.groups?.word);
  const to = d.plain ? BEFORE.to.exec(before.text) : null;
  if (to) {
    // "到2015年,…提高到99%" in a plan for 2016 tells where the past had got to.
    if (d.year !== undefined && ctx.year !== undefined && d.year < ctx.year) return null;
    widen(to.groups?.word);
    Object.assign(d, { kind: 'by', plain: false, bare: undefined });
  }
  const latest = d.plain ? BEFORE.latest.exec(before.text) : null;
  if (latest) {
    widen(latest.groups?.word);
    Object.assign(d, { kind: 'by', plain: false, bare: undefined });
  }
  let anchored = false;
  if (d.relative || d.years) {
    const issue = BEFORE.issue.exec(head(text, s, 16).text);
    if (issue) {
      anchored = true;
      widen(issue.groups?.word);
      resolveFromIssue(d, ctx.issued);
    }
  }
  if (d.years && !anchored && (!BEFORE.years.test(before.text) || BEFORE.interval.test(sentenceHead(text, s)))) return null;
  if (c.parser.name === 'next-month' && c.groups.day === undefined && !BEFORE.event.test(before.text)) return null;
  const after = tail(text, e);
  if ((d.relative || d.years) && (AFTER.banned.test(after) || BEFORE.negated.test(before.text) || BEFORE.capped.test(clauseTail(text, e)))) return null;
  const prevHan = isHan(before.text.at(-1));
  const fine = d.precision === 'day' || d.precision === 'xun' || d.precision === 'month';
  const framed = BEFORE.frame.test(before.text) ||
    ((fine || c.parser.name === 'plan-period') && BEFORE.frameIn.test(before.text)) ||
    (fine && (BEFORE.yu.test(before.text) || BEFORE.as.test(before.text))) ||
    ((BEFORE.frameIn.test(before.text) || BEFORE.yu.test(before.text)) && AFTER.listed.test(after));
  // A time that qualifies a noun ("今年7月底的1.46亿户") names a moment; a limit has its 前, 起 or 内.
  if (c.groups.suffix === undefined && AFTER.naming.test(after)) return null;
  if (d.plain) {
    if (prevHan && !framed) return null;
    if (d.bare && !framed && !AFTER.opener.test(after) && !AFTER.predicate.test(after)) return null;
    // Digits and dashes are how page chrome dates a list entry or a post; a schedule is set in words.
    if (d.numeric && (!framed || BEFORE.bareLabel.test(before.text))) return null;
    // A signature, a list entry's or a post's date: a full date closing its line or set off by a layout gap, or one in Chinese numerals.
    if (d.fullDate && !framed && (endsText(text, e, true) || d.chineseYear || (text[e] === ' ' && text[e + 1] === ' '))) return null;
    // A news dateline: "北京3月27日电".
    if (AFTER.dateline.test(after)) return null;
  }
  if (d.term && prevHan && !framed) return null;
  if (c.parser.name === 'relative-year' && inFormula(text, s, e)) return null;
  if (d.chinese && prevHan && !framed && !recurring && !from && !to) return null;
  // A period of an earlier year records the past; a limit ("2020年底前") is still a limit.
  if (d.year !== undefined && ctx.year !== undefined && d.year < ctx.year && d.kind !== 'by') return null;
  // A plain date of an event that has happened ("10月14日省政府召开了…").
  if (d.plain && d.kind === 'on' && /[了已曾]/u.test(clauseTail(text, e))) return null;
  // Days on or before the document's own date have passed: the signature, a dateline, a reported visit.
  if (ctx.issued !== undefined && (d.kind === 'on' || d.kind === 'during') && d.precision === 'day' && d.period && d.period[1] <= ctx.issued) return null;
  if (AFTER.issued.test(after) || AFTER.done.test(after)) return null;
  // "本办法自2019年7月1日起施行": the document's validity, not work that starts.
  // "自2025年1月1日起可…": what people may do from a date, not work that starts.
  if (d.kind === 'start' && text[e - 1] === '起' && (AFTER.validity.test(after) || AFTER.entitled.test(after))) return null;
  if (ctx.summary) {
    if (d.plain && !framed) return null;
    if (!BEFORE.forward.test(sentenceHead(text, s))) return null;
    if (BEFORE.past.test(clauseTail(text, e)) || BEFORE.past.test(sentenceHead(text, s).split(',').at(-1) ?? '')) return null;
  }
  return { ...c, at: [s, e], draft: d };
}

/** A relative limit counted from the document's issue: its end when the issue date is known. */
function resolveFromIssue(d: Draft, issued: string | undefined): void {
  d.years = undefined;
  if (issued === undefined || d.offset === undefined) {
    Object.assign(d, { relative: true, period: null, yearSource: 'none' });
    return;
  }
  const end = 'months' in d.offset ? addMonths(issued, d.offset.months) : addDays(issued, d.offset.days);
  Object.assign(d, { relative: undefined, period: [issued, end], yearSource: 'document' });
}

/** The marks that end a sentence, and the ones that end it for an advance (which reads across ;). */
const SENTENCE_ENDS = markTable('。;!?\n');
const FULL_STOPS = markTable('。!?\n');

/** Whether no mark of `ends` lies in text[a, b). */
function within(text: string, a: number, b: number, ends: Uint8Array): boolean {
  for (let i = a; i < b; i++) if (ends[text.charCodeAt(i)]) return false;
  return true;
}

/** The parsers of dates below a year, whose year a preceding date in the sentence may give. */
const TAKES_YEAR = new Set(['month-date', 'day-range', 'date-range', 'month-range', 'quarter', 'half']);

/**
 * A date with no year of its own, after a dated limit in the same sentence, is in that limit's year
 * ("2021年6月底前制定政策,12月底前实现结算" → 2021-12-31), or the next one when it would run
 * backwards; after a recurring limit it recurs too ("每年2月底前…,3月底前…").
 */
function inherit(c: Candidate, prev: Candidate | undefined, text: string, ctx: DeadlineContext): Candidate {
  const d = c.draft;
  if (!prev || d.yearSource !== 'document' || d.recurring || c.groups.rel !== undefined || !TAKES_YEAR.has(c.parser.name)) return c;
  if (!within(text, prev.at[1], c.at[0], SENTENCE_ENDS)) return c;
  const p = prev.draft;
  if (p.recurring && p.yearSource === 'document') return { ...c, draft: { ...d, recurring: true } };
  if (p.yearSource !== 'explicit' || p.year === undefined || (!TAKES_YEAR.has(prev.parser.name) && prev.parser.name !== 'year')) return c;
  const rebuild = (year: number): Draft | null => c.parser.build(c.groups, { ...ctx, year }, c.match);
  let again = rebuild(p.year);
  if (again?.period && p.period && again.period[1] < p.period[0]) again = rebuild(p.year + 1);
  if (!again?.period) return c;
  return { ...c, draft: { ...d, period: again.period } };
}

/** "提前一年": one year before the limit it follows in its sentence; nothing without one. */
function advanced(c: Candidate, prev: Candidate | undefined, text: string): Candidate | null {
  const n = c.draft.advance!;
  const p = prev?.draft;
  if (!prev || !p || p.kind !== 'by' || p.precision !== 'year' || !p.period || !within(text, prev.at[1], c.at[0], FULL_STOPS)) return null;
  const year = Number(p.period[1].slice(0, 4)) - n;
  return { ...c, draft: { ...c.draft, period: [`${year}-01-01`, `${year}-12-31`], yearSource: p.yearSource } };
}

function toFound(input: string, { at, draft: d }: Candidate): FoundDeadline {
  const [start, end] = d.period ?? [null, null];
  return {
    at,
    text: input.slice(at[0], at[1]),
    kind: d.kind,
    start: d.kind === 'by' ? null : start,
    end,
    precision: d.precision,
    yearSource: d.yearSource,
    ...(d.placeholder ? { placeholder: true as const } : {}),
    ...(d.recurring ? { recurring: true as const } : {}),
    ...(d.relative ? { relative: true as const } : {}),
    ...(d.duration !== undefined ? { duration: d.duration } : {}),
  };
}

/**
 * Every time limit in one task's text, in document order and without overlaps: dates with 前 / 底前
 * (`by`), 开始 / 起 (`start`), periods such as 年内, 一季度, 上半年, 7月上旬, “十三五”期间 (`during`)
 * and plain event dates (`on`), resolved against the document's plan year; relative limits
 * ("5个工作日内") resolved from the issue date when they count from it, else marked `relative`.
 * Dates that record the past or the document itself (issue, signature, publication and validity
 * dates, cut-offs, earlier years, names such as "2022年投资项目清单") are left out. Pure: the same
 * text and context always give the same result.
 *
 * @example
 * findDeadlines('6月25日前,全盟启动活动;2021年12月,做好评估。', { year: 2021 })
 * // [{ at: [0, 6], text: '6月25日前', kind: 'by', start: null, end: '2021-06-25', precision: 'day', yearSource: 'document' },
 * //  { at: [14, 22], text: '2021年12月', kind: 'on', start: '2021-12-01', end: '2021-12-31', precision: 'month', yearSource: 'explicit' }]
 */
export function findDeadlines(text: string, ctx: DeadlineContext): FoundDeadline[] {
  const folded = foldWidth(text);
  const titles = titleRanges(folded);
  const found: FoundDeadline[] = [];
  let floor = 0;
  let t = 0;
  let prev: Candidate | undefined;
  for (const c of candidates(folded, ctx)) {
    while (t < titles.length && titles[t][1] <= c.at[0]) t += 1;
    if (t < titles.length && titles[t][0] < c.at[0]) continue;
    let refined = refine(folded, c, ctx, floor);
    if (refined && refined.draft.advance !== undefined) refined = advanced(refined, prev, folded);
    if (!refined) continue;
    refined = inherit(refined, prev, folded, ctx);
    found.push(toFound(text, refined));
    floor = refined.at[1];
    prev = refined;
  }
  return found;
}
