import { byFirstCode } from './marks.js';

/**
 * Words by the UTF-16 code of their first character, longest first, as `byFirstCode` gives them —
 * looked up through a table over codes instead of a Map: the scans of the units finder ask at
 * nearly every position of every clause, and a table read is a fraction of a hash lookup.
 *
 * @example
 * const verbs = wordTable(['牵头', '配合', '牵']);
 * verbs.get('牵头单位'.charCodeAt(0)) // ['牵头', '牵']
 */
export function wordTable(words: Iterable<string>): WordTable {
  return new WordTable(byFirstCode(words));
}

export class WordTable {
  /** By code, the index of its list in `lists` (0: no word opens with it); one array type, so the lookup stays monomorphic. */
  private readonly slot = new Uint16Array(0x10000);
  /** The lists by index; index 0 (and a missing index, for NaN past a text's end) gives undefined. */
  private readonly lists: Array<readonly string[] | undefined> = [undefined];
  constructor(private readonly byCode: Map<number, readonly string[]>) {
    for (const [code, list] of byCode) { this.slot[code] = this.lists.length; this.lists.push(list); }
  }

  /** The words that open with this code, longest first; undefined when none does (or for NaN, past a text's end). */
  get(code: number): readonly string[] | undefined {
    return this.lists[this.slot[code]!];
  }

  keys(): IterableIterator<number> { return this.byCode.keys(); }
  values(): IterableIterator<readonly string[]> { return this.byCode.values(); }
}
