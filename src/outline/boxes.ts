import { headerAt, isIndicatorTable } from './table-labels.js';

/** A box of a plan (专栏3) or a numbered table (表1) set into the text of a section. */
export interface Box {
  /** "专栏3", "表1". */
  label: string;
  /** Index of the label's first character. */
  at: number;
  /** Index where the box ends: its line's end, and the table rows that follow it; at most the next box. */
  end: number;
  /** The box is an indicator table (指标, 2015年, 2020年, 属性): its rows are no headings. */
  indicatorTable: boolean;
}

/** "专栏3", "专栏 3", "表1", "表二". */
const LABEL = /(?:专栏|表)[ \t]*(?<num>\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d.、])[ \t:：]*/g;
/** What follows a label cited in a sentence: "表1所示", "专栏2中", "表3)". */
const CITED_AFTER = /^[)）】》,，、。;；所中的和及与等]/;
/** Before the label: a line start, spaces, or a sentence end ("…更新。专栏2 各流域…"). */
const OPENS_AFTER = /[。;；!！?？)）\]】]/;

/**
 * The boxes of a document: a label 专栏N or 表N that opens a line or a sentence, with a title.
 * A box's items are numbered on their own ((一) again after the last box's (十五)), so each box
 * is a scope of its own under the section that holds it.
 * @example findBoxes('…污染减排。\n专栏3 重点行业治污减排(一)造纸行业。…').map((b) => b.label) // ['专栏3']
 */
export function findBoxes(text: string): Box[] {
  const boxes: Box[] = [];
  const next = labelFinder(text);
  // Only where a label can be: 栏 and 表 are cheap to find, the pattern runs at each.
  for (let at = next(0); at >= 0; at = next(at + 1)) {
    if (!opensLineOrSentence(text, at)) continue;
    LABEL.lastIndex = at;
    const m = LABEL.exec(text);
    if (!m || m.index !== at) continue;
    const after = at + m[0].length;
    if (after >= text.length || CITED_AFTER.test(text.slice(after, after + 2))) continue;
    const lineEnd = endOfLine(text, after);
    const title = text.slice(after, Math.min(lineEnd, after + 48));
    // A caption on a line of its own has its header on the next line; a flattened box runs on.
    const header = lineEnd - after < 40 ? headerAt(text, lineEnd) : title;
    boxes.push({ label: text.slice(at, at + m[0].length).replace(/[\s:：]+/g, ''), at, end: tableEnd(text, lineEnd), indicatorTable: isIndicatorTable(title, header) });
    at = after - 1;
  }
  boxes.forEach((b, k) => { const next = boxes[k + 1]; if (next && next.at < b.end) b.end = next.at; });
  return boxes;
}

/**
 * The next "专栏" or "表" from a position on: each word's next place is remembered, so that a text
 * with many 表 and no 专栏 is not searched to its end again at every 表.
 */
function labelFinder(text: string): (from: number) => number {
  let box = -2, table = -2;
  return (from) => {
    if (box !== -1 && box < from) box = text.indexOf('专栏', from);
    if (table !== -1 && table < from) table = text.indexOf('表', from);
    if (box < 0) return table;
    if (table < 0) return box;
    return Math.min(box, table);
  };
}

function opensLineOrSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || i < at - 1 || OPENS_AFTER.test(text[i]!);
}

/** The end of the line at `lineEnd`, extended over the table rows (tab-separated lines) right after it. */
function tableEnd(text: string, lineEnd: number): number {
  let end = lineEnd;
  for (let start = lineEnd + 1; start < text.length;) {
    const next = endOfLine(text, start);
    const line = text.slice(start, next);
    if (!line.includes('\t') && line.trim()) break;
    if (line.includes('\t')) end = next;
    start = next + 1;
  }
  return end;
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}
