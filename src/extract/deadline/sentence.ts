import { markTable } from '../lexicon/marks.js';
import type { Candidate } from './candidates.js';
import type { DeadlineContext, Draft } from './draft.js';

/* What a limit takes from the limit before it in its sentence: a year, recurrence, an advance. */

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
export function inherit(c: Candidate, prev: Candidate | undefined, text: string, ctx: DeadlineContext): Candidate {
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
export function advanced(c: Candidate, prev: Candidate | undefined, text: string): Candidate | null {
  const n = c.draft.advance!;
  const p = prev?.draft;
  if (!prev || !p || p.kind !== 'by' || p.precision !== 'year' || !p.period || !within(text, prev.at[1], c.at[0], FULL_STOPS)) return null;
  const year = Number(p.period[1].slice(0, 4)) - n;
  return { ...c, draft: { ...c.draft, period: [`${year}-01-01`, `${year}-12-31`], yearSource: p.yearSource } };
}

