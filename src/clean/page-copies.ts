import type { ParseFile } from '../file.js';
import { isBlank, type Line, linesOfText, squeeze } from './lines.js';
import type { MappedText } from './mapped-text.js';

/** A repeated run must hold this many characters to count as a page copy rather than a repeated phrase. */
const MIN_CHARS = 200;
/** A line must be this long to anchor a match (short lines such as "一、总体要求" repeat legitimately). */
const ANCHOR_CHARS = 20;

/**
 * Finds whole pages or long blocks that appear again (a scraped page repeated below itself, an
 * article repeated in a flattened block): runs of consecutive lines equal, whitespace aside, to
 * an earlier run, or one long line that spells out such a run. Reports each later copy as
 * `page-copy` with `of`; returns the ranges to drop.
 */
export function findPageCopies(text: MappedText, file: ParseFile): Array<[number, number]> {
  // Pushed, not mapped: once optimised, map() and filter() return holey arrays where the
  // interpreter's are packed, and code compiled for one kind deopts on the other.
  const lines: Line[] = [];
  const keys: string[] = [];
  const all = linesOfText(text);
  const spaced = linesWithSpace(text.text, all);
  for (let i = 0; i < all.length; i++) {
    const l = all[i]!;
    if (isBlank(l.text)) continue;
    lines.push(l);
    // A line without whitespace is its own key.
    keys.push(spaced[i] ? squeeze(l.text) : l.text);
  }
  const heads = headsOf(keys);
  // The lines met so far, by head: a line is found by a look-up of its head (ANCHOR_CHARS units),
  // where a look-up by its whole text would hash all of it.
  const byHead = new Map<string, HeadEntry>();
  const drop: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    const key = keys[i]!;
    const entry = byHead.get(heads[i]!);
    // A long line is found by its text; short lines (a narrow export's, headings) anchor together
    // with the lines that follow them: a copy of a text wrapped at 18 characters must be found
    // before its lines are joined.
    const h = key.length < ANCHOR_CHARS && heads[i]!.length >= ANCHOR_CHARS ? entry?.first : undefined;
    const j = key.length >= ANCHOR_CHARS ? lineOf(entry, keys, key) : h !== undefined && keys[h] === key ? h : undefined;
    if (j === undefined) {
      // A long line's head is its first ANCHOR_CHARS units.
      const from = key.length >= MIN_CHARS ? entry?.first : undefined;
      const to = from === undefined ? -1 : flattenedCopy(keys, from, i);
      if (to >= 0) {
        const start = lines[i]!.start, end = lines[i]!.end;
        file.copy({ kind: 'page-copy', span: text.sourceRange(start, end), of: text.sourceRange(lines[from!]!.start, lines[to]!.end) });
        drop.push([start, end < text.length ? end + 1 : end]);
        continue;
      }
      if (!entry) byHead.set(heads[i]!, { first: i, long: key.length >= ANCHOR_CHARS ? i : -1, more: null, byKey: null });
      else if (key.length >= ANCHOR_CHARS) addLine(entry, keys, i);
      continue;
    }
    // Extend the match backwards over short lines (headings) and forwards as far as it goes.
    let back = 0;
    while (j - back - 1 >= 0 && i - back - 1 > j && keys[i - back - 1] === keys[j - back - 1] && !claimed(drop, lines[i - back - 1]!.start)) back++;
    let len = 0;
    while (i + len < lines.length && j + len < i - back && keys[i + len] === keys[j + len]) len++;
    const from = i - back, to = i + len - 1;
    let chars = 0;
    for (let k = from; k <= to; k++) chars += keys[k]!.length;
    if (chars < MIN_CHARS || (to - from < 1 && chars < 2 * MIN_CHARS)) continue;
    // Short lines that repeat in a cycle ("市卫健委 / 完成 / 2022年底" in every row of a table)
    // are a table, not a copy: a copied page has lines of its own. Its lines are passed over.
    if (key.length < ANCHOR_CHARS && new Set(keys.slice(from, to + 1)).size * 2 < to - from + 1) { i = to; continue; }
    // The same body under two sibling headings ("五十四、尿毒症腹膜透析" and "五十五、尿毒症血液透析",
    // each followed by the same criteria) is parallel content: a copied page is not introduced by
    // the next numbered heading of its original's.
    if (from > 0 && j - back > 0 && siblingHeadings(keys[from - 1]!, keys[j - back - 1]!)) { i = to; continue; }
    const start = lines[from]!.start, end = lines[to]!.end;
    file.copy({ kind: 'page-copy', span: text.sourceRange(start, end), of: text.sourceRange(lines[j - back]!.start, lines[j + len - 1]!.end) });
    drop.push([start, end < text.length ? end + 1 : end]);
    i = to;
  }
  return drop;
}

/**
 * The lines met under one head: the first of them, and the first line of each text of
 * {@link ANCHOR_CHARS} or more — the first such (-1 for none), the others by index (most heads
 * have no others), by text once they are many (lines of a table that open alike).
 */
interface HeadEntry { first: number; long: number; more: number[] | null; byKey: Map<string, number> | null }

/** The first line met of text `key` (of ANCHOR_CHARS or more) under its head's entry. */
function lineOf(entry: HeadEntry | undefined, keys: string[], key: string): number | undefined {
  if (!entry) return undefined;
  if (entry.byKey) return entry.byKey.get(key);
  if (entry.long >= 0 && keys[entry.long] === key) return entry.long;
  if (entry.more) for (const k of entry.more) if (keys[k] === key) return k;
  return undefined;
}

/** Adds line `i`, whose text is not yet under `entry`. */
function addLine(entry: HeadEntry, keys: string[], i: number): void {
  if (entry.byKey) { entry.byKey.set(keys[i]!, i); return; }
  if (entry.long < 0) { entry.long = i; return; }
  (entry.more ??= []).push(i);
  if (entry.more.length > 8) {
    entry.byKey = new Map([[keys[entry.long]!, entry.long]]);
    for (const k of entry.more) entry.byKey.set(keys[k]!, k);
  }
}

/** Whitespace within a line (not its break): one search of the text finds the lines that hold some. */
const SPACE = /[^\S\n]/g;

/** Which lines hold whitespace, by index. */
function linesWithSpace(s: string, lines: readonly Line[]): Uint8Array {
  const spaced = new Uint8Array(lines.length);
  SPACE.lastIndex = 0;
  for (let i = 0, m = SPACE.exec(s); m; m = SPACE.exec(s)) {
    while (lines[i]!.end <= m.index) i++;
    spaced[i] = 1;
    // The rest of this line need not be searched.
    SPACE.lastIndex = lines[i]!.end;
  }
  return spaced;
}

/** The first {@link ANCHOR_CHARS} characters of the text from each line on, whitespace aside. */
function headsOf(keys: string[]): string[] {
  const heads: string[] = [];
  for (let j = 0; j < keys.length; j++) {
    let head = '';
    for (let m = j; m < keys.length && head.length < ANCHOR_CHARS; m++) head += keys[m]!.slice(0, ANCHOR_CHARS - head.length);
    heads.push(head);
  }
  return heads;
}

/**
 * A page repeated as one flattened line (a hidden or print block with its breaks gone): line `i`
 * spells out lines `from`, `from + 1` … in a row. Returns the last of those lines, or -1 when
 * they are not at least two and do not make up nearly all of the line.
 */
function flattenedCopy(keys: string[], from: number, i: number): number {
  const flat = keys[i]!;
  let at = 0, m = from;
  while (m < i && flat.startsWith(keys[m]!, at)) at += keys[m++]!.length;
  return m - from >= 2 && at >= MIN_CHARS && at >= flat.length * 0.9 ? m - 1 : -1;
}

/** A numbered heading's marker kind: "一、" "(一)" "1." "第一条" (whitespace already squeezed). */
const MARKER_KIND: ReadonlyArray<[string, RegExp]> = [
  ['cn-dun', /^[一二三四五六七八九十百零]{1,4}[、.]/],
  ['cn-paren', /^[(（][一二三四五六七八九十]{1,3}[)）]/],
  ['arabic', /^\d{1,3}[.、．](?!\d)/],
  ['article', /^第[一二三四五六七八九十百零\d]{1,5}[条章节]/],
];

/** Two different headings numbered in the same style: siblings. */
function siblingHeadings(a: string, b: string): boolean {
  if (a === b) return false;
  const kind = (l: string) => MARKER_KIND.find(([, re]) => re.test(l))?.[0];
  const k = kind(a);
  return k !== undefined && k === kind(b);
}

function claimed(drop: Array<[number, number]>, at: number): boolean {
  const last = drop[drop.length - 1];
  return last !== undefined && at < last[1];
}
