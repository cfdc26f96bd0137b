import { markTable } from '../lexicon/marks.js';

/**
 * The neighbourhood of a number: its clause, its sentence, and whether it sits inside quotes or a
 * book title. Every look is bounded by a window, so the cost per number is constant and the scan
 * of a whole text stays linear.
 */

/** How far a clause may reach before or after a number. */
export const WINDOW = 80;
/** How far a sentence may reach, for the forward-looking cues of a summary. */
const SENTENCE_WINDOW = 160;
/** A quote longer than this is taken as an unbalanced mark, not a quotation. */
const MAX_QUOTE = 40;

const CLAUSE_MARKS = markTable(',;。:!?\n');
const SENTENCE_MARKS = markTable('。!?;\n');
const OPEN = '('.charCodeAt(0);
const CLOSE = ')'.charCodeAt(0);
const QUOTE_PAIRS = new Map([['“', '”'], ['《', '》'], ['「', '」'], ['『', '』'], ['〈', '〉']]);

/**
 * Where the clause holding `at` starts: just after the nearest , ; 。 : ! ? or line break, or after an
 * unclosed "(" ("(2小时内到达现场"); a closed pair ("乡镇卫生院(社区卫生服务中心)至少…") is skipped.
 *
 * @example
 * clauseStart('做到(2小时内到达现场,4小时内…', 3) // 3: just after "("
 */
export function clauseStart(text: string, at: number, floor = 0): number {
  const limit = Math.max(floor, at - WINDOW);
  let depth = 0;
  for (let i = at - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (CLAUSE_MARKS[c]) return i + 1;
    if (c === CLOSE) depth++;
    else if (c === OPEN) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return limit;
}

/**
 * Where the clause holding `at` ends: at the next clause mark, "(" or ")".
 *
 * @example
 * clauseEnd('建设12个基层中医馆,实现全覆盖', 4) // 10: the ","
 */
export function clauseEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + WINDOW);
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (CLAUSE_MARKS[c] || c === OPEN || c === CLOSE) return i;
  }
  return limit;
}

/**
 * Where the sentence holding `at` starts (after 。 ! ? ; or a line break), within a bounded window.
 *
 * @example
 * sentenceStart('2020年,总数达到102万个。力争达到110万个', 17) // 16: just after "。"
 */
export function sentenceStart(text: string, at: number): number {
  let start = at;
  const floor = Math.max(0, at - SENTENCE_WINDOW);
  while (start > floor && !SENTENCE_MARKS[text.charCodeAt(start - 1)]) start--;
  return start;
}

/**
 * The sentence around `at`, within a bounded window: for the cues that turn a summary's figure into a goal.
 *
 * @example
 * sentenceAround('接种率达到97.9%。下一步,力争达到99%。', 17) // '下一步,力争达到99%'
 */
export function sentenceAround(text: string, at: number): string {
  let end = at;
  const ceiling = Math.min(text.length, at + SENTENCE_WINDOW);
  while (end < ceiling && !SENTENCE_MARKS[text.charCodeAt(end)]) end++;
  return text.slice(sentenceStart(text, at), end);
}

/** Every quote mark, opening or closing: the text scan (`scanQuantities`) notes where each stands. */
export const QUOTE_MARKS = [...QUOTE_PAIRS.keys(), ...QUOTE_PAIRS.values(), '"'].join('');

/**
 * The quotations of a text, as `[from, to)` pairs in one flat list: inside “…”, 《…》, 「…」, 『…』,
 * 〈…〉 or "…". Numbers there are names, slogans and titles ("“十大任务,49项工作”", "《…九项准则》"),
 * not goals. `marks` are the indices of the text's quote marks, in order (`QUOTE_MARKS`): only they
 * are visited, and most task texts have none.
 *
 * @example
 * quotedRanges('做好“十大任务,49项工作”', [2, 13]) // [2, 14]
 * quotedRanges('完成90%', []) // []
 */
export function quotedRanges(text: string, marks: readonly number[]): number[] {
  const ranges: number[] = [];
  // One mark closes nothing.
  if (marks.length < 2) return ranges;
  const openAt = new Map<string, number>(); // closing mark → where its opening mark stands
  let asciiOpen = -1;
  const mark = (from: number, to: number) => {
    if (to - from <= MAX_QUOTE) ranges.push(from, to);
  };
  for (const i of marks) {
    const c = text[i]!;
    const closing = QUOTE_PAIRS.get(c);
    const opened = openAt.get(c);
    if (closing) openAt.set(closing, i);
    else if (opened !== undefined) {
      mark(opened, i + 1);
      openAt.delete(c);
    } else if (c === '"') {
      if (asciiOpen < 0) asciiOpen = i;
      else { mark(asciiOpen, i + 1); asciiOpen = -1; }
    }
  }
  return ranges;
}

/** Whether `at` lies in one of `ranges` (from `quotedRanges`). */
export function isQuoted(ranges: readonly number[], at: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (at >= ranges[k]! && at < ranges[k + 1]!) return true;
  return false;
}
