import { ACHIEVE_VERBS, METRIC_LEAD, METRIC_TAIL, NOUN_ENDS } from '../lexicon/target-words.js';
import type { LeftWord } from './comparator.js';
import { clauseEnd } from './context.js';
import { markTable } from '../lexicon/marks.js';
import { endsWithWord, leftmostWordEnd, wordAt } from '../lexicon/word-lists.js';
import type { Quantity } from './quantities.js';

/** How far the noun after a number may run ("12个基层中医馆"). */
const NOUN_WINDOW = 30;
/** Separators skipped at the start of a target's text ("、村70个" → "村70个"). */
const LEADING_SEPARATORS = /^[、,;\s]+/u;
/** Between two members of a list only a joiner stands: the second's text is the number itself ("5.2%和8.0%"). */
const JOINER_ONLY = /^[、,;\s]*(?:和|及|以及|或|与)$/u;
/** Where the noun after a number stops: the next item, a bracket, a digit. */
const NOUN_STOP = markTable('、()0123456789');
const nounEndsAt = wordAt(NOUN_ENDS);
/** What the noun after a number may not be: only the word that joins it to the next number ("5.2%和8.0%"). */
const ONLY_JOINER = /^(?:和|及|以及|或|与)$/u;
/** Opening marks and joiners left dangling at the end of a noun cut short ("公布为300家“达到…”", "5个国家级和20个…"). */
const DANGLING = /(?:[“《「『(\s]|和|及|与|或)+$/u;
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
const EDGE_DE = /^的|的$/u;

export interface Placement {
  start: number;
  end: number;
  metric: string | null;
  /** The metric came from before the number (a list of them may be split by 、). */
  metricBefore: boolean;
}

function stripRepeatedly(s: string, re: RegExp): string {
  for (let i = 0; i < MAX_STRIPS; i++) {
    const next = s.replace(re, '');
    if (next === s) break;
    s = next;
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
  const noun = text.slice(from, stop);
  if (ONLY_JOINER.test(noun)) return from;
  return from + noun.replace(DANGLING, '').length;
}

/** The measured thing before the number, with stance, time, frame, verb and baseline words removed. */
function metricBefore(raw: string, far: LeftWord | null, farOffset: number, level: boolean): { metric: string; listSummary: boolean } {
  let s = far && farOffset >= 0 ? raw.slice(farOffset + far.word.length) : raw;
  let frameEnd = -1;
  // exec with lastIndex, not matchAll: matchAll copies the pattern on every call.
  FRAME.lastIndex = 0;
  for (let m = FRAME.exec(s); m; m = FRAME.exec(s)) frameEnd = m.index + m[0].length;
  if (frameEnd >= 0) s = s.slice(frameEnd);
  s = stripRepeatedly(s, METRIC_LEAD);
  // Before a level word (达到, 不低于) the metric is a noun phrase that may hold verbs ("筛查率",
  // "建成区面积"); only a verb right before the word ends a subject ("县级各组建不少于30人").
  if (level) {
    if (endsInAchieveVerb(s) !== undefined) s = '';
  } else {
    const verb = (far ? afterHaveVerb : afterAchieveVerb)(s);
    if (verb >= 0) s = s.slice(verb);
  }
  const listSummary = s.endsWith('等');
  return { metric: stripRepeatedly(s, METRIC_TAIL), listSummary };
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
  const between = text.slice(from, q.start);
  const lead = LEADING_SEPARATORS.exec(between);
  const start = JOINER_ONLY.test(between) ? q.start : from + (lead ? lead[0].length : 0);
  const timeLimit = q.unit.within === true && q.right === '<=';
  const afterFirst = timeLimit || q.unit.kind === 'duration';
  // A table's cell has no noun after it: the next cell or row follows.
  const end = q.table ? q.end : nounAfter(text, q.end, limit, timeLimit);
  const after = stripRepeatedly(text.slice(q.end, end), EDGE_DE);
  const beforeEnd = adjacent && adjacent.start >= start ? adjacent.start : q.start;
  const { metric: before, listSummary } = metricBefore(text.slice(start, beforeEnd), far, far ? far.start - start : -1, adjacent !== null);
  let metric: string | null;
  if (afterFirst || !before || listSummary) metric = after || before || null;
  else if (before.length <= 2 && after) metric = before + after;
  else metric = before;
  return { start, end: Math.max(end, q.end), metric, metricBefore: metric === before && before !== '' };
}
