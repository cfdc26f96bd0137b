import { CLAUSE_OPENERS } from '../lexicon/role-words.js';
import { markTable } from '../lexicon/marks.js';
import { wordTable } from '../lexicon/word-table.js';

/** An outline marker opening a clause ("2.", "一、", "第十条 ", "①"). */
const MARKER = /^(?:\d{1,2}(?:[.、)．]|(?:\.\d{1,2}){1,2}[.\s])|[一二三四五六七八九十]{1,3}、|[①-⑳]|篇[一二三四五六七八九十]+|第[一二三四五六七八九十百]+条)\s*/;
/** A time limit opening a clause before its subject ("6月底前各县区要…", "2022年市人民医院建成…"); sticky: read where the marker ends. */
const TIME = /(?:(?:到|在|于|自)?(?:\d{4}|X)年(?:(?:\d{1,2}|X)月(?:\d{1,2}日|[上中下]旬|底)?|底|内|上半年|下半年|[一二三四]季度)?|(?:\d{1,2}|X)月(?:\d{1,2}日|[上中下]旬|底)?|年底|年内|上半年|下半年|[一二三四]季度)(?:前|之前|以前|起|开始|后)?(?=[\u4e00-\u9fff])/y;

/**
 * How many characters open a clause before its subject: an outline marker, a time limit,
 * adverbials ("同时", "力争年内", "其中") — "6月底前各县区要完成自查" → 5.
 */
export function openerLength(clause: string): number {
  let n = MARKER_FIRST[clause.charCodeAt(0)] ? MARKER.exec(clause)?.[0].length ?? 0 : 0;
  if (TIME_FIRST[clause.charCodeAt(n)]) {
    TIME.lastIndex = n;
    n += TIME.exec(clause)?.[0].length ?? 0;
  }
  for (let more = true; more;) {
    more = false;
    for (const w of WORDS_BY_CODE.get(clause.charCodeAt(n)) ?? []) {
      if (clause.startsWith(w, n) && n + w.length < clause.length) { n += w.length; more = true; break; }
    }
  }
  return n;
}

/** First characters a marker or a time limit may open with: the cheap test before the patterns, as tables over codes. */
const CIRCLED = Array.from({ length: 20 }, (_, k) => String.fromCharCode(0x2460 + k)).join('');
const MARKER_FIRST = markTable(`0123456789一二三四五六七八九十${CIRCLED}篇第`);
const TIME_FIRST = markTable('0123456789X到在于自年上下一二三四');
const WORDS_BY_CODE = wordTable(CLAUSE_OPENERS);
