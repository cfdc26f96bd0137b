import { foldWidth } from './lexicon/fold.js';
import { markTable } from './lexicon/marks.js';
import { parsers } from './deadline/parsers.js';
import { AFTER, BEFORE, clauseTail, endsText, head, isHan, sentenceHead, startsLine, tail, titleRanges } from './deadline/context.js';
import type { DeadlineContext, Draft, Kind, Precision, YearSource } from './deadline/draft.js';

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
  /** "每年2月底前": no fixed date. */
  recurring?: true;
  /** A relative limit as an ISO 8601 duration: "三个月内" → "P3M", "2-3年内" → "P2Y/P3Y". */
  duration?: string;
}

interface Candidate { at: [number, number]; draft: Draft }

/** The marks that end a clause: 。 ; , ! ? and line ends. */
const CLAUSE_ENDS = markTable('。;；,，!！？\n');

/** Where each clause ends (its closing mark, or the end of the text), found in one pass. */
function clauseEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (CLAUSE_ENDS[text.charCodeAt(i)]) ends.push(i);
  ends.push(text.length);
  return ends;
}

/** The clauses that contain `need`, each as its start and its text. */
function clausesWith(text: string, ends: number[], need: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let k = 0;
  for (let i = text.indexOf(need); i >= 0; i = text.indexOf(need, ends[k]! + 1)) {
    while (ends[k]! < i) k++;
    const a = k > 0 ? ends[k - 1]! + 1 : 0;
    out.push([a, text.slice(a, ends[k])]);
  }
  return out;
}

/** The character each parser's pattern cannot match without. */
const NEEDS: Record<string, string> = {
  'date-range': '月', 'day-range': '月', 'month-range': '月', 'month-date': '月', monthly: '每', quarter: '季', half: '半年',
  'year-range': '年', year: '年', 'relative-year': '年', duration: '内', 'numeric-date': '20',
};
/** The parsers of ranges, whose patterns cannot match without a joiner (- 至 到) either. */
const RANGES = new Set(['date-range', 'day-range', 'month-range', 'year-range']);
const JOINER = /-|至|到/;

/** Every parser's matches, leftmost first and longest first at one place, without overlaps. */
function candidates(text: string, ctx: DeadlineContext): Candidate[] {
  const all: Candidate[] = [];
  const ends = clauseEnds(text);
  const windows = new Map<string, Array<[number, string]>>();
  for (const parser of parsers) {
    // Every pattern needs one character (月, 季, 年, 内, 每): it runs only on the clauses that have it.
    const need = NEEDS[parser.name]!;
    let clauses = windows.get(need);
    if (!clauses) windows.set(need, (clauses = clausesWith(text, ends, need)));
    // exec with lastIndex, not matchAll: matchAll copies the pattern on every call.
    const pattern = parser.pattern;
    const range = RANGES.has(parser.name);
    for (const [a, clause] of clauses) {
      if (range && !JOINER.test(clause)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
        const draft = parser.build(m.groups ?? {}, ctx, m[0]);
        if (!draft) continue;
        // The draft keeps its \`skip\`, which nothing after reads: a rest copy per match was a cost here.
        all.push({ at: [a + m.index + (draft.skip ?? 0), a + m.index + m[0].length], draft });
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
 * The words around a candidate decide: a cut-off, a title, a past year, an issue date or a year
 * that only names something drop it; 每年, 从, 到 before it widen it and change what it means.
 */
function refine(text: string, c: Candidate, ctx: DeadlineContext, floor: number): Candidate | null {
  let [s, e] = c.at;
  const d: Draft = { ...c.draft };
  const before = head(text, s);
  if (BEFORE.cutoff.test(before.text)) return null;
  const widen = (word: string | undefined): void => {
    const to = s - before.gap - (word?.length ?? 0);
    if (word && to >= floor) s = to;
  };
  const recurring = BEFORE.recurring.exec(before.text);
  if (recurring) {
    widen(recurring.groups?.word);
    Object.assign(d, { recurring: true, period: null, yearSource: 'none', plain: false, bare: undefined, chinese: undefined });
  }
  const from = BEFORE.from.exec(before.text);
  if (d.kind === 'start' && from) widen(from.groups?.word);
  const to = d.plain ? BEFORE.to.exec(before.text) : null;
  if (to) {
    widen(to.groups?.word);
    Object.assign(d, { kind: 'by', plain: false, bare: undefined });
  }
  const after = tail(text, e);
  const prevHan = isHan(before.text.at(-1));
  const framed = BEFORE.frame.test(before.text) ||
    (['day', 'xun', 'month'].includes(d.precision) && BEFORE.frameIn.test(before.text));
  if (d.plain) {
    if (AFTER.naming.test(after)) return null;
    if (prevHan && !framed) return null;
    if (d.bare && !framed && !AFTER.opener.test(after)) return null;
    // A signature or issue date: a full date alone on its line, or one in Chinese numerals closing the text.
    if (d.fullDate && ((startsLine(text, s) && endsText(text, e, true)) || (d.chineseYear && endsText(text, e)))) return null;
  }
  if (d.chinese && prevHan && !framed && !recurring && !from && !to) return null;
  // A period of an earlier year records the past; a limit ("2020年底前") is still a limit.
  if (d.year !== undefined && ctx.year !== undefined && d.year < ctx.year && d.kind !== 'by') return null;
  // A plain date of an event that has happened ("10月14日省政府召开了…").
  if (d.plain && d.kind === 'on' && /[了已曾]/u.test(clauseTail(text, e))) return null;
  if (AFTER.issued.test(after)) return null;
  if (ctx.summary) {
    if (d.plain && !framed) return null;
    if (!BEFORE.forward.test(sentenceHead(text, s))) return null;
    if (BEFORE.past.test(clauseTail(text, e)) || BEFORE.past.test(sentenceHead(text, s).split(',').at(-1) ?? '')) return null;
  }
  return { at: [s, e], draft: d };
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
    ...(d.duration !== undefined ? { duration: d.duration } : {}),
  };
}

/**
 * Every time limit in one task's text, in document order and without overlaps: dates with 前 / 底前
 * (`by`), 开始 / 起 (`start`), periods such as 年内, 一季度, 上半年, 7月上旬 (`during`) and plain event
 * dates (`on`), resolved against the document's plan year. Dates that record the past (issue dates,
 * cut-offs, earlier years, names such as "2022年投资项目清单") are left out. Pure: the same text and
 * context always give the same result.
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
  for (const c of candidates(folded, ctx)) {
    while (t < titles.length && titles[t][1] <= c.at[0]) t += 1;
    if (t < titles.length && titles[t][0] < c.at[0]) continue;
    const refined = refine(folded, c, ctx, floor);
    if (!refined) continue;
    found.push(toFound(text, refined));
    floor = refined.at[1];
  }
  return found;
}
