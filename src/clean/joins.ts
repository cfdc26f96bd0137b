import { MappedText, MappedTextBuilder } from './mapped-text.js';
import { isSpace, lineOf, linesOfText, setLinesOfText, textEnd, textStart, type Line } from './lines.js';

/**
 * The classes of characters the rules read at a line's ends, as bits by character code: one
 * table look-up per question.
 */
const CLASS = new Uint16Array(0x10000);
let classes = 0;
/** A class of the characters of `chars` (all in the BMP). */
function codes(chars: string): number {
  const bit = 1 << classes++;
  for (const c of chars) CLASS[c.charCodeAt(0)]! |= bit;
  return bit;
}
/** Is `c` (a code, or -1 for none) of class `bit`? */
function is(c: number, bit: number): boolean {
  return c >= 0 && (CLASS[c]! & bit) !== 0;
}

/** A line ends a sentence when its last character (blanks aside) is one of these. */
const ENDS_SENTENCE = codes('。!！?？;；:：」』”"》)）]】…');
const BARE_YEAR = /^\s*(?:19|20)\d{2}\s*$/;
/** A line's first character (blanks aside) that continues the line before: `^\s*[,，、。;；:：)）」』》%％]`. */
const STARTS_AS_CONTINUATION = codes(',，、。;；:：)）」』》%％');
/** `^\s*[年月日号%]`: a unit after a number. */
const STARTS_AS_UNIT = codes('年月日号%');
/** A line that opens with an outline marker or a table row label must keep its break. */
const STARTS_AS_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}[、.,]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:[.、)）]|\.\d)|[①-⑳]|第[一二三四五六七八九十百\d]{1,4}[章节条编篇]|篇[一二三四五六七八九十]|[?？][、.]|、)/;
/** The characters that can open a {@link STARTS_AS_HEADING} match. */
const HEADING_STARTS = codes('一二三四五六七八九十(（0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳第篇?？、');
/** Beside ideographs and digits, what opens a line of prose: `^\s*[\u4e00-\u9fff\d“"《(（]`. */
const STARTS_AS_PROSE = codes('“"《(（');
/** A wrapped line stops inside a word (an ideograph, a digit), or after a comma or an enumeration comma: its last character. */
function isCjkEnd(c: number): boolean { return isIdeograph(c) || isDigitCode(c) || c === 0x2c || c === 0x3001; }
/** No paragraph ends on a conjunction or a preposition: a line's last character. */
const OPEN_END = codes('与和及的对为把向从、');
/** Row labels of flattened work-plan tables: a row starts there. */
const TABLE_ROW_LABEL = /^\s*(?:[一二三四1-4]、?[一二三四]?季度|第[一二三四]季度|上半年|下半年|全年|年度)(?:\s|$)/;
/** No line ends on an opening bracket or quote: what it opens is on the next line ("(" + "五)…", "推进“" + "放管服”"). */
const OPENS = codes('(（“‘《〔【[');
/** A closing quote ends a sentence only after the sentence's own end ("…。”"); "“领跑者”" goes on. */
const CLOSING_QUOTE = codes('”’"');
/** A full date closing a line: the date of a signature. */
const DATE_AT_END = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/;
/** A title alone on its line: short, with no sentence punctuation, naming a kind of document. */
const LONE_TITLE = /^[^,，。;；:：!！?？]{4,40}(?:方案|意见|通知|规划|办法|要点|计划|细则|规定|措施|清单|标准|指南)$/;
function isLoneTitle(line: string): boolean { return LONE_TITLE.test(line.trim()); }
/** A marker's numeral at a line end whose dot or comma opens the next line ("…负责)3" + ".优化…"). */
const MARKER_TAIL = /^\s*[.、](?![\d.])/;
/** An outline marker that ends a line, after a line start or a sentence end ("具体措施:1." + "完善…", "(十)" + "提升…"). */
const MARKER_AT_END = /(?:^|[。;；:：)）\s])\s*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*$/;

/**
 * Joins lines that a PDF or Word export (or a fixed-width wrap) broke inside a sentence: a long
 * line that stops mid-sentence followed by one that goes on; a year alone on a line ("2021" then
 * "年是…"); a line that starts with "," or "、". Paragraph breaks, headings and table rows stay.
 * @example joinBrokenLines(MappedText.identity('…推进体制机制改\n\n 革,不断提高水平。')).text // '…推进体制机制改革,不断提高水平。'
 */
export function joinBrokenLines(text: MappedText): MappedText {
  // A join changes the line lengths that the wrap width and the rules read ("建设面积19330 平方米"
  // + ",不断提高水平。" may be the fourth long line that reveals the wrapping), so join until
  // nothing joins: cleaning cleaned text must change nothing. Passes only remove breaks, and a
  // joined line soon outgrows the wrap width, so two or three passes settle any real text.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = joinOnce(text);
    if (next === text) break;
    text = next;
  }
  return text;
}

const MAX_PASSES = 8;

/**
 * What the prose rule reads of a line, or of the line that joins make of several: its length,
 * blanks at the ends aside, and whether it holds a comma or a full stop. Kept as two numbers
 * (a length of -1: no line joined yet), not as the joined string, which would be copied again at
 * every join of a long paragraph.
 */
const PROSE_PUNCTUATION = /[,，。;；]/;

/**
 * What the rules read of each line's ends, found by one look at each line per pass (the rules
 * asked it of each line twice, as the line after a break and as the line before the next):
 * its first character and where its text starts and ends, blanks aside (what trimStart and
 * trimEnd would cut, without the copies), and its length without them (0 for a blank line).
 */
interface Shapes { first: Int32Array; start: Int32Array; end: Int32Array; length: Int32Array }

function shapesOf(lines: readonly Line[]): Shapes {
  const n = lines.length;
  const shapes: Shapes = { first: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n), length: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const t = lines[i]!.text;
    const start = textStart(t), end = textEnd(t, start);
    shapes.first[i] = start < end ? t.charCodeAt(start) : -1;
    shapes.start[i] = start;
    shapes.end[i] = end;
    shapes.length[i] = end - start;
  }
  return shapes;
}

function joinOnce(text: MappedText): MappedText {
  const lines = linesOfText(text);
  const shapes = shapesOf(lines);
  const wrap = wrapWidth(shapes.length);
  const tabbed = linesWithTab(text.text, lines);
  let b: MappedTextBuilder | null = null;
  let kept = 0;
  let prev = -1;
  // The line joins made so far ending at `prev`, as the prose rule reads it (-1: `prev` joined nothing yet).
  let joinedLength = -1, joinedPunctuated = false;
  let gap = false;
  // The joined text's lines, made along with it (the next pass and the next steps read them):
  // a line no join touched keeps its string, at a position moved back by the units removed
  // before it; the blank lines since the last text line wait until the next line keeps its break.
  // A joined line's string is cut from the joined text once that is made (`joinedLines`), not
  // put together piece by piece.
  const out: Line[] = [];
  const joinedLines: number[] = [];
  let removed = 0, blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (shapes.length[i] === 0) { gap = prev >= 0; blanks++; continue; }
    const across = gap;
    gap = false;
    // A line with a tab is a table row (an HTML <tr>, a Word export's row): rows never join ("…人事处" + "3\t…").
    if (prev >= 0 && !tabbed[prev] && !tabbed[i] && shouldJoin(lines[prev]!.text, line.text, prev, i, shapes, wrap, joinedLength, joinedPunctuated, across)) {
      b ??= new MappedTextBuilder(text);
      // Keep up to the end of the previous line's text, drop the break, blank lines and indentation.
      const p = lines[prev]!;
      const prevEnd = p.start + shapes.end[prev]!;
      b.keep(kept, prevEnd);
      kept = line.start + shapes.start[i]!;
      removed += kept - prevEnd;
      blanks = 0;
      // The joined line runs from the start of the line it grew from to this line's end.
      const last = out[out.length - 1]!;
      if (joinedLength < 0) {
        out[out.length - 1] = lineOf(last.start, line.end - removed, '');
        joinedLines.push(out.length - 1);
      } else last.end = line.end - removed;
      // The prose rule reads the joined line, so a paragraph broken in many places joins in one
      // pass; the wrap rule reads each line as exported.
      if (joinedLength < 0) { joinedLength = shapes.length[prev]!; joinedPunctuated = PROSE_PUNCTUATION.test(p.text); }
      joinedLength += shapes.length[i]!;
      joinedPunctuated ||= PROSE_PUNCTUATION.test(line.text);
      prev = i;
      continue;
    }
    for (let k = i - blanks; k <= i; k++) out.push(moved(lines[k]!, removed));
    blanks = 0;
    joinedLength = -1;
    prev = i;
  }
  if (!b) return text;
  for (let k = lines.length - blanks; k < lines.length; k++) out.push(moved(lines[k]!, removed));
  b.keep(kept, text.length);
  const next = b.build();
  for (const k of joinedLines) { const l = out[k]!; l.text = next.text.slice(l.start, l.end); }
  setLinesOfText(next, out);
  return next;
}

/** A line at `by` units before its place. */
function moved(line: Line, by: number): Line {
  return by === 0 ? line : lineOf(line.start - by, line.end - by, line.text);
}

/** Which lines hold a tab, by index: one search of the text for its tabs. */
function linesWithTab(s: string, lines: readonly Line[]): Uint8Array {
  const tabbed = new Uint8Array(lines.length);
  for (let at = s.indexOf('\t'), i = 0; at >= 0; at = s.indexOf('\t', at + 1)) {
    while (lines[i]!.end <= at) i++;
    tabbed[i] = 1;
  }
  return tabbed;
}

/**
 * Should the break between lines `pi` (text `p`) and `ni` (text `n`), neither a table row, go?
 * `across`: blank lines stand between them (a double-spaced export's line break, a page's end, or
 * a paragraph's). The rules that read how `next` starts ("^\s*[…]") look at its first character,
 * found once in `shapes`; a pattern that reads more of it runs only where that character can
 * start its match.
 */
function shouldJoin(p: string, n: string, pi: number, ni: number, shapes: Shapes, wrap: number, joinedLength: number, joinedPunctuated: boolean, across = false): boolean {
  // The rules read a line's end through its last character: one look, not a scan of the line.
  const end = shapes.end[pi]!;
  // The last character's code (-1 for none), looked up in the classes above.
  let last = end > 0 ? p.charCodeAt(end - 1) : -1;
  const first = shapes.first[ni]!;
  // A break inside a bracket, a quotation or a marker is never a paragraph's end.
  if (is(last, OPENS) || first === 0x201d || first === 0x2019) return true; // "”", "’": STARTS_AS_CLOSING_QUOTE
  if (isDigitCode(last) && (first === 0x2e || first === 0x3001) && MARKER_TAIL.test(n)) return true;
  // A marker ends its line with ".", "、", ")" or "）".
  if ((last === 0x2e || last === 0x3001 || last === 0x29 || last === 0xff09) && MARKER_AT_END.test(p.slice(Math.max(0, end - 12), end))
    && /^\s*(?:[\u4e00-\u9fff“"《]|(?:19|20)\d{2}年)/.test(n) && !startsAsHeading(n, first)) return true;
  // "…“领跑者”" goes on; "…。”" ends: a closing quote is read through the character before it.
  if (is(last, CLOSING_QUOTE) && end > 1) {
    const before = p.charCodeAt(end - 2);
    if (!is(before, ENDS_SENTENCE)) last = before;
  }
  // "2021" alone, or ending a line after a space ("…中 心 2021"), then "年上半年…".
  if (is(first, STARTS_AS_UNIT) && (BARE_YEAR.test(p) || /\s(?:19|20)\d{2}\s*$/.test(p))) return true;
  // "、主要任务" on a short line is a heading that lost its numeral, not a continuation.
  if (is(first, STARTS_AS_CONTINUATION) && !is(last, ENDS_SENTENCE) && !(first === 0x3001 && shapes.length[ni]! <= 20)) return true;
  if (is(last, ENDS_SENTENCE) || !isCjkEnd(last)) return false;
  // No paragraph ends on a conjunction or a preposition ("…中医医院与" + "省内外…").
  if (is(last, OPEN_END) && isIdeograph(first) && !startsAsHeading(n, first)) return true;
  if (startsAsHeading(n, first) || startsAsHeading(p, shapes.first[pi]!) && shapes.length[pi]! < 30) return false;
  if (!(isIdeograph(first) || (first >= 0x30 && first <= 0x39) || is(first, STARTS_AS_PROSE)) || TABLE_ROW_LABEL.test(n)) return false;
  // Across blank lines, a paragraph that closes with its date (a signature: "…办公厅2021年3月2日")
  // or a title standing alone ("深化审批制度改革重点任务分工方案") keeps its break.
  if (across && ((last === 0x65e5 && DATE_AT_END.test(p.slice(0, end))) || isLoneTitle(n))) return false; // "日"
  // A paragraph line that stops mid-sentence (a sentence of it already ended, or commas show it is prose, not a cell).
  // Not when the next line is a lone cell ("项目责任人") or the line ends with one.
  const cell = shapes.length[ni]! <= 6 && !/[,，。;；:：]/.test(n);
  // The joined line's prose when `p` ended a join, else `p`'s own.
  const proseLength = joinedLength >= 0 ? joinedLength : shapes.length[pi]!;
  if (proseLength >= 40 && (joinedLength >= 0 ? joinedPunctuated : PROSE_PUNCTUATION.test(p)) && !cell && !endsWithShortWord(p, end)) return true;
  // A line longer than the wrap width was not cut by it: it is a paragraph of its own, or one
  // joined already (cleaning cleaned text must join nothing more).
  const length = shapes.length[pi]!;
  return wrap > 0 && length >= wrap * 0.85 && length <= wrap * 1.15;
}

/** What {@link STARTS_AS_HEADING} reads, tried only where the line's first character can open a heading. */
function startsAsHeading(line: string, first: number): boolean {
  return is(first, HEADING_STARTS) && STARTS_AS_HEADING.test(line);
}

/**
 * `/\s\S{2,6}$/` on `s.slice(0, end)` (which ends with no blank): a word of two to six characters
 * after a blank ends the line, a cell's ("…工作 市卫健委"). Read from the end, where the pattern
 * would try every position of the line.
 */
function endsWithShortWord(s: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && end - 1 - k < 7 && !isSpace(s.charCodeAt(k))) k--;
  const word = end - 1 - k;
  return k >= 0 && isSpace(s.charCodeAt(k)) && word >= 2 && word <= 6;
}

function isIdeograph(c: number): boolean { return c >= 0x4e00 && c <= 0x9fff; }

/**
 * The width at which the export wrapped its lines: the length most long lines reach. 0 when the
 * text has no sign of fixed-width wrapping (few long lines of similar length).
 */
function wrapWidth(trimmedLengths: Int32Array): number {
  // In a typed array, sorted by the engine in numeric order without a comparison callback.
  const all = new Int32Array(trimmedLengths.length);
  let count = 0;
  for (let i = 0; i < trimmedLengths.length; i++) {
    const n = trimmedLengths[i]!;
    if (n >= 20) all[count++] = n;
  }
  if (count < 4) return 0;
  const lengths = all.subarray(0, count).sort();
  const p80 = lengths[Math.floor(lengths.length * 0.8)]!;
  let near = 0;
  for (const n of lengths) if (n >= p80 * 0.85 && n <= p80 * 1.15) near++;
  // Wrapped text has many lines near one width; free paragraphs vary widely.
  return near >= Math.max(3, lengths.length * 0.3) ? p80 : 0;
}

function isDigitCode(c: number): boolean { return c >= 0x30 && c <= 0x39; }
