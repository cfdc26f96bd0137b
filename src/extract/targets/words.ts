import { markTable } from '../lexicon/marks.js';

/**
 * Tests of a stretch `text[from, to)` against a closed word list, by indices: the rules look at the
 * clause before a number and the clause after it for many lists, and a slice of each clause per
 * list, searched word by word, cost more than the rules themselves. Built once per list.
 */

/**
 * Whether a word of `words` lies wholly within `text[from, to)`: one pass with a lookup of each
 * character among the words' first characters, a comparison only where one starts.
 *
 * @example occursWithin(['补贴', '补助'])('给予一次性补贴', 0, 7) // true
 */
export function occursWithin(words: readonly string[]): (text: string, from: number, to: number) => boolean {
  const first = markTable(words.map((w) => w[0]).join(''));
  const shortest = Math.min(...words.map((w) => w.length));
  return (text, from, to) => {
    for (let i = from, last = to - shortest; i <= last; i++) {
      if (!first[text.charCodeAt(i)]) continue;
      for (const w of words) if (w.length <= to - i && text.startsWith(w, i)) return true;
    }
    return false;
  };
}

/**
 * Whether `text[from, to)` ends with a word of `words`.
 *
 * @example endsWithin(['以下', '下列'])('符合以下', 0, 4) // true
 */
export function endsWithin(words: readonly string[]): (text: string, from: number, to: number) => boolean {
  const last = markTable(words.map((w) => w[w.length - 1]).join(''));
  return (text, from, to) => {
    // Most stretches end in no word's last character: one look-up settles them.
    if (to <= from || !last[text.charCodeAt(to - 1)]) return false;
    for (const w of words) if (w.length <= to - from && text.startsWith(w, to - w.length)) return true;
    return false;
  };
}

/**
 * Whether `text[from, to)` starts with a word of `words`.
 *
 * @example startsWithin(['若', '如果'])('如果达到', 0, 4) // true
 */
export function startsWithin(words: readonly string[]): (text: string, from: number, to: number) => boolean {
  const first = markTable(words.map((w) => w[0]).join(''));
  return (text, from, to) => {
    // Most stretches open with no word's first character: one look-up settles them.
    if (to <= from || !first[text.charCodeAt(from)]) return false;
    for (const w of words) if (w.length <= to - from && text.startsWith(w, from)) return true;
    return false;
  };
}
