import { MappedText, MappedTextBuilder } from './mapped-text.js';

const isCjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const LIST_PUNCT = new Set(['、', ',', ';', ':', '。']);

/**
 * Removes the spaces that PDF and table extraction put inside words ("持 续 深 化公 立 医 院改 革",
 * "公 立医疗机构管理中心", "财务审 计科", "2021 年", "19330 平方米", "、 公共卫生科"), keeping the
 * spaces that separate table cells and lost line breaks ("医政医管科 党群科、人事科", "工作 我区自"):
 * a space between Chinese characters goes when a piece beside it is one character long, or two
 * beside at most three.
 * @example removeInnerSpaces(MappedText.identity('持 续 深 化公 立 医 院改 革')).text // '持续深化公立医院改革'
 */
export function removeInnerSpaces(text: MappedText): MappedText {
  const s = text.text;
  let b: MappedTextBuilder | null = null;
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== ' ') continue;
    let j = i;
    while (j < s.length && s[j] === ' ') j++;
    const before = s.charCodeAt(i - 1), after = s.charCodeAt(j);
    if (i > 0 && j < s.length && shouldRemove(s, i, j, before, after)) {
      b ??= new MappedTextBuilder(text);
      b.keep(kept, i);
      kept = j;
    }
    i = j - 1;
  }
  if (!b) return text;
  b.keep(kept, s.length);
  return b.build();
}

/** Can {@link MARKER_AHEAD} open with this character: 一 … 十, 第 or 篇? (One look before copying the text ahead.) */
function opensMarker(c: number): boolean {
  return c === 0x7b2c || c === 0x7bc7 || MARKER_NUMERALS.has(c);
}
const MARKER_NUMERALS = new Set(Array.from('一二三四五六七八九十', (ch) => ch.charCodeAt(0)));

/** A space before an outline marker ("建设 二、完善…") separates run-together headings: it stays. */
const MARKER_AHEAD = /^(?:[一二三四五六七八九十]{1,3}[、.]|第[一二三四五六七八九十百\d]{1,4}[章节条编篇]|篇[一二三四五六七八九十])/;

function shouldRemove(s: string, i: number, j: number, before: number, after: number): boolean {
  if (opensMarker(after) && MARKER_AHEAD.test(s.slice(j, j + 8))) return false;
  if (LIST_PUNCT.has(s[i - 1]!) && (isCjk(after) || isDigit(after))) return true;
  if (s[j] === '、' && isCjk(before)) return true;
  if (isCjk(before) && isCjk(after)) {
    // Letter-spaced words leave one- or two-character pieces; cells and lost breaks leave whole words.
    const left = runBack(s, i - 1), right = runForward(s, j);
    return Math.min(left, right) <= 1 || (Math.min(left, right) === 2 && Math.max(left, right) <= 3);
  }
  if (isDigit(before) && isCjk(after)) return !/\d[.、)]$/.test(s.slice(Math.max(0, i - 2), i)) && digitsStartAfterSpaceOrCjk(s, i);
  if (isCjk(before) && isDigit(after)) {
    // "好 2021 年": digits spaced on both sides.
    let k = j;
    while (k < s.length && isDigit(s.charCodeAt(k))) k++;
    return s[k] === ' ' && isCjk(s.charCodeAt(k + 1)) && k - j >= 1 && /^[年月日号%]/.test(s.slice(k + 1).trimStart());
  }
  return false;
}

/** "建设面积19330 平方米": the digits before the space are a number of their own, not a marker "1.". */
function digitsStartAfterSpaceOrCjk(s: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (isDigit(s.charCodeAt(k)) || s[k] === '.')) k--;
  return k < 0 || s[k] === ' ' || isCjk(s.charCodeAt(k)) || s[k] === '\n' || /[,(:;]/.test(s[k]!);
}

/** Length (up to 4) of the word before `from`, counting digits: "目标 到2025年" has a long word after the space. */
function runBack(s: string, from: number): number {
  let n = 0;
  for (let k = from; k >= 0 && n < 4 && (isCjk(s.charCodeAt(k)) || isDigit(s.charCodeAt(k))); k--) n++;
  return n;
}

function runForward(s: string, from: number): number {
  let n = 0;
  for (let k = from; k < s.length && n < 4 && (isCjk(s.charCodeAt(k)) || isDigit(s.charCodeAt(k))); k++) n++;
  return n;
}

/** What ends a clause of running text: a comma, a full stop, a semicolon, a colon, an enumeration comma. */
const CLAUSE_END = new Set([',', '，', '。', '!', '！', '?', '？', ';', '；', ':', '：', '、']);
/** What ends a clause ahead (a closing parenthesis too: "(…按职 责分工负责)"): not 、 or a colon, which also separate the cells and labels of a row. */
const CLAUSE_END_AHEAD = new Set([',', '，', '。', ';', '；', ')', '）']);
const SENTENCE_END = new Set(['。', '!', '！', '?', '？']);
/** How far a clause reaches on either side of a space. */
const CLAUSE_REACH = 80;
/** An outline marker opening the clause: its title may end at a space ("2、积极准备实施…工作 我区自…"). */
const MARKER_OPENS = /^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、)）]|第[一二三四五六七八九十百\d]{1,4}[章节条])/;

/**
 * Removes the stray spaces a PDF export leaves between the characters of running text ("李克强总理在
 * 全国深化…", "市场监管 总局牵头", "住房城乡建 设部"), once broken lines are joined: a single space
 * between Chinese characters inside a clause of prose — a comma, semicolon, colon or enumeration
 * comma before it and a comma, full stop or semicolon after it on the same line, no other space
 * between — where no outline marker opens the clause (a heading's title may end at a space). After
 * a full stop the phrase before the space is a subtitle that lost its line break, unless it is a
 * parenthesis. Spaces between
 * table cells and lost line breaks stand between cells or lines without such punctuation on both sides.
 * @example removeStraySpaces(MappedText.identity('工作,(市场监管 总局牵头,各地区负责)')).text // '工作,(市场监管总局牵头,各地区负责)'
 */
export function removeStraySpaces(text: MappedText): MappedText {
  const s = text.text;
  let b: MappedTextBuilder | null = null;
  let kept = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
    if (s[i + 1] === ' ' || !isWordChar(s.charCodeAt(i - 1)) || !isWordChar(s.charCodeAt(i + 1))) {
      while (s[i + 1] === ' ') i++;
      continue;
    }
    if (!inProseClause(s, i)) continue;
    b ??= new MappedTextBuilder(text);
    b.keep(kept, i);
    kept = i + 1;
  }
  if (!b) return text;
  b.keep(kept, s.length);
  return b.build();
}

/** A Chinese character, or a quotation mark or title mark that opens or closes words. */
function isWordChar(c: number): boolean {
  return isCjk(c) || c === 0x201c || c === 0x201d || c === 0x300a || c === 0x300b;
}

function inProseClause(s: string, i: number): boolean {
  let start = -1;
  for (let k = i - 1; k >= 0 && k >= i - CLAUSE_REACH; k--) {
    const ch = s[k]!;
    if (ch === ' ' || ch === '\t' || ch === '\n') return false;
    if (CLAUSE_END.has(ch)) { start = k; break; }
  }
  if (start < 0) return false;
  // After a full stop, a phrase and a space: a subtitle whose line break was lost ("…清零。对断保人员
  // 设置“两个等待期” 自2025年起,…"); a parenthesis there is a sentence's ("…成本。(市场监管 总局牵头,").
  if (SENTENCE_END.has(s[start]!) && s[start + 1] !== '(' && s[start + 1] !== '（') return false;
  // "2、积极准备…工作 我区自": the clause is a heading's title, which may end at the space.
  if (MARKER_OPENS.test(s.slice(start + 1, start + 8))) return false;
  if ((s[start] === '、' || s[start] === '.') && /[\d一二三四五六七八九十]/.test(s[start - 1] ?? '')) return false;
  for (let k = i + 1; k < s.length && k <= i + CLAUSE_REACH; k++) {
    const ch = s[k]!;
    if (ch === ' ' || ch === '\t' || ch === '\n') return false;
    if (CLAUSE_END_AHEAD.has(ch)) return true;
  }
  return false;
}
