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

/** A space before an outline marker ("建设 二、完善…") separates run-together headings: it stays. */
const MARKER_AHEAD = /^(?:[一二三四五六七八九十]{1,3}[、.]|第[一二三四五六七八九十百\d]{1,4}[章节条编篇]|篇[一二三四五六七八九十])/;

function shouldRemove(s: string, i: number, j: number, before: number, after: number): boolean {
  if (MARKER_AHEAD.test(s.slice(j, j + 8))) return false;
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
