import { outlineStyles, type MarkerStyle } from './styles/index.js';
import { arabicDot } from './styles/arabic.js';
import { markTable } from '../extract/lexicon/marks.js';

/** Where a marker stands: at a line start, after spaces (a lost line break), after a sentence end, or glued to text. */
export type Position = 'line' | 'soft' | 'boundary' | 'glued';

export interface Candidate {
  style: MarkerStyle;
  /** Index of the marker's first character in the cleaned text. */
  at: number;
  /** Index after the marker and the spaces that follow it: where the title starts. */
  end: number;
  num: string;
  ordinal: number | null;
  position: Position;
  /** Index of the start of the marker's line. */
  lineStart: number;
  /** A heading set by layout (style `unnumbered`): its layout rank, and where its line (its title) ends. */
  rank?: number;
  titleEnd?: number;
}

const BOUNDARY_BEFORE = /[。;；!！?？:：」』”"》)）\]】…]/y;
/**
 * "4月底前", "4个维度", "5例患者", "2型糖尿病": a number with its measure word, not a section number.
 * 方 is a measure (2方土) but not in "2 方法", the commonest journal section title.
 */
const MEASURE_AFTER = /(?:[年月日时分秒个名家项次种类级所支人万亿元倍期批位条天周岁号层段套台张间床座户例型份篇组轮届]|方(?![法案]))/y;
/** "2.1亿元", "1.5万人", "2.1日前", "3.5个百分点": a decimal (or a month.day) with its unit, not a section 2.1. */
const DECIMAL_MEASURE_AFTER = /(?:[万亿元倍岁米吨]|个(?![人体案性])|日(?!常)|天(?!然)|分(?![析类级布工配])|小时)/y;
/** "《条例》第三条规定", "第五条第二款": a citation of an article, not the article itself. */
const CITATION_AFTER = /(?:的?规定|之规定|款|项|中|所|和|或|、|至|第|及|以|等|的)/y;
/**
 * At a line's start an article opens more often than it is cited: only words that can do nothing
 * but cite ("第五条规定", "第五条第二款") make it a citation there; "第二十三条以下情形不纳入…",
 * "第八条和第九条所称…" read as titles when the sequence fits.
 */
const LINE_CITATION_AFTER = /(?:的?规定|之规定|款|项|第|至)/y;
// Not 则: "第一章总则第一条…" is a chapter title run into its first article ("本细则第三条" is glued, so the
// builder takes it for a citation anyway).
const CITATION_BEFORE = /[》法例定照据反用本及和、至]/y;
/**
 * "第三条(一)项", "第(二)项", "本条第一款(二)、(三)项", "(一)至(三)项": an item of an article cited in
 * the text, not a heading ("(二)项目建设" is one).
 */
const PAREN_CITATION_AFTER = /^(?:[、至和或到-][(（〔][^)）〕]{1,3}[)）〕])*(?:项(?!目)|款(?![项式]))/;
const PAREN_CITATION_BEFORE = /[条款第]/y;
/** "附件:1.重点任务分工表", "附件:\n1.…": the numbered list of a notice's attachments, not its outline. */
const ATTACHMENTS_BEFORE = /附件[ \t]*[:：]?\s*$/;
/** "统一、" "唯一、" "之一、" "多规合一、" "始终如一、" "其一、": 一 inside a word. */
const WORD_BEFORE_ONE = /[统唯之逐初万单同专划合如其归不]/y;
/** "二、三季度", "三、四级手术": a numeral list, not a heading. */
const NUMERAL_LIST_AFTER = /^[一二三四五六七八九十\d]{1,3}(?:、[一二三四五六七八九十\d]{1,3})*(?:个|季度|级|类|年|月|次|项|批|种|等|甲|乙|期|产业|大)/;
const CITED_STYLES = new Set(['article', 'chapter', 'section', 'volume', 'division']);

/** Which checks apply to a style's matches, worked out once instead of by name at every match. */
interface StyleScan {
  style: MarkerStyle;
  /** The style's pattern made sticky, to try at one position. */
  sticky: RegExp;
  /** `style.notAfter` as a table by character code, or null. */
  notAfter: Uint8Array | null;
  numeralList: boolean;
  measureAfter: RegExp | null;
  parenCitation: boolean;
  citation: boolean;
  attachments: boolean;
}

const tables = new Map<string, Uint8Array>();
/** The {@link markTable} of `chars`, one per distinct string (styles share their `notAfter`). */
function tableOf(chars: string): Uint8Array {
  let table = tables.get(chars);
  if (!table) tables.set(chars, table = markTable(chars));
  return table;
}

const scans: readonly StyleScan[] = outlineStyles.map((style) => ({
  style,
  sticky: new RegExp(style.pattern.source, style.pattern.flags.replace('g', '') + 'y'),
  notAfter: style.notAfter ? tableOf(style.notAfter) : null,
  numeralList: style.family === 'cn-dun',
  measureAfter: style.name === 'dotted-1' ? MEASURE_AFTER
    : style.name === 'dotted-2' || style.name === 'dotted-3' ? DECIMAL_MEASURE_AFTER : null,
  parenCitation: style.family === 'cn-paren' || style.family === 'arabic-paren',
  citation: CITED_STYLES.has(style.name),
  attachments: style.family === 'arabic-point' || style.family === 'arabic-paren',
}));

/**
 * For each character, which styles' matches can begin with it (an index into START_GROUPS; 0: none),
 * in `outlineStyles` order. Most characters begin no marker: the scan looks at a text once and tries
 * a pattern only where its first character stands, instead of every pattern searching the whole text.
 */
const START_GROUP = new Uint8Array(0x10000);
const START_GROUPS: number[][] = [[]];
{
  const byChar = new Map<number, number[]>();
  scans.forEach((scan, k) => {
    for (let i = 0; i < scan.style.starts.length; i++) {
      const code = scan.style.starts.charCodeAt(i);
      const list = byChar.get(code) ?? [];
      if (!list.includes(k)) list.push(k);
      byChar.set(code, list);
    }
  });
  const groupOf = new Map<string, number>();
  for (const [code, list] of byChar) {
    const key = list.join(',');
    let g = groupOf.get(key);
    if (g === undefined) { g = START_GROUPS.push(list) - 1; groupOf.set(key, g); }
    START_GROUP[code] = g;
  }
}

/**
 * Every place any outline style matches, in text order, one per position (the earlier style in
 * `outlineStyles` wins an overlap). Each style's matches are those its global pattern finds
 * scanning the text from left to right: a style's next try starts after its last match.
 * @example scanCandidates('一、总体要求\n(一)目标').map((c) => c.style.name) // ['cn-dun', 'cn-paren']
 */
export function scanCandidates(text: string): Candidate[] {
  // In text order, and at one position in `outlineStyles` order.
  const all: Candidate[] = [];
  const lineStartOf = lineStarts(text);
  const next = new Int32Array(scans.length);
  for (let at = 0; at < text.length; at++) {
    const g = START_GROUP[text.charCodeAt(at)]!;
    if (g === 0) continue;
    for (const k of START_GROUPS[g]!) {
      if (at < next[k]!) continue;
      const scan = scans[k]!;
      if (scan.notAfter && at > 0 && scan.notAfter[text.charCodeAt(at - 1)]) continue;
      const { style, sticky } = scan;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      const markerEnd = at + m[0].length;
      next[k] = Math.max(markerEnd, at + 1);
      if (markerEnd === at) continue;
      let end = markerEnd;
      while (end < text.length && isSpace(text.charCodeAt(end))) end++;
      if (end >= text.length || text.charCodeAt(end) === NEWLINE) continue; // a marker with no title
      const num = m.groups?.num ?? m.groups?.num2 ?? '';
      if (!plausible(scan, text, at, markerEnd, end, num)) continue;
      const position = positionOf(text, at);
      if (style.lineOnly && position !== 'line') continue;
      all.push({ style, at, end, num, ordinal: style.ordinal(num), position, lineStart: lineStartOf(at) });
    }
  }
  const out: Candidate[] = [];
  for (const c of all) {
    const last = out[out.length - 1];
    if (last && c.at < last.end && c.at >= last.at) continue; // overlaps a candidate already taken
    out.push(c.style.name === 'dotted-2' && c.position === 'line' ? itemWithNumeralTitle(text, c) ?? c : c);
  }
  return out;
}

/** "1.80周岁及以上的" + "2.纯老家庭…": a line-start item whose title opens with a count, not the section 1.80. */
const ITEM_NUMERAL = /^(?<n>\d{1,2})\.(?<title>\d{1,4}[\u4e00-\u9fff])/;

/**
 * A "N.M…" at a line start whose neighbour line starts with the item "N+1." (or "N-1.") is item N
 * with a title that opens with a number ("1.80周岁及以上的"), where a journal's section 1.8 would
 * have "1.9" or "2" beside it.
 */
function itemWithNumeralTitle(text: string, c: Candidate): Candidate | null {
  const m = ITEM_NUMERAL.exec(text.slice(c.at, c.at + 12));
  if (!m) return null;
  const n = Number(m.groups!.n);
  const lineEnd = text.indexOf('\n', c.at);
  const next = lineEnd < 0 ? '' : nextLine(text, lineEnd + 1);
  const prev = previousLine(text, c.lineStart);
  const item = (line: string, k: number) => k > 0 && new RegExp(`^${k}\\.(?!\\d)`).test(line);
  if (!item(next, n + 1) && !item(prev, n - 1)) return null;
  const markerEnd = c.at + m.groups!.n.length + 1;
  return { ...c, style: arabicDot, end: markerEnd, num: m.groups!.n, ordinal: n };
}

/** The next non-blank line from `from` on, trimmed at its start (at most a few lines ahead). */
function nextLine(text: string, from: number): string {
  for (let i = from, steps = 0; i < text.length && steps < 4; steps++) {
    const end = text.indexOf('\n', i);
    const line = text.slice(i, end < 0 ? text.length : end).trimStart();
    if (line) return line;
    if (end < 0) break;
    i = end + 1;
  }
  return '';
}

/** The non-blank line before the line starting at `lineStart`, trimmed at its start. */
function previousLine(text: string, lineStart: number): string {
  for (let end = lineStart - 1, steps = 0; end > 0 && steps < 4; steps++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trimStart();
    if (line) return line;
    end = start - 1;
  }
  return '';
}

/**
 * A match that is not a numbered word, a measure, a citation or an attachment list. The checks
 * after the marker test sticky patterns in place; the two with repetition test a bounded slice.
 */
function plausible(scan: StyleScan, text: string, at: number, markerEnd: number, end: number, num: string): boolean {
  if (scan.numeralList) {
    if (NUMERAL_LIST_AFTER.test(text.slice(end, end + 12))) return false;
    if (num === '一' && at > 0 && matchesAt(WORD_BEFORE_ONE, text, at - 1)) return false;
  }
  if (scan.measureAfter && matchesAt(scan.measureAfter, text, end)) return false;
  if (scan.parenCitation && (PAREN_CITATION_AFTER.test(text.slice(markerEnd, markerEnd + 16))
    || (at > 0 && matchesAt(PAREN_CITATION_BEFORE, text, at - 1)))) return false;
  if (scan.citation && (matchesAt(lineStart(text, at) ? LINE_CITATION_AFTER : CITATION_AFTER, text, markerEnd)
    || (at > 0 && matchesAt(CITATION_BEFORE, text, at - 1)))) return false;
  if (scan.attachments && ATTACHMENTS_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return false;
  return true;
}

/** Does a line start at `at` (spaces and tabs before it aside)? */
function lineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 0x3000)) i--;
  return i < 0 || text.charCodeAt(i) === NEWLINE;
}

/** Does the sticky `pattern` match at `index`? */
function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

const NEWLINE = 10;

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

function positionOf(text: string, at: number): Position {
  let i = at - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0 || text.charCodeAt(i) === NEWLINE) return 'line';
  if (i < at - 1) return 'soft';
  return matchesAt(BOUNDARY_BEFORE, text, i) ? 'boundary' : 'glued';
}

/**
 * index → start of its line, by binary search over the line breaks found once: a national plan is
 * one line of 40 000 characters, and searching back to its start for every marker is quadratic.
 */
function lineStarts(text: string): (at: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (at) => {
    let lo = 0, hi = breaks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (breaks[mid]! < at) lo = mid + 1; else hi = mid; }
    return lo > 0 ? breaks[lo - 1]! + 1 : 0;
  };
}
