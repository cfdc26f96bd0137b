import { CLAUSE_OPENERS } from '../lexicon/role-words.js';
import { byFirstCode, markTable } from '../lexicon/marks.js';

/** An outline marker opening a clause ("2.", "一、", "第十条 ", "①"). */
const MARKER = /^(?:\d{1,2}(?:[.、)．]|(?:\.\d{1,2}){1,2}[.\s])|[一二三四五六七八九十]{1,3}、|[①-⑳]|篇[一二三四五六七八九十]+|第[一二三四五六七八九十百]+条)\s*/;
/** A time limit opening a clause before its subject ("6月底前各县区要…", "2022年市人民医院建成…"); sticky: read where the marker ends. */
const TIME = /(?:(?:到|在|于|自)?(?:\d{4}|X)年(?:(?:\d{1,2}|X)月(?:\d{1,2}日|[上中下]旬|底)?|底|内|上半年|下半年|[一二三四]季度)?|(?:\d{1,2}|X)月(?:\d{1,2}日|[上中下]旬|底)?|年底|年内|上半年|下半年|[一二三四]季度)(?:前|之前|以前|起|开始|后)?(?=[\u4e00-\u9fff])/y;

/**
 * How many characters open a clause before its subject: an outline marker, a time limit,
 * adverbials ("同时", "力争年内", "其中") — "6月底前各县区要完成自查" → 5.
 */
export function openerLength(clause: string): number {
  // Most clauses open with a character no marker, time limit or adverbial opens with.
  if (!OPENS_ANY[clause.charCodeAt(0)]) return 0;
  let n = mayOpen(MARKER_OPENS, clause, 0) ? MARKER.exec(clause)?.[0].length ?? 0 : 0;
  if (mayOpen(TIME_OPENS, clause, n)) {
    TIME.lastIndex = n;
    n += TIME.exec(clause)?.[0].length ?? 0;
  }
  for (let w = adverbialAt(clause, n); w > 0; w = adverbialAt(clause, n)) n += w;
  return n;
}

/** The length of the first (longest) adverbial of CLAUSE_OPENERS at n that leaves something after it; 0 if none. */
function adverbialAt(clause: string, n: number): number {
  const words = WORDS_BY_CODE.get(clause.charCodeAt(n));
  if (!words) return 0;
  for (const w of words) if (clause.startsWith(w, n) && n + w.length < clause.length) return w.length;
  return 0;
}

/**
 * The first two characters a pattern may open with, as tables over codes: by first character, the
 * characters it needs after it (null: any) — the cheap test before the pattern ("一是" opens no
 * marker, "在全市" no time limit).
 */
interface Opens { first: Uint8Array; next: Array<Uint8Array | null> }
function opens(pairs: Array<[first: string, next: string | null]>): Opens {
  const first = new Uint8Array(0x10000);
  pairs.forEach(([chars], k) => { for (const c of chars) first[c.charCodeAt(0)] = k + 1; });
  return { first, next: pairs.map(([, next]) => next === null ? null : markTable(next)) };
}
function mayOpen(o: Opens, clause: string, n: number): boolean {
  const k = o.first[clause.charCodeAt(n)];
  if (!k) return false;
  const next = o.next[k - 1];
  return !next || next[clause.charCodeAt(n + 1)] === 1;
}
const DIGITS = '0123456789';
const NUMERALS = '一二三四五六七八九十';
const CIRCLED = Array.from({ length: 20 }, (_, k) => String.fromCharCode(0x2460 + k)).join('');
/** MARKER: "1.", "12、", "1.2 "; "一、", "十二、"; "①"; "篇一"; "第十条". */
const MARKER_OPENS = opens([[DIGITS, `${DIGITS}.、)．`], [NUMERALS, `${NUMERALS}、`], [CIRCLED, null], ['篇', NUMERALS], ['第', `${NUMERALS}百`]]);
/** TIME: "2022年", "6月", "X年"; "到2025年" (only a year after 到/在/于/自); "年底", "年内"; "上半年"; "一季度". */
const TIME_OPENS = opens([[`${DIGITS}X`, null], ['到在于自', `${DIGITS}X`], ['年', '底内'], ['上下', '半'], ['一二三四', '季']]);
const WORDS_BY_CODE = byFirstCode(CLAUSE_OPENERS);
/** Every first character of a marker, a time limit or an adverbial. */
const OPENS_ANY = markTable(`${DIGITS}X${NUMERALS}${CIRCLED}篇第到在于自年上下${CLAUSE_OPENERS.map((w) => w[0]).join('')}`);
