import { byFirstCode, codeAt, markTable, WHITE_SPACE } from '../lexicon/marks.js';
import {
  AGENT_VERBS, AGENT_VERBS_ALONE, DEFINITIONS, INDICATOR_VERBS, INDICATOR_WORDS, STATUS_VERBS, TRANSMITTALS,
} from '../lexicon/role-words.js';
import { NAME_END_CHARS } from '../lexicon/unit-names.js';
import { PREDICATE_FIRST } from './predicate.js';

/** A clause of a text: where it starts, its text, and the sentence or remark it belongs to. */
export interface Clause {
  start: number;
  text: string;
  /** Clauses of one sentence, or of one parenthetical remark, share this number. */
  sentence: number;
  /** Inside a parenthetical remark ("（X牵头，Y负责）"). */
  remark: boolean;
  /** The clause ended a sentence (。; or a line end after it). */
  closes: boolean;
  /**
   * What of the finder's cues the clause holds (HOLDS bits), noted as the split reads its
   * characters: a cue the clause lacks is not looked for again in it.
   */
  holds: number;
}

/**
 * The cues a clause's `holds` notes: a character that may end a name; the first character of
 * 由, 发挥, 责任/主体, 各, 是; a word that transmits the document or defines one (TRANSMITTALS,
 * DEFINITIONS); an indicator word's last character right before an indicator verb's first; a
 * character that may end a name right before one a predicate may open with (after spaces), the
 * pair every subject list followed by its predicate holds (see listBefore); the first character of
 * an agent's or a status verb (AGENT_VERBS, AGENT_VERBS_ALONE, STATUS_VERBS); the first character of
 * 负责, 牵头, 负总责.
 */
export const HOLDS = { nameEnd: 1, by: 2, bring: 4, duty: 8, each: 16, is: 32, notAssigning: 64, indicator: 128, subject: 256, agent: 512, charge: 1024 } as const;
/** By code: the HOLDS bits a character gives by itself (CHAR_BITS), and what to look at around it. */
const KINDS = new Uint16Array(0x10000);
/** A character a clause may end or a remark open at; one that may open a NOT_ASSIGNING word; an indicator word's last. */
const MARK = 0x1000, NOT_ASSIGNING_FIRST = 0x2000, INDICATOR_LAST = 0x4000;
const SENTENCE_END = '。;；!！?？\n';
const CLAUSE_END = ',，:：';
for (const c of NAME_END_CHARS) KINDS[c.charCodeAt(0)]! |= HOLDS.nameEnd;
for (const [c, bit] of [['由', HOLDS.by], ['发', HOLDS.bring], ['责', HOLDS.duty], ['主', HOLDS.duty], ['各', HOLDS.each], ['是', HOLDS.is]] as const) KINDS[c.charCodeAt(0)]! |= bit;
for (const c of `${SENTENCE_END}${CLAUSE_END}(（`) KINDS[c.charCodeAt(0)]! |= MARK;
for (const w of [...AGENT_VERBS, ...AGENT_VERBS_ALONE, ...STATUS_VERBS]) KINDS[w.charCodeAt(0)]! |= HOLDS.agent;
for (const c of '负牵') KINDS[c.charCodeAt(0)]! |= HOLDS.charge;
const NOT_ASSIGNING_BY_CODE = byFirstCode([...TRANSMITTALS, ...DEFINITIONS]);
for (const code of NOT_ASSIGNING_BY_CODE.keys()) KINDS[code]! |= NOT_ASSIGNING_FIRST;
for (const w of INDICATOR_WORDS) KINDS[w.charCodeAt(w.length - 1)]! |= INDICATOR_LAST;
const INDICATOR_NEXT = markTable(INDICATOR_VERBS.map((v) => v[0]!).join(''));
const CHAR_BITS = 0x3f | HOLDS.agent | HOLDS.charge;
/**
 * KINDS folded into a byte per code, the table the split reads at every character (half the memory
 * of KINDS, most of it never touched): whether the character may end a name (NAME_END), may open a
 * predicate (PREDICATE_FIRST), is a space the export puts between a subject and its predicate
 * (SPACE), or is a mark or another cue, to look up in KINDS (CUE).
 */
const LOOK = new Uint8Array(0x10000);
const NAME_END = 1, OPENS_PREDICATE = 2, SPACE = 4, CUE = 8;
for (let code = 0; code < 0x10000; code++) {
  const kind = KINDS[code]!;
  LOOK[code] = (kind & HOLDS.nameEnd ? NAME_END : 0) | (PREDICATE_FIRST[code] ? OPENS_PREDICATE : 0) | (kind & ~HOLDS.nameEnd ? CUE : 0);
}
LOOK[0x20]! |= SPACE;
LOOK[0x3000]! |= SPACE;
/** A cue character's HOLDS bits, the name's end aside (the pass notes that one itself). */
const CUE_BITS = CHAR_BITS & ~HOLDS.nameEnd;

/**
 * The HOLDS bits of the words that start at i (the words hold neither white space, marks nor
 * brackets, so one that starts inside a clause ends inside it).
 */
function wordsAt(text: string, i: number, kind: number): number {
  if (!(kind & WORD_CUES)) return 0;
  let bits = 0;
  if (kind & NOT_ASSIGNING_FIRST) {
    for (const w of NOT_ASSIGNING_BY_CODE.get(text.charCodeAt(i))!) if (text.startsWith(w, i)) { bits |= HOLDS.notAssigning; break; }
  }
  if (kind & INDICATOR_LAST && INDICATOR_NEXT[codeAt(text, i + 1)]) bits |= HOLDS.indicator;
  return bits;
}
const WORD_CUES = NOT_ASSIGNING_FIRST | INDICATOR_LAST;

/** The HOLDS bits the character at i adds to a clause's `holds`. */
function holdsAt(text: string, i: number, kind: number, holds: number): number {
  let bits = kind & CHAR_BITS | wordsAt(text, i, kind);
  if (kind & HOLDS.nameEnd && !(holds & HOLDS.subject)) {
    let j = i + 1;
    while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x3000) j++;
    if (PREDICATE_FIRST[text.charCodeAt(j)]) bits |= HOLDS.subject;
  }
  return bits;
}

const SENTENCE_END_CODES = markTable(SENTENCE_END);
const CLAUSE_END_CODES = markTable(CLAUSE_END);
/** Words that make a parenthetical an assignment, never part of a name: "(市疾控中心负责)". */
const ASSIGNS = /负责|牵头|配合|参与|协助|协同|落实/;

/**
 * Splits a text into clauses: at sentence ends, commas, colons, and around parenthetical remarks
 * (each remark a sentence of its own) — but not around the short parentheses inside names
 * ("各县(市、区)", "各级医院(含中医院)", "街道(镇)"), and not into outline markers ("(一)").
 * @example clauses('完善制度。(市医保局牵头,市财政局配合)').map((c) => c.text) // ['完善制度', '市医保局牵头', '市财政局配合']
 */
export function clauses(text: string): Clause[] {
  return splitClauses(text).clauses;
}

/**
 * The clauses of a text, and where its colons are, in order (a labelled list may follow one):
 * every character of the text is read by the split, and a colon always ends a clause (no
 * parenthesis the split skips holds one).
 */
export function splitClauses(text: string): { clauses: Clause[]; colons: readonly number[] } {
  const split = new Split(text);
  split.read(0, text.length, false);
  return { clauses: split.out, colons: split.colons ?? NO_COLONS };
}
const NO_COLONS: readonly number[] = [];

/** The split's state across a text and its remarks (a class, not closures: its loop reads every character). */
class Split {
  readonly out: Clause[] = [];
  sentence = 0;
  /** The positions of the colons read, in order (a remark is read where it stands); null until one is. */
  colons: number[] | null = null;
  constructor(readonly text: string) {}

  read(from: number, to: number, remark: boolean): void {
    const text = this.text;
    // `ends`: a character that may end a name was read in the clause; `pair`: one, then (after
    // spaces) one a predicate may open with — the subject bit (holdsAt's look ahead, read here as a
    // look behind: `after` says the last character but spaces may end a name). Both are noted by
    // bit arithmetic on the look-up, without a branch per character: most characters are neither.
    let start = from, holds = 0, ends = 0, pair = 0, after = 0;
    // One look per character (a table over codes): clauses are read for every task text.
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      const look = LOOK[code]!;
      pair |= after & (look >> 1);
      after = look & NAME_END | after & (look >> 2);
      ends |= look;
      if (!(look & CUE)) continue;
      const kind = KINDS[code]!;
      if (!(kind & MARK)) {
        // Looked at further only if it may add a bit.
        if (kind & ~holds & CUE_BITS || kind & WORD_CUES) holds |= kind & CUE_BITS | wordsAt(text, i, kind);
        continue;
      }
      holds |= (ends & NAME_END ? HOLDS.nameEnd : 0) | (pair & 1 ? HOLDS.subject : 0);
      ends = pair = after = 0;
      if (SENTENCE_END_CODES[code]) { this.push(start, i, remark, true, holds); holds = 0; this.sentence++; start = i + 1; continue; }
      if (CLAUSE_END_CODES[code]) {
        if (code === 0x3a || code === 0xff1a) (this.colons ??= []).push(i);
        this.push(start, i, remark, false, holds);
        holds = 0;
        start = i + 1;
        continue;
      }
      const close = closing(text, i, to);
      if (close < 0) continue;
      const inner = text.slice(i + 1, close);
      // "(一)", "(1)": a marker opens a new clause.
      if (/^[一二三四五六七八九十\d]{1,3}$/.test(inner)) { this.push(start, i, remark, false, holds); holds = 0; start = close + 1; i = close; continue; }
      if (inner.length <= 14 && !ASSIGNS.test(inner) && /[\u4e00-\u9fff]/.test(text[i - 1] ?? '') && !/[,，;；。:：]/.test(inner)) {
        // A short parenthesis inside a name ("各县(市、区)") stays in the clause: its characters count.
        for (let k = i + 1; k <= close; k++) holds |= holdsAt(text, k, KINDS[text.charCodeAt(k)]!, holds);
        i = close;
        continue;
      }
      this.push(start, i, remark, true, holds);
      holds = 0;
      this.sentence++;
      this.read(i + 1, close, true);
      this.sentence++;
      start = close + 1;
      i = close;
    }
    this.push(start, to, remark, true, holds | (ends & NAME_END ? HOLDS.nameEnd : 0) | (pair & 1 ? HOLDS.subject : 0));
  }

  /** The clause from start to end without the white space around it (String.prototype.trim's), sliced once. (White space holds no HOLDS character.) */
  private push(start: number, end: number, remark: boolean, closes: boolean, holds: number): void {
    const text = this.text;
    let a = start, b = end;
    while (a < b && WHITE_SPACE[text.charCodeAt(a)]) a++;
    while (b > a && WHITE_SPACE[text.charCodeAt(b - 1)]) b--;
    if (a < b) this.out.push({ start: a, text: text.slice(a, b), sentence: this.sentence, remark, closes, holds });
  }
}

/** The position of the parenthesis that closes the one at i, within 400 characters; -1 if none. */
function closing(text: string, i: number, to: number): number {
  let depth = 0;
  const end = Math.min(to, i + 400);
  for (let k = i; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === OPEN || c === OPEN_WIDE) depth++;
    else if (c === CLOSE || c === CLOSE_WIDE) { depth--; if (depth === 0) return k; }
    else if (c === NEWLINE) return -1;
  }
  return -1;
}
const OPEN = 0x28, OPEN_WIDE = 0xff08, CLOSE = 0x29, CLOSE_WIDE = 0xff09, NEWLINE = 0x0a;
