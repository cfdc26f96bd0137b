import { type Comparator, FAR_COMPARATORS, LEFT_COMPARATORS, NOT_BEFORE_WEI } from '../lexicon/target-words.js';
import type { Quantity } from './quantities.js';
import { markTable } from '../lexicon/marks.js';

/** The words of `LEFT_COMPARATORS` by the code of their last character, in the same order (longest first). */
const BY_LAST = new Map<number, Array<readonly [string, Comparator]>>();
for (const entry of LEFT_COMPARATORS) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), entry]);
}
const NOT_BEFORE_WEI_TABLE = markTable(NOT_BEFORE_WEI);
/** The first characters of `FAR_COMPARATORS`: where none stands, no far comparator does. */
const FAR_FIRST = markTable(FAR_COMPARATORS.map(([word]) => word[0]).join(''));

/** A comparator word found before the number: which, and where it starts in the text. */
export interface LeftWord {
  comparator: Comparator;
  word: string;
  start: number;
}

/**
 * The comparator word that ends right where `text[from, end)` ends ("不低于60%", "提高10个百分点"),
 * or null. `end` is where the number starts, less any white space before it.
 *
 * @example
 * adjacentComparator('二级医院不低于60%', 0, 7) // { comparator: '>=', word: '不低于', start: 4 }
 */
export function adjacentComparator(text: string, from: number, end: number): LeftWord | null {
  if (end <= from) return null;
  const words = BY_LAST.get(text.charCodeAt(end - 1));
  if (!words) return null;
  for (const [word, comparator] of words) {
    const start = end - word.length;
    if (start < from || !text.startsWith(word, start)) continue;
    if (word === '为' && end - from >= 2 && NOT_BEFORE_WEI_TABLE[text.charCodeAt(end - 2)]) return null;
    return { comparator, word, start };
  }
  return null;
}

/**
 * An adverb such as 至少 anywhere in `text[from, end)` ("至少建成…中的2个", "每县区至少有一所"), or
 * null; of several, the one listed first in `FAR_COMPARATORS`, at its last place.
 *
 * @example
 * farComparator('每县区至少有一所', 0, 6) // { comparator: '>=', word: '至少', start: 3 }
 */
export function farComparator(text: string, from: number, end: number): LeftWord | null {
  let found: LeftWord | null = null;
  let rank = FAR_COMPARATORS.length;
  // One pass from the end: the first place each word is met is its last.
  for (let i = end - 1; i >= from && rank > 0; i--) {
    if (!FAR_FIRST[text.charCodeAt(i)]) continue;
    for (let k = 0; k < rank; k++) {
      const [word, comparator] = FAR_COMPARATORS[k]!;
      if (word.length > end - i || !text.startsWith(word, i)) continue;
      found = { comparator, word, start: i };
      rank = k;
      break;
    }
  }
  return found;
}

/**
 * The comparator of a quantity, from its own shape and the words around it. A change (提高 N)
 * stays a change even with 以上 or a range ("提高10%以上" is a rise of at least 10%, GOLD-FORMAT v2;
 * the range keeps its upper end in valueMax); 以上 / 以下 / 左右
 * after the number override a level word before it ("达到90%以上" is >=).
 *
 * @example
 * // "县域内就诊率较上年提高10个百分点": adjacent 提高
 * resolveComparator(q, { comparator: 'increase', word: '提高', start: 9 }, null) // 'increase'
 */
export function resolveComparator(q: Quantity, adjacent: LeftWord | null, far: LeftWord | null): Comparator {
  if (q.fixed) return q.fixed;
  const left = adjacent?.comparator ?? null;
  // A change stays a change whatever follows it: 以上, 左右, or a range ("每年提升1-3个百分点").
  if (left === 'increase' || left === 'decrease') return left;
  if (q.range) return 'range';
  if (q.right) return q.right;
  if (left) return left;
  if (far) return far.comparator;
  if (q.open) return '>=';
  if (q.more) return '>';
  return '=';
}
