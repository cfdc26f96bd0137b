import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsWord, endsWithWord, leftmostWordEnd, startsWithWord, wordAt } from '../../src/extract/lexicon/word-lists.js';
import { ACHIEVE_VERBS } from '../../src/extract/lexicon/target-words.js';

describe('word lists', () => {
  const ends = endsWithWord(['成就', '就', '进展']);
  const starts = startsWithWord(['加强', '加', '深入']);
  const holds = containsWord(['建设', '新建', 'a.b']);
  it.each([
    ['“十四五”发展成就', '成就'], ['取得积极进展', '进展'], ['成', undefined], ['', undefined],
  ])('endsWithWord(%s) → %s (the longest word)', (s, want) => expect(ends(s)).toBe(want));
  it.each([
    ['加强组织领导', '加强'], ['加快建设', '加'], ['深入推进', '深入'], ['推进', undefined], ['', undefined],
  ])('startsWithWord(%s) → %s', (s, want) => expect(starts(s)).toBe(want));
  it.each([
    ['力争新建12个中心', true], ['加强管理', false], ['a.b', true], ['axb', false],
  ])('containsWord(%s) → %s (words are literal)', (s, want) => expect(holds(s)).toBe(want));
});

/** The search leftmostWordEnd replaced: every word searched in turn, the leftmost kept, the first listed at one place. */
function bySearches(s: string, words: readonly string[]): number {
  let at = -1, length = 0;
  for (const v of words) {
    const i = s.indexOf(v);
    if (i >= 0 && (at < 0 || i < at)) { at = i; length = v.length; }
  }
  return at < 0 ? -1 : at + length;
}

describe('leftmostWordEnd and wordAt', () => {
  it.each([
    ['全市新建成10个', ['建成', '新建'], 4],
    ['建设', ['建', '建设'], 1],
    ['建设', ['建设', '建'], 2],
    ['无', ['有'], -1],
    ['', ['有'], -1],
  ] as Array<[string, string[], number]>)('leftmostWordEnd(%j)(%s) → %s', (s, words, end) => {
    expect(leftmostWordEnd(words)(s)).toBe(end);
    expect(leftmostWordEnd(words)(s)).toBe(bySearches(s, words));
  });
  it('finds what a search per word finds, on text made of verbs and their parts', () => {
    const verbs = ['有', ...ACHIEVE_VERBS];
    const pieces = [...verbs, ...verbs.join('').split(''), '的', '率', '10', '、'];
    const after = leftmostWordEnd(verbs);
    const at = wordAt(verbs);
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.nat(30), (parts, i) => {
      const s = parts.join('');
      expect(after(s)).toBe(bySearches(s, verbs));
      expect(at(s, i)).toBe(verbs.some((w) => s.startsWith(w, i)));
    }), { numRuns: 5000 });
  });
});
