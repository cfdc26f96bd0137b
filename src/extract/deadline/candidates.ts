import { markTable, WHITE_SPACE } from '../lexicon/marks.js';
import { parsers, type Parser } from './parsers.js';
import type { DeadlineContext, Draft, Groups } from './draft.js';

/* The candidates of one text: every parser's matches over the clauses that can hold them. */

/** One parser's match, with what its draft was built from (a later year may rebuild it). */
export interface Candidate { at: [number, number]; draft: Draft; parser: Parser; groups: Groups; match: string }

/** The marks that end a clause: 。 ; , ! ? and line ends. */
const CLAUSE_ENDS = markTable('。;；,，!！？\n');

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
/**
 * What must stand right before the needed character (one white space between allowed) for the
 * pattern to match: a month's numeral before 月, a year's digit before 年, a quarter's before 季,
 * 上/下 before 半年, a unit of time before 内. A clause with 月 or 年 only in other words (青年,
 * 年度, 岁月) is spared the pattern. Each table holds every character the pattern's token there
 * may end with, so the test never refuses a clause the pattern would match.
 */
const MONTH_END = markTable('0123456789十一二三四五六七八九Xx');
const YEAR_END = markTable('0123456789〇零一二三四五六七八九');
const BEFORE_NEED: Record<string, Uint8Array> = {
  'date-range': MONTH_END, 'day-range': MONTH_END, 'month-range': MONTH_END, 'month-date': MONTH_END,
  'years-date-range': YEAR_END, 'year-range': YEAR_END, year: YEAR_END,
  quarter: markTable('一二三四1234'), half: markTable('上下'), duration: markTable('月度年周期日天'),
};

/** Whether `need` stands in the clause right after a character of `before` (or after it and one white space). */
function anchored(clause: string, need: string, before: Uint8Array): boolean {
  for (let i = clause.indexOf(need); i >= 0; i = clause.indexOf(need, i + 1)) {
    let k = i - 1;
    if (k >= 0 && WHITE_SPACE[clause.charCodeAt(k)]) k--;
    if (k >= 0 && before[clause.charCodeAt(k)]) return true;
  }
  return false;
}

/** The rare shapes all at once: most texts have none, and then none of their parsers runs. */
const RARE = new Set(['plan-period', 'years-span', 'duration-from', 'advance', 'next-month', 'issue-month', 'from-today']);
const RARE_GATE = /十[一二三四五六]?五|起[0-9一二两三四五六七八九十]|次[月日]|提前|时间|[本下]个?月|即日/u;

/** What each parser needs, looked up once here rather than by name for every text. */
interface Plan {
  parser: Parser;
  /** Index of its needed string in NEED_LIST. */
  need: number;
  rare: boolean;
  textGate: RegExp | undefined;
  range: boolean;
  gate: ((clause: string) => boolean) | undefined;
  before: Uint8Array | undefined;
}
const NEED_LIST = [...new Set(parsers.map((p) => NEEDS[p.name]!))];
const PLANS: readonly Plan[] = parsers.map((parser) => ({
  parser, need: NEED_LIST.indexOf(NEEDS[parser.name]!), rare: RARE.has(parser.name), textGate: TEXT_GATES[parser.name],
  range: RANGES.has(parser.name), gate: GATES[parser.name], before: BEFORE_NEED[parser.name],
}));
/** Any needed string: a text with none of them (half the task texts) has no candidate. */
const ANY_NEED = new RegExp(NEED_LIST.join('|'), 'u');

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

/** Every parser's matches, leftmost first and longest first at one place, without overlaps. */
export function candidates(text: string, ctx: DeadlineContext): Candidate[] {
  const all: Candidate[] = [];
  if (!ANY_NEED.test(text)) return all;
  const ends = clauseEnds(text);
  const windows: Array<Array<[number, string]> | undefined> = [];
  const cut: string[] = [];
  const rare = RARE_GATE.test(text);
  for (const plan of PLANS) {
    if (plan.rare && (!rare || plan.textGate?.test(text) === false)) continue;
    // Every pattern needs one character (月, 季, 年, 内, 每): it runs only on the clauses that have it.
    const need = NEED_LIST[plan.need]!;
    const clauses = (windows[plan.need] ??= clausesWith(text, ends, need, cut));
    if (!clauses.length) continue;
    const { parser, range, gate, before } = plan;
    // exec with lastIndex, not matchAll: matchAll copies the pattern on every call.
    const pattern = parser.pattern;
    for (const [a, clause] of clauses) {
      if (before && !anchored(clause, need, before)) continue;
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
  if (all.length < 2) return all;
  // A stable sort keeps parser order between equal spans.
  all.sort((a, b) => a.at[0] - b.at[0] || b.at[1] - a.at[1]);
  const kept: Candidate[] = [];
  for (const c of all) if (kept.length === 0 || c.at[0] >= kept[kept.length - 1].at[1]) kept.push(c);
  return kept;
}
