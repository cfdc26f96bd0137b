import { ACROSS_NAME_END } from '../lexicon/unit-heads.js';
import { bodyOf, isUnitName, lexiconRunsPast, NAME_END_CHARS, splitUnits } from '../lexicon/unit-names.js';
import { predicateAt, type Predicate } from './predicate.js';

/** A list of names read from a text, with the predicate that follows it (if any). */
export interface ReadList {
  /** The names as written, each the body a post belongs to ("各科室主任" → "各科室"). */
  names: string[];
  start: number;
  end: number;
  predicate: Predicate | null;
}

/** How far a list of names may run before its predicate. */
const MAX_LIST = 90;
const LEAD_MARK = /[(（]牵头[)）]$/;
const ACROSS = new Set(ACROSS_NAME_END.filter((w) => w.length === 2));

/** Whether a name may end before position i: its last character may end one, and no word runs across. */
function mayEnd(text: string, i: number): boolean {
  if (!NAME_END_CHARS.has(text[i - 1]!) || ACROSS.has(text.slice(i - 1, i + 1))) return false;
  const past = lexiconRunsPast(text, i);
  return past < 0 || ACROSS.has(text.slice(past - 1, past + 1));
}

/**
 * The names of a written list, each validated: null when any item is no name (a clause, a person,
 * a post with no body). "X(牵头)" keeps its mark for the caller.
 */
export function namesOf(list: string): string[] | null {
  const parts = splitUnits(list);
  if (!parts.length) return null;
  const out: string[] = [];
  for (const p of parts) {
    const bare = p.replace(LEAD_MARK, '');
    const name = isUnitName(bare) ? bare : bodyOf(bare);
    if (!name) return null;
    out.push(name === bare ? p : name);
  }
  return out;
}

/**
 * The shortest list of names that opens at `from` and is followed by a predicate ("市医保局牵头",
 * "各区、各部门要…", "国家卫生健康委于…完成"). With `atEnd`, a list that runs to the end of the
 * text counts too (a partner after "会同", the list after "由…" before a comma).
 */
export function listBefore(text: string, from: number, atEnd = false): ReadList | null {
  const last = Math.min(text.length, from + MAX_LIST);
  for (let i = from + 1; i <= last; i++) {
    if (!mayEnd(text, i)) continue;
    // "市卫生健康委 牵头": the export's space between a name and its predicate.
    let j = i;
    while (text[j] === ' ' || text[j] === '\u3000') j++;
    const end = j === text.length;
    const predicate = end ? null : predicateAt(text, j);
    if (!predicate && !(end && atEnd)) continue;
    const names = namesOf(text.slice(from, i));
    if (names) return { names, start: from, end: i, predicate };
    // A duty word closes the subject: nothing after it belongs to the name.
    if (predicate?.kind === 'none' || (predicate && /^(?:要|应|须|必须|应当|将)/.test(text.slice(i)))) return null;
  }
  return null;
}

/**
 * A list of names that opens at `from` and is followed by any verb ("由幼儿园自定"): the shortest,
 * unless a longer one ends within a few characters ("市卫生健康委|员会" is read whole).
 */
export function listFollowed(text: string, from: number, limit = 40): ReadList | null {
  const last = Math.min(text.length - 1, from + limit);
  for (let i = from + 2; i <= last; i++) {
    if (!mayEnd(text, i)) continue;
    const names = namesOf(text.slice(from, i));
    if (!names) continue;
    let end = i, best = names;
    for (let j = i + 1; j <= Math.min(last, end + 4); j++) {
      const longer = mayEnd(text, j) ? namesOf(text.slice(from, j)) : null;
      if (longer) { end = j; best = longer; }
    }
    return { names: best, start: from, end, predicate: predicateAt(text, end) };
  }
  return null;
}

/** "省卫生健康委(牵头)": a name whose list marks it as the lead. */
export function leadMarked(name: string): { name: string; lead: boolean } {
  return LEAD_MARK.test(name) ? { name: name.replace(LEAD_MARK, ''), lead: true } : { name, lead: false };
}
