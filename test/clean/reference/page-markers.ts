import type { Line } from './lines.js';

/** "- 4 -", "— 12 —" (folded to "-- 12 --"), "-4-": a PDF or Word export's page number. */
const DASHED = /^\s*-{1,3}\s*\d{1,4}\s*-{1,3}\s*$/;
/** "第 3 页", "第3页 / 共14页", "第1页 共14页", "共14页", "3 / 14", "Page 3 of 14". */
const COUNTER = /^\s*(?:第\s*\d{1,4}\s*页\s*(?:[/／,，]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$/i;
const BARE_NUMBER = /^\s*(?<n>\d{1,3})\s*$/;
/** A page holds more than this many characters; a table row numbered 1, 2, 3 … holds fewer. */
const PAGE_CHARS = 200;

/**
 * Lines that are page markers of a PDF/Word export or a site's page counter. Bare numbers count
 * only when they run in sequence with other page numbers, so that table cells survive.
 * @example findPageMarkers(linesOf('正文\n - 2 -\n续文')) // [1]
 */
export function findPageMarkers(lines: readonly Line[]): number[] {
  const found: number[] = [];
  const bare: Array<{ i: number; n: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (DASHED.test(t) || COUNTER.test(t)) found.push(i);
    else {
      const m = BARE_NUMBER.exec(t);
      if (m) bare.push({ i, n: Number(m.groups!.n) });
    }
  }
  // Bare page numbers: at least three, increasing, each followed by the next a page's text later.
  const before = new Int32Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++) before[i + 1] = before[i]! + lines[i]!.text.trim().length;
  const apart = (x: { i: number }, y: { i: number }) => y.i - x.i > 5 && before[y.i]! - before[x.i + 1]! >= PAGE_CHARS;
  for (let k = 0; k + 2 < bare.length; k++) {
    const a = bare[k]!, b = bare[k + 1]!, c = bare[k + 2]!;
    if (b.n > a.n && c.n > b.n && c.n - a.n <= 4 && apart(a, b) && apart(b, c)) {
      found.push(a.i, b.i, c.i);
    }
  }
  return [...new Set(found)].sort((x, y) => x - y);
}
