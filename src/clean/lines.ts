import { MappedText, MappedTextBuilder } from './mapped-text.js';

/** One line of a text: `[start, end)` without its "\n". */
export interface Line { start: number; end: number; text: string }

/**
 * A line as the cleaning steps make it: an instance of a class, not an object literal. V8
 * tenures the objects of a literal whose objects outlive young collections (a text's lines live
 * through its cleaning) and then makes them in the old generation, at several times the cost,
 * and collects them there; a class's instances are made young.
 */
class TextLine implements Line {
  constructor(public start: number, public end: number, public text: string) {}
}

/** The line `[start, end)` with its text. */
export function lineOf(start: number, end: number, text: string): Line {
  return new TextLine(start, end, text);
}

/** Splits a text into lines, keeping their positions. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push(lineOf(start, end, text.slice(start, end)));
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

const split = new WeakMap<MappedText, readonly Line[]>();

/**
 * The lines of a text, split once per text: a stage that changes nothing hands the same text on,
 * and the next stage reads the lines already split.
 */
export function linesOfText(text: MappedText): readonly Line[] {
  let lines = split.get(text);
  if (!lines) split.set(text, lines = linesOf(text.text));
  return lines;
}

/**
 * Hands on the lines of a text that a step made from the lines of the text before it (a step
 * that removes line breaks or whole lines knows the new lines without splitting the new text).
 * They must be what {@link linesOf} would return.
 */
export function setLinesOfText(text: MappedText, lines: readonly Line[]): void {
  split.set(text, lines);
}

/** A character that String.prototype.trim removes and `\s` matches: JavaScript's white space and line terminators. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `!s.trim()`, without the copy: the first character that is no blank decides. */
export function isBlank(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isSpace(s.charCodeAt(k))) return false;
  return true;
}

/** Where `s`'s text starts, blanks aside: how much trimStart() would cut. */
export function textStart(s: string): number {
  let start = 0;
  while (start < s.length && isSpace(s.charCodeAt(start))) start++;
  return start;
}

/** Where `s`'s text ends, blanks aside and not before `start`: where trimEnd() would cut. */
export function textEnd(s: string, start: number): number {
  let end = s.length;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return end;
}

/** `s.trim().length`, without the copy. */
export function trimmedLength(s: string): number {
  const start = textStart(s);
  return textEnd(s, start) - start;
}

/** The first character of `s` that is no blank (its code), or -1: what `^\s*[…]` reads. */
export function firstNonBlank(s: string): number {
  for (let k = 0; k < s.length; k++) { const c = s.charCodeAt(k); if (!isSpace(c)) return c; }
  return -1;
}

/** A line's content without any whitespace: for comparing lines across layouts. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * Removes ranges (sorted or not, possibly overlapping) from a text through the offset map.
 * @example dropRanges(MappedText.identity('ab\ncd'), [[0, 3]]).text // 'cd'
 */
export function dropRanges(text: MappedText, ranges: Array<[number, number]>): MappedText {
  if (!ranges.length) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const b = new MappedTextBuilder(text);
  // What goes, as disjoint ranges in order.
  const gone: Array<[number, number]> = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    b.keep(at, Math.max(at, s));
    gone.push([Math.max(at, s), e]);
    at = Math.max(at, e);
  }
  b.keep(at, text.length);
  const next = b.build();
  // The steps that drop whole lines (chrome, copies, repeated articles) hand on the lines left.
  const lines = split.get(text);
  const left = lines && linesLeft(lines, text.length, gone);
  if (left) split.set(next, left);
  return next;
}

/**
 * The lines of a text once the `gone` ranges (disjoint, in order) are removed, when each of them
 * is whole lines (from a line's start to another's or to the text's end); otherwise null. A line
 * left keeps its string. When the last line goes, the line break before it stays and ends the
 * text with an empty line (the text's only line, when nothing is left).
 */
function linesLeft(lines: readonly Line[], length: number, gone: Array<[number, number]>): Line[] | null {
  for (const [s, e] of gone) if (!startsLine(lines, s) || (e !== length && !startsLine(lines, e))) return null;
  const out: Line[] = [];
  let r = 0, removed = 0, lastGone = false;
  for (const line of lines) {
    while (r < gone.length && gone[r]![1] <= line.start) { removed += gone[r]![1] - gone[r]![0]; r++; }
    lastGone = r < gone.length && gone[r]![0] <= line.start;
    if (lastGone) continue;
    out.push(removed === 0 ? line : lineOf(line.start - removed, line.end - removed, line.text));
  }
  if (lastGone) {
    while (r < gone.length) { removed += gone[r]![1] - gone[r]![0]; r++; }
    out.push(lineOf(length - removed, length - removed, ''));
  }
  return out;
}

/** Is `at` where one of the lines starts? */
function startsLine(lines: readonly Line[], at: number): boolean {
  let lo = 0, hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = lines[mid]!.start;
    if (start === at) return true;
    if (start < at) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** The range of whole lines `[first, last]`, including the line break after the last (if any). */
export function lineBlock(text: string, lines: readonly Line[], first: number, last: number): [number, number] {
  const end = lines[last]!.end < text.length ? lines[last]!.end + 1 : lines[last]!.end;
  return [lines[first]!.start, end];
}

/** Groups sorted line indices into runs of consecutive lines, bridging blank lines between them. */
export function runsOf(indices: number[], lines: readonly Line[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last) {
      let j = last[1] + 1;
      while (j < i && !lines[j]!.text.trim()) j++;
      if (j === i) { last[1] = i; continue; }
    }
    runs.push([i, i]);
  }
  return runs;
}
