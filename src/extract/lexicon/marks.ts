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
 * The UTF-16 code at `i`, or 0 where `i` is outside the text. `charCodeAt` gives NaN there, and
 * optimised code reading out of bounds for the first time is thrown away and compiled again; every
 * batch worker paid that once per such place. No table here marks 0 and no rule looks for it, so a
 * test on the result reads the same as on NaN: a lookup finds nothing, a comparison fails.
 *
 * @example
 * codeAt('年底', 2) // 0
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
}

/** ECMAScript's white space and line terminators: what `\s` matches and String.prototype.trim removes. */
export const WHITE_SPACE_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** {@link WHITE_SPACE_CHARS} as a table. */
export const WHITE_SPACE = markTable(WHITE_SPACE_CHARS);

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
