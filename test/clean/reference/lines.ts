import { MappedText, MappedTextBuilder } from '../../../src/clean/mapped-text.js';

/** One line of a text: `[start, end)` without its "\n". */
export interface Line { start: number; end: number; text: string }

/** Splits a text into lines, keeping their positions. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
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
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    b.keep(at, Math.max(at, s));
    at = Math.max(at, e);
  }
  b.keep(at, text.length);
  return b.build();
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
