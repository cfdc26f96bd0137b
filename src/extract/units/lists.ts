import { codeAt, markTable, WHITE_SPACE } from '../lexicon/marks.js';
import { ACROSS_NAME_END } from '../lexicon/unit-heads.js';
import { bodyOf, isUnitName, lexiconRunsPast, NAME_END_CHARS, opensClause, splitUnits } from '../lexicon/unit-names.js';
import { memo } from '../lexicon/memo.js';
import { PREDICATE_FIRST, predicateAt, type Predicate } from './predicate.js';

/** A list of names read from a text, with the predicate that follows it (if any). */
export interface ReadList {
  /** The names as written, each the body a post belongs to ("各科室主任" → "各科室"). */
  names: readonly string[];
  start: number;
  end: number;
  predicate: Predicate | null;
}

/** How far a list of names may run before its predicate (national plans list ten ministries). */
const MAX_LIST = 90;
const LEAD_MARK = /[(（]牵头[)）]$/;
/** ACROSS_NAME_END by first character: "所" → {需, 有, 在, …}. */
const ACROSS = new Map<string, string>();
for (const w of ACROSS_NAME_END) if (w.length === 2) ACROSS.set(w[0]!, (ACROSS.get(w[0]!) ?? '') + w[1]!);

/** NAME_END_CHARS as a table over UTF-16 codes: the scans below test every character of a clause. */
const ENDS_NAME = markTable([...NAME_END_CHARS].join(''));
/** The first characters of ACROSS's keys, as a table: most name ends have no word running across. */
const HAS_ACROSS = markTable([...ACROSS.keys()].join(''));

/** Whether a name may end before position i: its last character may end one, and no word runs across. */
function mayEnd(text: string, i: number): boolean {
  const code = text.charCodeAt(i - 1);
  if (!ENDS_NAME[code]) return false;
  return !HAS_ACROSS[code] || !ACROSS_BY_CODE.get(code)!.includes(codeAt(text, i));
}
/** ACROSS by the codes of both characters: the test reads codes, not one-character strings. */
const ACROSS_BY_CODE = new Map([...ACROSS].map(([first, seconds]) => [first.charCodeAt(0), [...seconds].map((c) => c.charCodeAt(0))]));

/** Characters no list of names holds: a subject is over before them. */
const NOT_IN_LIST = markTable('0123456789“”"《》%％。;；!！?？:：\n');
/** Characters that join names in a list: a list may run longer than one name. */
const JOINS_NAMES = markTable('、和及与等,，');
/** The longest single name, lexicon entries aside. */
const LONGEST_NAME = 22;

/** Whether a name of the lexicon runs on past i ("市委|组织部"): no name ends there. */
function runsOn(text: string, i: number): boolean {
  const past = lexiconRunsPast(text, i);
  return past >= 0 && !ACROSS.has(text.slice(past - 1, past + 1));
}

/**
 * The names of a written list, each validated: null when any item is no name (a clause, a person,
 * a post with no body). "X(牵头)" keeps its mark for the caller. Remembered (lists recur from task
 * to task, and the list scans ask for the same prefixes of a clause again): callers share the array.
 */
export const namesOf = memo((list: string): readonly string[] | null => {
  const parts = splitUnits(list);
  if (!parts.length) return null;
  const out: string[] = [];
  for (const p of parts) {
    const bare = p.replace(LEAD_MARK, '');
    // "(牵头)" alone: a marker cut from its name by the layout, naming no unit of its own.
    if (!bare && p) continue;
    const name = isUnitName(bare) ? bare : bodyOf(bare);
    if (!name) return null;
    out.push(name === bare ? p : name);
  }
  return out.length ? out : null;
});

/**
 * Whether `list` may be a list of names by its last character, the cheap test before namesOf: a
 * list ends in a character that may end a name (NAME_END_CHARS, the remark's ")" and 等 among
 * them), unless a separator or white space ends it (namesOf drops those) or it holds 或 ("X或Y":
 * the Y that is no name is dropped, so X may end the list anywhere before).
 */
export function mayBeNames(list: string): boolean {
  const last = list.charCodeAt(list.length - 1);
  return ENDS_NAME[last] === 1 || MAY_TRAIL[last] === 1 || WHITE_SPACE[last] === 1 || list.includes('或');
}
/** The separators namesOf drops at a list's end. */
const MAY_TRAIL = markTable(',，;；/、');

/**
 * The shortest list of names that opens at `from` and is followed by a predicate ("市医保局牵头",
 * "各区、各部门要…", "国家卫生健康委于…完成"). With `atEnd`, a list that runs to the end of the
 * text counts too (a partner after "会同", the list after "由…" before a comma).
 */
export function listBefore(text: string, from: number, atEnd = false): ReadList | null {
  // Most clauses open with a verb ("加强…", "推进…"): no subject, and nothing to scan.
  if (opensClause(text, from)) return null;
  const last = Math.min(text.length, from + MAX_LIST);
  let joined = false;
  for (let i = from + 1; i <= last; i++) {
    const c = text.charCodeAt(i - 1);
    if (NOT_IN_LIST[c]) return null;
    if (!joined && JOINS_NAMES[c]) joined = true;
    if (!joined && i - from > LONGEST_NAME) return null;
    if (!mayEnd(text, i)) continue;
    // "市卫生健康委 牵头": the export's space between a name and its predicate.
    let j = i;
    while (codeAt(text, j) === 0x20 || codeAt(text, j) === 0x3000) j++;
    const end = j === text.length;
    // (PREDICATE_FIRST: predicateAt's own first test, made before the call at every possible end.)
    const predicate = end || !PREDICATE_FIRST[text.charCodeAt(j)] ? null : predicateAt(text, j);
    if (!predicate && !(end && atEnd)) continue;
    if (runsOn(text, i)) continue;
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
  if (opensClause(text, from)) return null;
  for (let i = from + 2; i <= last; i++) {
    if (!mayEnd(text, i) || runsOn(text, i)) continue;
    const names = namesOf(text.slice(from, i));
    if (!names) continue;
    let end = i, best = names;
    for (let j = i + 1; j <= Math.min(last, end + 4); j++) {
      const longer = mayEnd(text, j) && !runsOn(text, j) ? namesOf(text.slice(from, j)) : null;
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
