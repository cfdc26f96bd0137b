import { type Comparator, FAR_COMPARATORS, LEFT_COMPARATORS, NOT_BEFORE_WEI } from '../lexicon/target-words.js';
import type { Quantity } from './quantities.js';

/** The words of `LEFT_COMPARATORS` by their last character, in the same order (longest first). */
const BY_LAST = new Map<string, Array<readonly [string, Comparator]>>();
for (const entry of LEFT_COMPARATORS) {
  const last = entry[0][entry[0].length - 1];
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), entry]);
}

/** A comparator word found before the number: which, and where it starts in the text. */
export interface LeftWord {
  comparator: Comparator;
  word: string;
  start: number;
}

/**
 * The comparator word that ends right where the number starts ("不低于60%", "提高10个百分点"),
 * or null. `left` is the text before the number; `offset` where it starts in the whole text.
 *
 * @example
 * adjacentComparator('二级医院不低于', 0) // { comparator: '>=', word: '不低于', start: 4 }
 */
export function adjacentComparator(left: string, offset: number): LeftWord | null {
  const trimmed = left.trimEnd();
  for (const [word, comparator] of BY_LAST.get(trimmed[trimmed.length - 1]) ?? []) {
    if (!trimmed.endsWith(word)) continue;
    const start = offset + trimmed.length - word.length;
    if (word === '为' && trimmed.length >= 2 && NOT_BEFORE_WEI.includes(trimmed[trimmed.length - 2])) return null;
    return { comparator, word, start };
  }
  return null;
}

/**
 * An adverb such as 至少 anywhere in `left` ("至少建成…中的2个", "每县区至少有一所"), or null.
 *
 * @example
 * farComparator('每县区至少有', 0) // { comparator: '>=', word: '至少', start: 3 }
 */
export function farComparator(left: string, offset: number): LeftWord | null {
  for (const [word, comparator] of FAR_COMPARATORS) {
    const i = left.lastIndexOf(word);
    if (i >= 0) return { comparator, word, start: offset + i };
  }
  return null;
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
