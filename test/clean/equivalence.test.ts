import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/clean/mapped-text.js';
import { normalize } from '../../src/clean/normalize.js';
import { normalize as normalizeBefore } from './reference/normalize.js';
import { fixtures } from './helpers.js';

// The cleaner's steps were rewritten for speed (issue 19) with their output unchanged. Each
// rewritten step is checked here against its earlier version, kept under ./reference/: same text,
// same source position for every unit, on random texts made of the characters its rules read
// and on the fixtures.

/** Every unit's source position, and the end's. */
function positions(t: MappedText): number[] {
  const out: number[] = [];
  for (let i = 0; i <= t.length; i++) out.push(t.sourceAt(i));
  return out;
}

function sameMapped(a: MappedText, b: MappedText): void {
  expect(a.text).toBe(b.text);
  expect(positions(a)).toEqual(positions(b));
}

/** A random text over `alphabet` (strings of one or more units each). */
const textOf = (alphabet: string[], maxLength = 60) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((parts) => parts.join(''));

describe('normalize: table look-ups fold as the regular expression did', () => {
  const alphabet = [
    'a', '1', '9', '０', '９', '，', '。', '？', '～', '~', '（', '）', '\u3000', '\u00a0', ' ', '\r', '\n', '\r\n', '\u200b', '\ufeff', '\u00ad',
    '—', '–', '\u2016', '﹐', '﹑', '\ufe53', '﹪', '\ufe6b', '∶', '｟', '｠', '⽣', '⺇', '\u2fd5', '\u2fe0', '豈', '\ufaff', '\ufb00',
    '\ud87e\udc00', '\ud87e\ude1d', '\ud87e\ude20', '\ud87e', '\udc00', '😀', '生', '年', '、', '\uff01', '\uff5e', '\uff5f', '\uff61',
  ];
  it('on random texts', () => {
    fc.assert(fc.property(textOf(alphabet), (s) => {
      sameMapped(normalize(MappedText.identity(s)), normalizeBefore(MappedText.identity(s)));
    }), { numRuns: 3000 });
  });
  it('on every unit of the BMP, alone and between digits', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `4${ch}9`]) sameMapped(normalize(MappedText.identity(s)), normalizeBefore(MappedText.identity(s)));
    }
  });
  it('on the fixtures', () => {
    for (const { source } of fixtures()) sameMapped(normalize(MappedText.identity(source)), normalizeBefore(MappedText.identity(source)));
  });
});
