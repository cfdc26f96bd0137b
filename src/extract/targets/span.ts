import {
  ACHIEVE_VERBS, METRIC_LEAD, METRIC_LEAD_FIRST, METRIC_TAIL, METRIC_TAIL_FIRST, NOUN_ENDS,
} from '../lexicon/target-words.js';
import type { LeftWord } from './comparator.js';
import { clauseEnd } from './context.js';
import { WHITE_SPACE_CHARS, markTable } from '../lexicon/marks.js';
import { endsWithWord, leftmostWordEnd, wordAt } from '../lexicon/word-lists.js';
import type { Quantity } from './quantities.js';

/** How far the noun after a number may run ("12个基层中医馆"). */
const NOUN_WINDOW = 30;
/** Separators skipped at the start of a target's text ("、村70个" → "村70个"): 、 , ; and white space. */
const SEPARATORS = markTable(`、,;${WHITE_SPACE_CHARS}`);
/** The words that join two members of a list; between two members only one stands ("5.2%和8.0%"). */
const JOINERS = ['和', '及', '以及', '或', '与'];
/** Where the noun after a number stops: the next item, a bracket, a digit. */
const NOUN_STOP = markTable('、()0123456789');
const nounEndsAt = wordAt(NOUN_ENDS);
/** Opening marks and joiners left dangling at the end of a noun cut short ("公布为300家“达到…”", "5个国家级和20个…"). */
const DANGLING = markTable(`“《「『(和及与或${WHITE_SPACE_CHARS}`);
/** A frame word whose object is the measured thing: "各县区要按照救治床位80-100张". */
const FRAME = /(?:按照|依照|根据)/gu;
/** After 至少, 有 ends the subject as a verb of building does ("每县区至少有一所"). */
const HAVE_VERBS = ['有', ...ACHIEVE_VERBS];
const MAX_STRIPS = 6;

/** Where the leftmost verb ends (the first listed at one place). */
const afterHaveVerb = leftmostWordEnd(HAVE_VERBS);
const afterAchieveVerb = leftmostWordEnd(ACHIEVE_VERBS);
const endsInAchieveVerb = endsWithWord(ACHIEVE_VERBS);
/** 的 at either end of the noun after a number ("40人的检测队伍"). */
const DE = '的'.charCodeAt(0);
const LEAD_FIRST = markTable(METRIC_LEAD_FIRST);
const TAIL_FIRST = markTable(METRIC_TAIL_FIRST);
/** METRIC_TAIL at one place: it ends the metric, so where it matches it takes the rest. */
const TAIL_AT = new RegExp(METRIC_TAIL.source, 'uy');

export interface Placement {
  start: number;
  end: number;
  metric: string | null;
  /** The metric came from before the number (a list of them may be split by 、). */
  metricBefore: boolean;
}

/** Whether `text[from, to)` is one of `words`. */
function isWord(text: string, from: number, to: number, words: readonly string[]): boolean {
  for (const w of words) if (w.length === to - from && text.startsWith(w, from)) return true;
  return false;
}

/** METRIC_LEAD as a sticky test: where it matches, `lastIndex` says how much to strip (it never matches empty). */
const LEAD_AT = new RegExp(METRIC_LEAD.source, 'uy');

/**
 * Strips METRIC_LEAD from the front of `s`, up to MAX_STRIPS times, as `s.replace(METRIC_LEAD, '')`
 * would; tried only where a character it can open with opens `s`.
 */
export function stripLead(s: string): string {
  // The length first: a look-up at NaN (the code past the end) leaves the typed array's fast path.
  for (let i = 0; i < MAX_STRIPS && s.length && LEAD_FIRST[s.charCodeAt(0)]; i++) {
    LEAD_AT.lastIndex = 0;
    if (!LEAD_AT.test(s)) break;
    s = s.slice(LEAD_AT.lastIndex);
  }
  return s;
}

/**
 * Strips METRIC_TAIL from the end of `s`, up to MAX_STRIPS times, as `s.replace(METRIC_TAIL, '')`
 * would: its leftmost match, tried (sticky) only where a character it can open with stands.
 */
export function stripTail(s: string): string {
  for (let n = 0; n < MAX_STRIPS; n++) {
    let cut = -1;
    for (let i = 0; i < s.length; i++) {
      if (!TAIL_FIRST[s.charCodeAt(i)]) continue;
      TAIL_AT.lastIndex = i;
      if (TAIL_AT.test(s)) { cut = i; break; }
    }
    if (cut < 0) break;
    s = s.slice(0, cut);
  }
  return s;
}

/** The noun phrase after the number, up to a clause mark, the next item, a verb or `limit`. */
function nounAfter(text: string, from: number, limit: number, wholeClause: boolean): number {
  const end = Math.min(limit, clauseEnd(text, from), from + NOUN_WINDOW);
  if (wholeClause) return end;
  let stop = end;
  for (let i = from; i < end; i++) {
    if (NOUN_STOP[text.charCodeAt(i)] || nounEndsAt(text, i)) { stop = i; break; }
  }
  if (isWord(text, from, stop, JOINERS)) return from;
  while (stop > from && DANGLING[text.charCodeAt(stop - 1)]) stop--;
  return stop;
}

/** The measured thing before the number, with stance, time, frame, verb and baseline words removed. */
function metricBefore(raw: string, far: LeftWord | null, farOffset: number, level: boolean): { metric: string; listSummary: boolean } {
  let s = far && farOffset >= 0 ? raw.slice(farOffset + far.word.length) : raw;
  let frameEnd = -1;
  // exec with lastIndex, not matchAll: matchAll copies the pattern on every call.
  FRAME.lastIndex = 0;
  for (let m = FRAME.exec(s); m; m = FRAME.exec(s)) frameEnd = m.index + m[0].length;
  if (frameEnd >= 0) s = s.slice(frameEnd);
  s = stripLead(s);
  // Before a level word (达到, 不低于) the metric is a noun phrase that may hold verbs ("筛查率",
  // "建成区面积"); only a verb right before the word ends a subject ("县级各组建不少于30人").
  if (level) {
    if (endsInAchieveVerb(s) !== undefined) s = '';
  } else {
    const verb = (far ? afterHaveVerb : afterAchieveVerb)(s);
    if (verb >= 0) s = s.slice(verb);
  }
  const listSummary = s.endsWith('等');
  return { metric: stripTail(s), listSummary };
}

/**
 * The target's text span and metric. The text runs from `from` (the clause start, or the end of the
 * previous target) to the unit and any 以上 / 以内, and on over the noun after a count
 * ("建设12个基层中医馆") or the action after a time limit ("2小时内到达现场"), stopping before
 * `limit` (the next number) so that targets never overlap.
 *
 * @example
 * // text "救治床位500张、", from 0 → { start: 0, end: 8, metric: '救治床位', metricBefore: true }
 */
export function place(text: string, q: Quantity, from: number, limit: number, adjacent: LeftWord | null, far: LeftWord | null): Placement {
  let start = from;
  while (start < q.start && SEPARATORS[text.charCodeAt(start)]) start++;
  if (isWord(text, start, q.start, JOINERS)) start = q.start;
  const timeLimit = q.unit.within === true && q.right === '<=';
  const afterFirst = timeLimit || q.unit.kind === 'duration';
  // A table's cell has no noun after it: the next cell or row follows.
  const end = q.table ? q.end : nounAfter(text, q.end, limit, timeLimit);
  // 的 at either end, up to MAX_STRIPS times, the front first ("40人的检测队伍").
  let a = q.end;
  let b = end;
  for (let i = 0; i < MAX_STRIPS && a < b; i++) {
    if (text.charCodeAt(a) === DE) a++;
    else if (text.charCodeAt(b - 1) === DE) b--;
    else break;
  }
  const after = text.slice(a, b);
  const beforeEnd = adjacent && adjacent.start >= start ? adjacent.start : q.start;
  const { metric: before, listSummary } = metricBefore(text.slice(start, beforeEnd), far, far ? far.start - start : -1, adjacent !== null);
  let metric: string | null;
  if (afterFirst || !before || listSummary) metric = after || before || null;
  else if (before.length <= 2 && after) metric = before + after;
  else metric = before;
  return { start, end: Math.max(end, q.end), metric, metricBefore: metric === before && before !== '' };
}
