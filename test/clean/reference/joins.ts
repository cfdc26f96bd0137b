import { MappedText, MappedTextBuilder } from '../../../src/clean/mapped-text.js';
import { linesOfText, type Line } from '../../../src/clean/lines.js';

/** A line ends a sentence when its last character (blanks aside) is one of these. */
const ENDS_SENTENCE = /[。!！?？;；:：」』”"》)）\]】…]/;
const BARE_YEAR = /^\s*(?:19|20)\d{2}\s*$/;
const STARTS_AS_CONTINUATION = /^\s*[,，、。;；:：)）」』》%％]/;
const STARTS_AS_UNIT = /^\s*[年月日号%]/;
/** A line that opens with an outline marker or a table row label must keep its break. */
const STARTS_AS_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}[、.,]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:[.、)）]|\.\d)|[①-⑳]|第[一二三四五六七八九十百\d]{1,4}[章节条编篇]|篇[一二三四五六七八九十]|[?？][、.]|、)/;
/** A wrapped line stops inside a word, or after a comma or an enumeration comma: its last character. */
const CJK_END = /[\u4e00-\u9fff\d,、]/;
/** No paragraph ends on a conjunction or a preposition: a line's last character. */
const OPEN_END = /[与和及的对为把向从、]/;
/** Row labels of flattened work-plan tables: a row starts there. */
const TABLE_ROW_LABEL = /^\s*(?:[一二三四1-4]、?[一二三四]?季度|第[一二三四]季度|上半年|下半年|全年|年度)(?:\s|$)/;
/** No line ends on an opening bracket or quote: what it opens is on the next line ("(" + "五)…", "推进“" + "放管服”"). */
const OPENS = /[(（“‘《〔【\[]/;
/** No line starts with a closing quote: the quotation began on the line before ("“一地办理" + "”。"). */
const STARTS_AS_CLOSING_QUOTE = /^\s*[”’]/;
/** A closing quote ends a sentence only after the sentence's own end ("…。”"); "“领跑者”" goes on. */
const CLOSING_QUOTE = /[”’"]/;
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
 * blanks at the ends aside, and whether it holds a comma or a full stop. Kept as numbers, not as
 * the joined string, which would be copied again at every join of a long paragraph.
 */
interface Prose { length: number; punctuated: boolean }

const PROSE_PUNCTUATION = /[,，。;；]/;

function proseOf(line: string): Prose {
  return { length: line.trim().length, punctuated: PROSE_PUNCTUATION.test(line) };
}

function joinOnce(text: MappedText): MappedText {
  const lines = linesOfText(text);
  const wrap = wrapWidth(lines);
  let b: MappedTextBuilder | null = null;
  let kept = 0;
  let prev: Line | null = null;
  let joined: Prose | null = null;
  let gap = false;
  for (const line of lines) {
    if (!line.text.trim()) { gap = prev !== null; continue; }
    const across = gap;
    gap = false;
    if (prev && shouldJoin(prev, line, wrap, joined, across)) {
      b ??= new MappedTextBuilder(text);
      // Keep up to the end of the previous line's text, drop the break, blank lines and indentation.
      const prevEnd = prev.start + prev.text.trimEnd().length;
      b.keep(kept, prevEnd);
      kept = line.start + (line.text.length - line.text.trimStart().length);
      // The prose rule reads the joined line, so a paragraph broken in many places joins in one
      // pass; the wrap rule reads each line as exported.
      const before: Prose = joined ?? proseOf(prev.text), added = proseOf(line.text);
      joined = { length: before.length + added.length, punctuated: before.punctuated || added.punctuated };
      prev = line;
      continue;
    }
    joined = null;
    prev = line;
  }
  if (!b) return text;
  b.keep(kept, text.length);
  return b.build();
}

/**
 * Should the break between `prev` and `next` go? `across`: blank lines stand between them (a
 * double-spaced export's line break, a page's end, or a paragraph's).
 */
function shouldJoin(prev: Line, next: Line, wrap: number, joined: Prose | null, across = false): boolean {
  const p = prev.text, n = next.text;
  // A line with a tab is a table row (an HTML <tr>, a Word export's row): rows never join ("…人事处" + "3\t…").
  if (p.includes('\t') || n.includes('\t')) return false;
  // The rules read a line's end through its last character: one look, not a scan of the line.
  const trimmed = p.trimEnd();
  let last = trimmed[trimmed.length - 1] ?? '';
  // A break inside a bracket, a quotation or a marker is never a paragraph's end.
  if (OPENS.test(last) || STARTS_AS_CLOSING_QUOTE.test(n)) return true;
  if (isDigit(last) && MARKER_TAIL.test(n)) return true;
  if (MARKER_AT_END.test(trimmed.slice(-12)) && /^\s*(?:[\u4e00-\u9fff“"《]|(?:19|20)\d{2}年)/.test(n) && !STARTS_AS_HEADING.test(n)) return true;
  // "…“领跑者”" goes on; "…。”" ends: a closing quote is read through the character before it.
  if (CLOSING_QUOTE.test(last) && trimmed.length > 1) {
    const before = trimmed[trimmed.length - 2]!;
    if (!ENDS_SENTENCE.test(before)) last = before;
  }
  // "2021" alone, or ending a line after a space ("…中 心 2021"), then "年上半年…".
  if (STARTS_AS_UNIT.test(n) && (BARE_YEAR.test(p) || /\s(?:19|20)\d{2}\s*$/.test(p))) return true;
  // "、主要任务" on a short line is a heading that lost its numeral, not a continuation.
  if (STARTS_AS_CONTINUATION.test(n) && !ENDS_SENTENCE.test(last) && !(/^\s*、/.test(n) && n.trim().length <= 20)) return true;
  if (ENDS_SENTENCE.test(last) || !CJK_END.test(last)) return false;
  // No paragraph ends on a conjunction or a preposition ("…中医医院与" + "省内外…").
  if (OPEN_END.test(last) && /^\s*[\u4e00-\u9fff]/.test(n) && !STARTS_AS_HEADING.test(n)) return true;
  if (STARTS_AS_HEADING.test(n) || STARTS_AS_HEADING.test(p) && p.trim().length < 30) return false;
  if (!/^\s*[\u4e00-\u9fff\d“"《(（]/.test(n) || TABLE_ROW_LABEL.test(n)) return false;
  // Across blank lines, a paragraph that closes with its date (a signature: "…办公厅2021年3月2日")
  // or a title standing alone ("深化审批制度改革重点任务分工方案") keeps its break.
  if (across && (DATE_AT_END.test(trimmed) || isLoneTitle(n))) return false;
  // A paragraph line that stops mid-sentence (a sentence of it already ended, or commas show it is prose, not a cell).
  // Not when the next line is a lone cell ("项目责任人") or the line ends with one.
  const cell = n.trim().length <= 6 && !/[,，。;；:：]/.test(n);
  const whole = joined ?? proseOf(p);
  if (whole.length >= 40 && whole.punctuated && !cell && !/\s\S{2,6}$/.test(trimmed)) return true;
  // A line longer than the wrap width was not cut by it: it is a paragraph of its own, or one
  // joined already (cleaning cleaned text must join nothing more).
  const length = p.trim().length;
  return wrap > 0 && length >= wrap * 0.85 && length <= wrap * 1.15;
}

/**
 * The width at which the export wrapped its lines: the length most long lines reach. 0 when the
 * text has no sign of fixed-width wrapping (few long lines of similar length).
 */
function wrapWidth(lines: readonly Line[]): number {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (lengths.length < 4) return 0;
  const p80 = lengths[Math.floor(lengths.length * 0.8)]!;
  const near = lengths.filter((n) => n >= p80 * 0.85 && n <= p80 * 1.15).length;
  // Wrapped text has many lines near one width; free paragraphs vary widely.
  return near >= Math.max(3, lengths.length * 0.3) ? p80 : 0;
}

function isDigit(ch: string): boolean { return ch >= '0' && ch <= '9'; }
