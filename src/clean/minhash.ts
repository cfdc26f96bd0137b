/** Number of hash functions of a signature; the similarity estimate's error is about 1/√128 ≈ 0.09 at worst, far less near 0 and 1. */
export const PERMUTATIONS = 128;
/** Characters per shingle: Chinese has no spaces, so documents are compared as sets of character 5-grams. */
export const SHINGLE = 5;

/** Seeds of the hash functions: xorshift from a fixed start, so signatures are reproducible. */
const SEEDS = new Uint32Array(PERMUTATIONS);
{
  let s = 0x2545f491;
  for (let i = 0; i < PERMUTATIONS; i++) { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; SEEDS[i] = s; }
}
/** Characters read per article: a near-duplicate is alike throughout, so its first part decides. */
const MAX_CHARS = 4000;

/** What a near-duplicate comparison sees: no whitespace, no punctuation, one dash form. */
export function comparable(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The set of hashed character shingles of a text. */
export function shingles(text: string): Set<number> {
  const set = new Set<number>();
  const n = Math.min(text.length, MAX_CHARS);
  for (let i = 0; i + SHINGLE <= n; i++) {
    let h = 2166136261;
    for (let k = 0; k < SHINGLE; k++) { h ^= text.charCodeAt(i + k); h = Math.imul(h, 16777619); }
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13;
    set.add(h >>> 0);
  }
  return set;
}

/**
 * The MinHash signature of a shingle set: for each of {@link PERMUTATIONS} hash functions, the
 * smallest hash. Two signatures agree in a position with probability equal to the sets' Jaccard
 * similarity.
 */
export function signature(set: Set<number>): Uint32Array {
  const xs = Uint32Array.from(set);
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (let i = 0; i < PERMUTATIONS; i++) {
    const seed = SEEDS[i]!;
    let min = 0xffffffff;
    const odd = (Math.imul(seed, 0x9e3779b9) | 1) >>> 0;
    // The i-th hash function permutes the 32-bit hashes: xor with a seed, multiply by an odd number.
    for (let j = 0; j < xs.length; j++) {
      const v = Math.imul(xs[j]! ^ seed, odd) >>> 0;
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. @example similarity(sig, sig) // 1 */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}
