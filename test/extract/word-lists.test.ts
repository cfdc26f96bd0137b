import { describe, expect, it } from 'vitest';
import { containsWord, endsWithWord, startsWithWord } from '../../src/extract/lexicon/word-lists.js';

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
