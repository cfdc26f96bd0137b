import { describe, expect, it } from 'vitest';
import { PERMUTATIONS, comparable, shingles, signature, similarity } from '../../src/clean/minhash.js';

/** A fixed pseudo-random sequence, so the cases are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

/** Texts with every kind of character: Chinese, ASCII, punctuation of both widths, symbols, lone and paired surrogates. */
function mixedTexts(count: number): string[] {
  const rnd = lcg(7);
  const texts = ['', 'a', ' ', ',。', 'a😀b', '😀', '\ud800', '\udc00x', 'x\ud800', '\ud800\ud800\udc00', '①②③ⅠⅡ', '—–-~～', '\u3000\u00a0\t\n',
    '深化医药卫生体制改革,推进“健康中国”建设!符号?+=<>$¥€©®™°±×÷'];
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let i = Math.floor(rnd() * 40); i > 0; i--) {
      const p = rnd();
      s += p < 0.4 ? String.fromCharCode(Math.floor(rnd() * 0x10000))
        : p < 0.6 ? String.fromCharCode(0x4e00 + Math.floor(rnd() * 0x5200))
          : p < 0.8 ? String.fromCharCode(Math.floor(rnd() * 128))
            : p < 0.9 ? String.fromCodePoint(0x10000 + Math.floor(rnd() * 0xfffff)) : ',。 、“”'[Math.floor(rnd() * 6)]!;
    }
    texts.push(s);
  }
  return texts;
}

/** The signature as defined: each hash function applied to every shingle in turn (the loop the fast one must equal). */
function referenceSignature(hashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS);
  let s = 0x2545f491;
  for (let i = 0; i < PERMUTATIONS; i++) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    const odd = (Math.imul(s, 0x9e3779b9) | 1) >>> 0;
    let min = 0xffffffff;
    for (const x of hashes) min = Math.min(min, Math.imul(x ^ s, odd) >>> 0);
    sig[i] = min;
  }
  return sig;
}

describe('minhash', () => {
  it('comparable() drops exactly whitespace, punctuation and symbols, as /[\\s\\p{P}\\p{S}]+/gu does', () => {
    for (const text of mixedTexts(5000)) expect(comparable(text)).toBe(text.replace(/[\s\p{P}\p{S}]+/gu, ''));
  });

  it('signature() equals the per-function definition, bit for bit', () => {
    const rnd = lcg(11);
    for (const n of [0, 1, 7, 8, 9, 100, 3999]) {
      const hashes = Uint32Array.from({ length: n }, () => Math.floor(rnd() * 2 ** 32));
      expect(Array.from(signature(hashes))).toEqual(Array.from(referenceSignature(hashes)));
    }
    const text = comparable(mixedTexts(60).join(''));
    expect(Array.from(signature(shingles(text)))).toEqual(Array.from(referenceSignature(shingles(text))));
  });

  it('a shingle that recurs changes nothing: signatures of the same set agree', () => {
    // Both hold the 5-grams 改革改革改 and 革改革改革, the first one three times.
    const a = shingles('改革改革改革改革改'), b = shingles('改革改革改革');
    expect(a.length).toBeGreaterThan(b.length);
    expect(similarity(signature(a), signature(b))).toBe(1);
  });
});
