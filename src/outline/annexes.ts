import { headerAt, isIndicatorTable } from './table-labels.js';

/** One annex (附件1, 附件2 …) of a document: where it starts and ends in the cleaned text. */
export interface Annex {
  /** "附件2"; "附件" for a document's only, unnumbered annex. */
  label: string;
  /** Index of the label's first character. */
  at: number;
  /** Index after the label and its title: where the annex's own text starts. */
  bodyStart: number;
  /** Index where the annex ends: the next annex's label, or the end of the text. */
  end: number;
  /** The annex is an indicator table (indicator, definition, 计算方法, 指标值): its rows are neither headings nor tasks. */
  indicatorTable: boolean;
}

/** "附件", "附件2", "附件 3", "附件二", then an optional colon. */
const LABEL = /附件[ \t]*(?<num>\d{1,2}|[一二三四五六七八九十]{1,3})?[ \t]*[:：]?[ \t]*/y;
/** After an unnumbered "附件:", a numbered list names the annexes: "附件:1.实施方案 2.任务分工表". */
const LIST_AFTER = /^(?:\d{1,2}[.、]|[(（]\d{1,2}[)）])/;
/** What follows a label that is cited in a sentence: "附件1)执行", "附件2所列", "附件中". */
const CITED_AFTER = /^[)）】》,，、。;；所中的和及与等]/;
/** An annex's own text is more than its title: a list entry or a download link holds less. */
const MIN_BODY = 50;
const BLANK = /^\s*$/;
/** An annex's title is shorter than this. */
const MAX_TITLE = 80;

/**
 * The annexes of a document: a line that starts with "附件N" (or "附件" alone, for a single annex)
 * and its title — on the same line or the next — with the annex's text after it. The annex list
 * of a notice ("附件:1.…" or "附件1:…" lines before the signature) names the same annexes earlier:
 * of the labels with one number, the last one that has text after it is the annex.
 * In text flattened into one line, the label may stand after spaces instead of at a line start.
 * @example findAnnexes('…现印发给你们。\n附件1\n某某任务分工表\n序号\t任务\t牵头单位\n…').map((a) => a.label) // ['附件1']
 */
export function findAnnexes(text: string): Annex[] {
  const found = new Map<string, { at: number; bodyStart: number }>();
  for (let at = text.indexOf('附件'); at >= 0; at = text.indexOf('附件', at + 2)) {
    if (!opensLineOrBlock(text, at)) continue;
    LABEL.lastIndex = at;
    const m = LABEL.exec(text);
    if (!m) continue;
    const num = m.groups!.num ?? '';
    const after = m.index + m[0].length;
    const rest = text.slice(after, after + 12);
    if (CITED_AFTER.test(rest)) continue;
    if (!num && LIST_AFTER.test(rest)) continue;
    // "附件:" with nothing after it heads a download list; "附件" alone on a line heads the annex.
    const bodyStart = titleEnd(text, after, num !== '' || !/[:：]/.test(m[0]));
    if (bodyStart < 0) continue;
    const label = `附件${num}`;
    // A later label with the same number is the annex itself; this one named it in a list.
    found.set(label, { at, bodyStart });
  }
  const starts = [...found.entries()].map(([label, s]) => ({ label, ...s })).sort((a, b) => a.at - b.at);
  const annexes: Annex[] = [];
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.at ?? text.length;
    if (text.slice(s.bodyStart, end).replace(/\s+/g, '').length < MIN_BODY) return;
    annexes.push({ label: s.label, at: s.at, bodyStart: s.bodyStart, end, indicatorTable: isIndicatorTable(text.slice(s.at, s.bodyStart), headerAt(text, s.bodyStart)) });
  });
  // An annex dropped for want of text leaves its span to the one before it.
  annexes.forEach((a, k) => { a.end = annexes[k + 1]?.at ?? text.length; });
  return annexes;
}

/**
 * At a line start, or, in text flattened into one line, after spaces that stand for a lost line
 * break or after a sentence's end ("(此件公开发布) 附件 …", "…落到实处。附件 …").
 */
function opensLineOrBlock(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || i < at - 1 || SENTENCE_END.test(text[i]!);
}

const SENTENCE_END = /[。!！?？)）]/;

/**
 * Where the annex's title ends: at the end of the label's line when a title follows the label on
 * it; else, for a label alone on its line (numbered, or with no colon), at the end of the next non-blank line when
 * that is a title (short, no sentence end). In flattened text the title ends at a space.
 * -1 when the label has no title (a download list "附件:" followed by links).
 */
function titleEnd(text: string, after: number, alone: boolean): number {
  const lineEnd = endOfLine(text, after);
  // A flattened text is one long line: read no more of it than a title can hold.
  const line = text.slice(after, Math.min(lineEnd, after + MAX_TITLE + 1));
  if (!BLANK.test(line)) {
    if (lineEnd - after <= MAX_TITLE) return lineEnd;
    // A flattened text: the title runs to the first space.
    const space = line.search(/\s/);
    return space > 0 ? after + space : -1;
  }
  if (!alone) return -1;
  let start = lineEnd + 1;
  for (let steps = 0; start < text.length && steps < 6; steps++) {
    const end = endOfLine(text, start);
    const next = text.slice(start, Math.min(end, start + 2 * MAX_TITLE));
    if (!BLANK.test(next)) return end - start <= 2 * MAX_TITLE && next.trim().length <= MAX_TITLE && !/[。;；]/.test(next) ? end : lineEnd;
    start = end + 1;
  }
  return lineEnd;
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** "附件:1.…" then "2.…", "3.…" at the starts of the lines that follow: the notice's list of its annexes. */
const LIST_START = /附件[ \t]*[:：][ \t]*(?:1[.、)）]|[(（]1[)）])/y;

/**
 * The lists of annexes a notice prints before its signature ("附件:1.实施方案" and "2.任务分工表" on
 * the next line): their numbers are no outline items. Each range runs from "附件" to the end of the
 * last numbered line of the list.
 * @example findAnnexLists('附件:1.实施方案\n    2.任务分工表\n某某委员会') // [[0, 18]]
 */
export function findAnnexLists(text: string): Array<[number, number]> {
  const lists: Array<[number, number]> = [];
  for (let at = text.indexOf('附件'); at >= 0; at = text.indexOf('附件', at + 2)) {
    LIST_START.lastIndex = at;
    if (!LIST_START.test(text)) continue;
    let end = endOfLine(text, at);
    for (let k = 2; end < text.length; k++) {
      const next = endOfLine(text, end + 1);
      if (!new RegExp(`^[ \\t]*(?:${k}[.、)）]|[(（]${k}[)）])`).test(text.slice(end + 1, next))) break;
      end = next;
    }
    lists.push([at, end]);
  }
  return lists;
}
