import type { MarkerStyle } from './types.js';
import type { Candidate } from '../candidates.js';
import type { TextLayout } from '../../clean/layout.js';

/**
 * A heading the document marks by layout, not by a numeral (contract 1.1 `unnumbered`, marker ""):
 * a Markdown `#` heading, an HTML `<h2>`…`<h6>`, a wholly bold line. It has no pattern of its own
 * (it is not in `outlineStyles`): its places come from the input's layout through the cleaner.
 */
export const unnumbered: MarkerStyle = {
  name: 'unnumbered',
  family: 'unnumbered',
  pattern: /(?!)/g,
  starts: '',
  ordinal: () => null,
  marker: () => '',
  distinctive: true,
  lineOnly: true,
};

/** "一、" "(一)" "1." "1、" "第一章": a line that opens with a numeral and its marker sign. */
const OPENS_NUMBERED = /^(?:[一二三四五六七八九十百]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、)）](?!\d)|第[一二三四五六七八九十百\d]{1,4}[章节条篇部])/;

/**
 * The candidates with the layout's headings merged in: a numbered marker that opens a heading line
 * ("**一、总体要求**") stays the heading, and other markers inside such a line are words of its
 * title, not headings. Markers in the rows of data tables are row labels (an indicator table's
 * "1.门诊人次数…", a task table's "(一)"), not headings, and are left out.
 * @example withLayoutHeadings([], '参保待遇\n正文', { headings: [{ at: 0, rank: 20 }], tableRows: [] })[0].style.name // 'unnumbered'
 */
export function withLayoutHeadings(candidates: Candidate[], text: string, layout: TextLayout | undefined): Candidate[] {
  if (!layout) return candidates;
  if (layout.tableRows.length) candidates = outsideRows(candidates, layout.tableRows);
  const { headings } = layout;
  if (!headings.length) return candidates;
  const lines: Array<{ at: number; end: number; rank: number }> = [];
  for (const h of headings) {
    const nl = text.indexOf('\n', h.at);
    let end = nl < 0 ? text.length : nl;
    while (end > h.at && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (end > h.at) lines.push({ at: h.at, end, rank: h.rank });
  }
  lines.sort((a, b) => a.at - b.at);
  const out: Candidate[] = [];
  let k = 0;
  for (const c of candidates) {
    while (k < lines.length && lines[k]!.end <= c.at) k++;
    const line = lines[k];
    if (line && c.at > line.at && c.at < line.end) continue; // inside a heading line
    out.push(c);
  }
  const numbered = new Set(out.map((c) => c.at));
  for (const l of lines) {
    // A line opening with a numeral is numbered, even where the numbering styles pass its marker over.
    if (numbered.has(l.at) || OPENS_NUMBERED.test(text.slice(l.at, l.at + 8))) continue;
    out.push({ style: unnumbered, at: l.at, end: l.at, num: '', ordinal: null, position: 'line', lineStart: l.at, rank: l.rank, titleEnd: l.end });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The candidates that stand in no table row (both sorted by position). */
function outsideRows(candidates: Candidate[], rows: ReadonlyArray<[number, number]>): Candidate[] {
  const out: Candidate[] = [];
  let k = 0;
  for (const c of candidates) {
    while (k < rows.length && rows[k]![1] <= c.at) k++;
    const row = rows[k];
    if (!row || c.at < row[0]) out.push(c);
  }
  return out;
}

/**
 * The depth an unnumbered heading of rank `rank` takes, given the ranks of the open levels (undefined
 * for numbered ones), outermost first: that of the outermost open unnumbered heading of the same
 * or a lower rank (a sibling, or a heading it outranks), else one below the deepest open level.
 * @example unnumberedDepth([19, 20], 19) // 0
 * @example unnumberedDepth([19], 20) // 1
 * @example unnumberedDepth([undefined], 20) // 1: under the numbered heading
 */
export function unnumberedDepth(ranks: ReadonlyArray<number | undefined>, rank: number): number {
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i];
    if (r !== undefined && r >= rank) return i;
  }
  return ranks.length;
}
