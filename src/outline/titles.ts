import type { Position } from './candidates.js';

/** Characters that end a heading's short title (as char codes: read without making a string per character). */
const TITLE_END = new Set([...'。;；!！？:：\n'].map((ch) => ch.charCodeAt(0)));
const MAX_TITLE = 100;

/**
 * The natural end of a title starting at `from`: the first 。 ; : ! or line end, or a space once
 * the title has begun (run-together headings and lost line breaks are separated by spaces) — not
 * the typesetting space between a number and its word ("2023 年").
 * @example naturalTitleEnd('深化医药卫生体制改革 1.持续', 0) // 10
 */
export function naturalTitleEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_TITLE);
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (TITLE_END.has(code)) return i;
    if ((code === 32 || code === 9) && i > from && !(code === 32 && typesetSpace(text, i))) return i;
  }
  return limit;
}

/**
 * One space set between a number and the word after it, as typesetting and PDF exports do
 * ("2023 年工作回顾", "完成 3 项"): no boundary, unless a marker may follow ("…2023 一、…").
 */
function typesetSpace(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1), after = text.charCodeAt(i + 1);
  return before >= 0x30 && before <= 0x39 && after >= 0x4e00 && after <= 0x9fff && !MARKER_OPENERS.has(after);
}
const MARKER_OPENERS = new Set([...'一二三四五六七八九十第'].map((ch) => ch.charCodeAt(0)));

/** Trims a title: no trailing punctuation or spaces. */
export function tidyTitle(title: string): string {
  return title.replace(/[\s,，、.]+$/u, '').trim();
}

/**
 * Headings whose title runs straight into the body ("构建运营管理组织体系上有行动三级医院全面推行…")
 * are cut where their siblings' titles end: a suffix shared by most titles of one level
 * ("…上有行动", "…上出成效") marks the end of a heading's own words.
 */
export function cutAtSharedSuffix(titles: string[]): string[] {
  if (titles.length < 3) return titles;
  const counts = new Map<string, number>();
  for (const t of titles) for (const n of [4, 3]) if (t.length > n + 1) counts.set(t.slice(-n), (counts.get(t.slice(-n)) ?? 0) + 1);
  // Pushed, not mapped: once optimised, map() and filter() return holey arrays where the
  // interpreter's are packed, and code compiled for one kind deopts on the other.
  const shared: string[] = [];
  for (const [s, c] of counts) if (c >= 3 && c >= titles.length * 0.25) shared.push(s);
  if (!shared.length) return titles;
  const cut: string[] = [];
  for (const t of titles) cut.push(cutTitle(t, shared));
  return cut;
}

function cutTitle(t: string, shared: string[]): string {
  if (shared.some((s) => t.endsWith(s))) return t;
  let best = -1;
  for (const s of shared) {
    const i = t.indexOf(s);
    if (i >= 2 && (best < 0 || i + s.length < best)) best = i + s.length;
  }
  return best > 0 && best < t.length ? t.slice(0, best) : t;
}

/** Dice similarity of character bigrams, for matching a heading with its repeat. */
export function titleSimilarity(a: string, b: string): number {
  // A bigram is keyed by its two UTF-16 units as one number: no string per bigram.
  const grams = (s: string) => {
    const g = new Map<number, number>();
    for (let i = 0; i + 1 < s.length; i++) { const k = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1); g.set(k, (g.get(k) ?? 0) + 1); }
    return g;
  };
  const x = grams(a.replace(/\s+/g, '')), y = grams(b.replace(/\s+/g, ''));
  let common = 0, total = 0;
  for (const [k, n] of x) { common += Math.min(n, y.get(k) ?? 0); total += n; }
  for (const n of y.values()) total += n;
  return total ? (2 * common) / total : 0;
}

const CJK = /[\u4e00-\u9fff]/;
/** A year opening a title: "2022年工作回顾", "2020年底前开展…", "2021-2025年规划", and typeset "2023 年…" (a space between digits and 年). */
const YEAR_TITLE = /^(?:19|20)\d{2}(?:-(?:19|20)?\d{2})? ?年/;
/** A Latin abbreviation opening a title: "CT设备", "5G+医疗", "APP管理". */
const LATIN_TITLE = /^(?:\d{1,3}[A-Za-z]{1,3}\+?[\u4e00-\u9fff“《]|[A-Za-z][A-Za-z\d]{0,7}[+-]?[\u4e00-\u9fff“《])/;
/** A count opening a title: "80周岁及以上的", "100周岁", "3个月以上". */
const NUMERAL_TITLE = /^\d{1,4}(?:\.\d{1,2})?[\u4e00-\u9fff]/;
/** Chinese words with a Latin one inside: "为HIV感染母亲所生". */
const MIXED_TITLE = /^[\u4e00-\u9fff][A-Za-z][A-Za-z\d-]{0,7}[\u4e00-\u9fff]/;

/**
 * Does the text at `at` start like a heading's title? At least two Chinese characters before any
 * punctuation; at a line start also a year, a count, or a Latin abbreviation ("一、2022年工作回顾",
 * "1. 80周岁及以上的", "1.CT设备配置"), which in mid-line would as likely be a number in a sentence;
 * after a sentence end also a year ("…负责)3.2020年底前开展…": a run-together item whose title is dated).
 * @example startsLikeTitle('1. 80周岁及以上的', 3, 'line') // true
 */
export function startsLikeTitle(text: string, at: number, position: Position): boolean {
  let n = 0;
  for (let i = at; i < at + 6 && i < text.length; i++) {
    const ch = text[i]!;
    if (CJK.test(ch) || ch === '?' || ch === '“' || ch === '《') n++; else break;
  }
  if (n >= 2) return true;
  if (position === 'glued') return false;
  const head = text.slice(at, at + 12);
  if (YEAR_TITLE.test(head)) return true;
  return position !== 'boundary' && (LATIN_TITLE.test(head) || NUMERAL_TITLE.test(head) || MIXED_TITLE.test(head));
}
