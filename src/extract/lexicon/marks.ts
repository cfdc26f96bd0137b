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
