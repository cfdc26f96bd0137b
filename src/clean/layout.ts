import type { ParseFile } from '../file.js';
import type { Layout } from '../input/layout.js';
import type { MappedText } from './mapped-text.js';
import { dropRanges } from './lines.js';

/** A heading the markup set, in the cleaned text: where its line starts, and its layout rank. */
export interface LayoutHeadingAt { at: number; rank: number }

/** What the markup says of the cleaned text's lines (HTML, Markdown): headings it set, rows of its tables. */
export interface TextLayout {
  headings: LayoutHeadingAt[];
  /** Cleaned-text ranges of data-table rows. */
  tableRows: Array<[number, number]>;
}

/** The layout carried into the cleaned text (empty for plain text). */
export function layoutIn(text: MappedText, layout: Layout | undefined): TextLayout {
  if (!layout) return { headings: [], tableRows: [] };
  const tableRows: Array<[number, number]> = [];
  for (const r of layout.tableRows) {
    const start = textIndexOf(text, r[0]), end = textIndexOf(text, r[1]);
    if (end > start) tableRows.push([start, end]);
  }
  return { headings: layoutHeadingsIn(text, layout), tableRows };
}

/**
 * Drops the blocks the markup showed are no text of the document (hidden chrome, a hidden copy, a
 * metadata table, an export header), each reported in `file.copies` with its span (and, for a
 * copy, its original) in the source text.
 * @example dropLayoutBlocks(text, { headings: [], drops: [{ range: [0, 5], kind: 'boilerplate', note: 'metadata table' }] }, file)
 */
export function dropLayoutBlocks(text: MappedText, layout: Layout | undefined, file: ParseFile): MappedText {
  if (!layout?.drops.length) return text;
  const drop: Array<[number, number]> = [];
  for (const d of layout.drops) {
    file.copy({ kind: d.kind, span: d.range, ...(d.of ? { of: d.of } : {}), note: d.note });
    const start = textIndexOf(text, d.range[0]), end = textIndexOf(text, d.range[1]);
    if (end > start) drop.push([start, end]);
  }
  return dropRanges(text, drop);
}

/**
 * Where the markup's headings stand in the cleaned text: each one that survived cleaning and
 * still starts its line (a heading the cleaner dropped or ran into another line is gone).
 */
function layoutHeadingsIn(text: MappedText, layout: Layout | undefined): LayoutHeadingAt[] {
  const out: LayoutHeadingAt[] = [];
  if (!layout?.headings.length) return out;
  for (const h of layout.headings) {
    let at = textIndexOf(text, h.range[0]);
    if (at >= text.length || text.sourceAt(at) >= h.range[1]) continue;
    while (at < text.length && (text.text[at] === ' ' || text.text[at] === '\t')) at++;
    let before = at - 1;
    while (before >= 0 && (text.text[before] === ' ' || text.text[before] === '\t')) before--;
    if (before >= 0 && text.text[before] !== '\n') continue;
    if (at >= text.length || text.text[at] === '\n') continue;
    out.push({ at, rank: h.rank });
  }
  return out;
}

/** The first index of the text whose source index is at or after `source` (the text's length if none). */
function textIndexOf(text: MappedText, source: number): number {
  let lo = 0, hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (text.sourceAt(mid) < source) lo = mid + 1; else hi = mid;
  }
  return lo;
}
