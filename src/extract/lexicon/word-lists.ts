/**
 * Tests of a string against a closed word list, built once per list: the checks that run for every
 * number or heading (does this clause hold a verb of building, does this title end in a review
 * word) look up the candidates by one character instead of trying every word.
 */

/**
 * The word of `words` that `s` ends with (the longest, when several do), or undefined.
 *
 * @example
 * const review = endsWithWord(['成就', '进展']);
 * review('“十四五”发展成就') // '成就'
 */
export function endsWithWord(words: readonly string[]): (s: string) => string | undefined {
  const byLast = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const last = w[w.length - 1]!;
    byLast.set(last, [...(byLast.get(last) ?? []), w]);
  }
  return (s) => byLast.get(s[s.length - 1] ?? '')?.find((w) => s.endsWith(w));
}

/**
 * The word of `words` that `s` starts with (the longest, when several do), or undefined.
 *
 * @example startsWithWord(['加强', '加快'])('加快建设…') // '加快'
 */
export function startsWithWord(words: readonly string[]): (s: string) => string | undefined {
  const byFirst = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w]);
  return (s) => byFirst.get(s[0] ?? '')?.find((w) => s.startsWith(w));
}

/**
 * Whether `s` holds any word of `words`: one pass of a pattern built from the list.
 *
 * @example containsWord(['建设', '新建'])('力争新建12个中心') // true
 */
export function containsWord(words: readonly string[]): (s: string) => boolean {
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
  return (s) => re.test(s);
}

/** Words by the UTF-16 code of their first character, each list in the order given. */
function byFirstInOrder(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const list = m.get(w.charCodeAt(0));
    if (list) list.push(w);
    else m.set(w.charCodeAt(0), [w]);
  }
  return m;
}

/**
 * Where the leftmost word of `words` ends in `s` (of several starting at one place, the first
 * listed), or -1: one pass over `s` with a lookup per character, not a search of `s` per word.
 *
 * @example leftmostWordEnd(['建成', '新建'])('全市新建成') // 4 ("新建")
 */
export function leftmostWordEnd(words: readonly string[]): (s: string) => number {
  const byFirst = byFirstInOrder(words);
  return (s) => {
    for (let i = 0; i < s.length; i++) {
      const starting = byFirst.get(s.charCodeAt(i));
      if (!starting) continue;
      for (const w of starting) if (s.startsWith(w, i)) return i + w.length;
    }
    return -1;
  };
}

/**
 * Whether a word of `words` starts at index `i` of `s`: one lookup by the character there.
 *
 * @example wordAt(['完成', '达到'])('能够完成', 2) // true
 */
export function wordAt(words: readonly string[]): (s: string, i: number) => boolean {
  const byFirst = byFirstInOrder(words);
  return (s, i) => {
    const starting = byFirst.get(s.charCodeAt(i));
    if (!starting) return false;
    for (const w of starting) if (s.startsWith(w, i)) return true;
    return false;
  };
}
