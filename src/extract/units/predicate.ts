import {
  ATTENDANCE, MANNER, MODALS, NOT_AFTER_OPENER, NOT_DUTIES, PARTNER_WORDS, PREDICATE_OPENERS, ROLE_VERBS, type Role,
} from '../lexicon/role-words.js';
import { byFirstCode, codeAt, markTable } from '../lexicon/marks.js';

/** What a subject's predicate says of it. */
export type Predicate =
  | {
    kind: 'role'; role: Role;
    /** The predicate opens with 负责 (after manner words): "X、Y负责". */
    duty: boolean;
    /** The predicate opens with a role, duty or manner word, not only a verb of work ("要", "各", "牵头"). */
    marked: boolean;
    /** Where the partner list of "会同" / "协同" would start. */
    partnerAt?: number;
  }
  | { kind: 'none' };

/** Word lists by the code of their first character, longest first: a lookup per position, not a regex scan. */
const SKIPPABLE = byFirstCode([...MANNER, ...MODALS.filter((m) => m !== '落实' && m !== '承担' && m !== '负担')]);
const ROLE = byFirstCode(Object.keys(ROLE_VERBS));
const PARTNER = byFirstCode(PARTNER_WORDS);
const OPENER = byFirstCode([...PREDICATE_OPENERS, ...MODALS]);
const STOP = byFirstCode(NOT_DUTIES);
const ATTEND = byFirstCode(ATTENDANCE);
const STOP_AFTER_DUTY = byFirstCode(NOT_DUTIES.filter((w) => !['是', '为', '作为', '属于'].includes(w)));
const GUARD = NOT_AFTER_OPENER;
/** Characters after a one-character modal that make it part of another word ("要求", "应急", "将来"). */
const NOT_AFTER_CHAR: Readonly<Record<string, string>> = { 要: '求点素闻害领件', 应: '用对急', 将: '来近', 需: '求', 各: '类项种级', 对: '象', 在: '于', 以: '及后前上下内外便免致', 于: '是' };

/** The word of `words` at position i, if it is not the start of a longer word that names something. */
function wordAt(words: Map<number, readonly string[]>, text: string, i: number, guarded = true): string | null {
  const list = words.get(codeAt(text, i));
  if (!list) return null;
  for (const w of list) {
    if (!text.startsWith(w, i)) continue;
    const after = i + w.length;
    if (w.length === 1 && NOT_AFTER_CHAR[w] !== undefined && followedBy(NOT_AFTER_CHAR[w], text, after)) continue;
    // "牵头人", "配合单位" name a person or a column; "配合人民法院" is the verb before a body.
    if (guarded && guardedAt(text, after) && !text.startsWith('人民', after)) continue;
    return w;
  }
  return null;
}

/**
 * Whether the character at `after` is one of `chars`, read by code — or the text ends there (what
 * `chars.includes(text[after] ?? '')` says: the empty string is in every string).
 */
function followedBy(chars: string, text: string, after: number): boolean {
  if (after >= text.length) return true;
  const code = text.charCodeAt(after);
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/** Whether a GUARD word starts at `after` (a loop, not a closure per word found). */
function guardedAt(text: string, after: number): boolean {
  for (const g of GUARD) if (text.startsWith(g, after)) return true;
  return false;
}

/**
 * The predicate that opens at position i, right after a subject: a role verb ("牵头", "配合",
 * "负总责"), a duty ("要", "应当", "按职责分工负责"), a partner ("会同Y"), or a verb of assigned work
 * ("于6月底前完成", "每年委托…"). `none` for a permission or a prohibition ("可", "不得"): the subject
 * is found, and gets no task. Null when no predicate opens there.
 * @example predicateAt('市医保局牵头', 4) // { kind: 'role', role: 'lead', duty: false, marked: true }
 */
export function predicateAt(text: string, i: number): Predicate | null {
  if (!PREDICATE_FIRST[text.charCodeAt(i)]) return null;
  if (wordAt(STOP, text, i, false)) return NONE;
  let pos = i, duty = false;
  for (let w = wordAt(SKIPPABLE, text, pos); w; w = wordAt(SKIPPABLE, text, pos)) {
    // "各", "均", "都" are adverbs only before a verb: "县、乡、村各医疗机构" names bodies.
    if (w.length === 1 && '各均都'.includes(w) && !wordAt(OPENER, text, pos + 1) && !wordAt(ROLE, text, pos + 1) && !wordAt(SKIPPABLE, text, pos + 1)) break;
    if (w === '负责') duty = true;
    pos += w.length;
  }
  // "应当不得…", "要可…" are rare; "应当为参保人员提供" is a duty (为 = for).
  if (pos > i && (wordAt(STOP_AFTER_DUTY, text, pos, false) || wordAt(ATTEND, text, pos, false))) return NONE;
  const role = wordAt(ROLE, text, pos);
  const partner = wordAt(PARTNER, text, pos);
  // "X协同Y…": a partner follows; "X协同实施": X supports. The reader decides which (it knows names).
  if (role) {
    const roleDuty = duty || text.startsWith('负责', pos + role.length);
    return partner ? { kind: 'role', role: ROLE_VERBS[role]!, duty: roleDuty, marked: true, partnerAt: pos + partner.length }
      : { kind: 'role', role: ROLE_VERBS[role]!, duty: roleDuty, marked: true };
  }
  if (partner) return { kind: 'role', role: 'responsible', duty, marked: true, partnerAt: pos + partner.length };
  if (pos > i) return { kind: 'role', role: 'responsible', duty, marked: true };
  const opener = wordAt(OPENER, text, i);
  if (!opener || opener.length === 1 && '各均都'.includes(opener)) return null;
  return { kind: 'role', role: 'responsible', duty: false, marked: false };
}

/** A permission or a prohibition: one answer for every such place (predicates are read, never changed). */
const NONE: Predicate = Object.freeze({ kind: 'none' });

/** First characters of every word a predicate opens with: one look before any lookup (and the split's, for a subject's predicate). */
export const PREDICATE_FIRST = markTable(String.fromCharCode(...STOP.keys(), ...SKIPPABLE.keys(), ...ROLE.keys(), ...PARTNER.keys(), ...OPENER.keys()));
