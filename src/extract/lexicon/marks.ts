/**
 * A set of punctuation marks as a table over UTF-16 codes, for the scans that test one character
 * at a time (clause and sentence bounds): a lookup, not a string search or a regex per character.
 *
 * @example
 * const ends = markTable('。;\n');
 * ends[';'.charCodeAt(0)] // 1
 */
export function markTable(marks: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of marks) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * Words indexed by the UTF-16 code of their first character, longest first: the lookup per
 * position of the scans that try a list of words at every character. Keyed by code, not by
 * `text[i]`, so a lookup allocates no one-character string.
 *
 * @example
 * const verbs = byFirstCode(['牵头', '配合', '牵']);
 * verbs.get('牵头单位'.charCodeAt(0)) // ['牵头', '牵']
 */
export function byFirstCode(words: Iterable<string>): Map<number, readonly string[]> {
  const m = new Map<number, string[]>();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const code = w.charCodeAt(0);
    const list = m.get(code);
    if (list) list.push(w);
    else m.set(code, [w]);
  }
  return m;
}
