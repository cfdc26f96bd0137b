import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/clean/mapped-text.js';
import { dropRanges, firstNonBlank, isBlank, isSpace, lineBlock, linesOf, linesOfText, trimmedLength } from '../../src/clean/lines.js';
import { chromeRules } from '../../src/clean/boilerplate.js';
import { COLON, DOWNLOAD, DOWNLOAD_WORD, FOOTER, FOOTER_WORD, lineWords, lineWordsIn, PHRASE, SEPARATOR, SEPARATOR_SIGN, SITE_PHRASE, SITE_WORDS, siteWordCount } from '../../src/clean/line-words.js';
import { comparable, comparableShingles, MAX_CHARS, scalarSignature, shingles, signature } from '../../src/clean/minhash.js';

// The cleaner's fast paths (issue 19) against the plain definitions they stand for: the blank tests
// against trim() and \s, dropRanges' handed-on lines against a fresh split, the shingles made without
// the comparable text against those of the text, the SIMD MinHash signer against the scalar loop.
// Whole-pipeline output before and after a speed change is compared by bench/identity.mjs, over the
// bench corpus, dev, seeds and every fixture.

/** A random text over `alphabet` (strings of one or more units each). */
const textOf = (alphabet: string[], maxLength = 60) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((parts) => parts.join(''));

describe('the blank tests of lines.ts are trim() and \\s', () => {
  it('isSpace is \\s on every unit of the BMP', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
  it('isBlank, trimmedLength and firstNonBlank read as trim() does', () => {
    fc.assert(fc.property(textOf([' ', '\u3000', '\t', '\u00a0', '\ufeff', 'a', '一', '\u200b', '\n']), (s) => {
      expect(isBlank(s)).toBe(!s.trim());
      expect(trimmedLength(s)).toBe(s.trim().length);
      expect(firstNonBlank(s)).toBe(s.trim() ? s.trim().charCodeAt(0) : -1);
    }), { numRuns: 2000 });
  });
});

describe('dropRanges hands on the lines left when whole lines go', () => {
  const text = fc.array(fc.constantFrom('', 'a', '一、总体要求', ' ', 'bc d'), { minLength: 1, maxLength: 12 }).map((l) => l.join('\n'));
  it('as a fresh split finds them, for whole-line and other ranges', () => {
    fc.assert(fc.property(text, fc.array(fc.tuple(fc.nat(20), fc.nat(20), fc.nat(40), fc.nat(40), fc.boolean()), { maxLength: 4 }), (s, picks) => {
      const t = MappedText.identity(s);
      const lines = linesOfText(t);
      const ranges = picks.map(([a, b, x, y, whole]): [number, number] => {
        if (!whole) return [Math.min(x, y, s.length), Math.min(Math.max(x, y), s.length)];
        const first = Math.min(a, b) % lines.length, last = Math.max(a, b) % lines.length;
        return lineBlock(s, lines, Math.min(first, last), Math.max(first, last));
      });
      const dropped = dropRanges(t, ranges);
      expect(linesOfText(dropped)).toEqual(linesOf(dropped.text));
    }), { numRuns: 5000 });
  });
});

describe('comparableShingles: the shingles of the comparable text, without making it', () => {
  const alphabet = ['深', '化', '医', '改', ',', '。', ' ', '\n', '—', '-', '𠀀', '😀', '\ud840', '\udc00', 'a', '1', '、', '“'];
  it('on random texts, and texts cut at MAX_CHARS inside a pair', () => {
    fc.assert(fc.property(textOf(alphabet, 200), (s) => {
      expect(comparableShingles(s)).toEqual(shingles(comparable(s, MAX_CHARS)));
    }), { numRuns: 2000 });
    for (const pad of [MAX_CHARS - 2, MAX_CHARS - 1, MAX_CHARS, MAX_CHARS + 1]) {
      for (const tail of ['𠀀𠀀', ',𠀀', '😀深', '深化']) {
        const s = '深'.repeat(pad) + tail + '医改'.repeat(5);
        expect(comparableShingles(s)).toEqual(shingles(comparable(s, MAX_CHARS)));
        const spaced = ' 深'.repeat(pad) + tail;
        expect(comparableShingles(spaced)).toEqual(shingles(comparable(spaced, MAX_CHARS)));
      }
    }
  });
});

describe('MinHash signatures: the SIMD module signs as the scalar loop does', () => {
  it('on random hashes of every length a signature reads, and beyond the module\'s page', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer(), (n, seed) => {
      let s = seed | 1;
      const hashes = new Uint32Array(n);
      for (let i = 0; i < n; i++) { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; hashes[i] = s >>> 0; }
      expect(signature(hashes)).toEqual(scalarSignature(hashes));
    }), { numRuns: 300 });
    for (const n of [0, 1, 15872, 15873, 20000]) {
      const hashes = Uint32Array.from({ length: n }, (_, i) => Math.imul(i + 1, 0x9e3779b9) >>> 0);
      expect(signature(hashes)).toEqual(scalarSignature(hashes));
    }
    // The extremes of the unsigned order.
    for (const v of [0, 1, 0x7fffffff, 0x80000000, 0xffffffff]) expect(signature(Uint32Array.of(v, 0xffffffff - v))).toEqual(scalarSignature(Uint32Array.of(v, 0xffffffff - v)));
  });
});

describe('lineWords: one walk over a line finds what the chrome rules\' patterns find', () => {
  /** What the walk stands for, pattern by pattern. */
  const expected = (s: string) => ({
    phrase: SITE_PHRASE.test(s), footer: FOOTER.test(s), download: DOWNLOAD_WORD.test(s),
    colon: s.includes(':') || s.includes('：'), separator: SEPARATOR.test(s), siteWords: SITE_WORDS.filter((w) => s.includes(w)).length,
  });
  const found = (s: string) => {
    const w = lineWords(s);
    return { phrase: (w & PHRASE) !== 0, footer: (w & FOOTER_WORD) !== 0, download: (w & DOWNLOAD) !== 0, colon: (w & COLON) !== 0, separator: (w & SEPARATOR_SIGN) !== 0, siteWords: siteWordCount(w) };
  };
  // The words' characters and pieces, cut and in both cases, so that near misses are many.
  const words = [...SITE_PHRASE.source.split('|'), ...FOOTER.source.split('|'), ...SITE_WORDS, '附件', '温馨提示:', '温馨提示：', '>>', '»', '>', '›', '→'];
  const pieces = [...new Set(words.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase(), w.slice(0, 1), w.slice(0, 2), w.slice(1), ...w]))];
  it('on random lines made of the words\' pieces', () => {
    fc.assert(fc.property(textOf([...pieces, ' ', '一', 'ı', 'ſ', 'K', ':', '：'], 30), (s) => {
      expect(found(s)).toEqual(expected(s));
    }), { numRuns: 5000 });
  });
  it('on each word alone, inside a line and cut short', () => {
    for (const w of [...words, ...pieces]) for (const s of [w, `前${w}后`, w.slice(0, -1), w.toLowerCase(), w.toUpperCase()]) expect(found(s)).toEqual(expected(s));
  });
  it('read in a text that holds the line (lineWordsIn), as in the line alone: no word across its ends', () => {
    fc.assert(fc.property(textOf([...pieces, ' ', '\n', '一'], 30), fc.nat(), fc.nat(), (s, a, b) => {
      const start = s.length ? a % (s.length + 1) : 0, end = start + (s.length - start ? b % (s.length - start + 1) : 0);
      expect(lineWordsIn(s, start, end)).toBe(lineWords(s.slice(start, end)));
    }), { numRuns: 5000 });
  });
});

describe('the chrome rules\' openers: a rule with `opens` holds only for a line that opens with one of them', () => {
  const gated = chromeRules.filter((r) => r.opens !== undefined);
  const openers = [...new Set(gated.flatMap((r) => [...r.opens!]))];
  const pieces = [...openers, ' ', '\u3000', '一', '页', 'A', '+', '-', ':', '：', '2024', '12', '.', '/', '次', '大', '中', '小', '*', '首页', '返回顶部', '打印本页', '>>', 'x', '【', '】'];
  it('on random lines (trimmed, as the rules see them)', () => {
    fc.assert(fc.property(textOf(pieces, 8), (raw) => {
      const line = raw.trim();
      if (!line) return;
      for (const r of gated) {
        const ctx = { index: 0, count: 1, untrimmedLength: raw.length, words: -1, info: -1 };
        if (r.test(line, ctx)) expect(r.opens).toContain(line[0]);
      }
    }), { numRuns: 20000 });
  });
  it('on lines each rule holds for, opened by every character of the BMP', () => {
    const holds: Record<string, string[]> = {
      navigation: ['首页 | 返回', '| 打印本页', '【关闭】'], ellipsis: ['...', '……'], signs: ['×', '☰☰'], 'font-switch': ['A+大 A+中 A+小', '*A大A中'],
      separator: ['>>', '→'], 'numeric-date': ['2024-03-05'], counter: ['12'],
    };
    for (const r of gated) {
      const lines = holds[r.name]!;
      expect(lines, r.name).toBeDefined();
      for (const l of lines) {
        expect(r.test(l, { index: 0, count: 1, untrimmedLength: l.length, words: -1, info: -1 }), `${r.name}: ${l}`).toBe(true);
        // The line with its first character replaced by any other: held only when that is an opener.
        for (let c = 0; c < 0x10000; c++) {
          const t = (String.fromCharCode(c) + l.slice(1)).trim();
          if (t && r.test(t, { index: 0, count: 1, untrimmedLength: t.length, words: -1, info: -1 })) expect(r.opens).toContain(t[0]);
        }
      }
    }
  });
});
