/** Number of hash functions of a signature; the similarity estimate's error is about 1/√128 ≈ 0.09 at worst, far less near 0 and 1. */
export const PERMUTATIONS = 128;
/** Characters per shingle: Chinese has no spaces, so documents are compared as sets of character 5-grams. */
export const SHINGLE = 5;

const MERSENNE = 2147483647; // 2^31 − 1
const A = new Uint32Array(PERMUTATIONS);
const B = new Uint32Array(PERMUTATIONS);
{
  let s = 0x2545f491;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s; };
  for (let i = 0; i < PERMUTATIONS; i++) { A[i] = (next() % (MERSENNE - 1)) + 1; B[i] = next() % MERSENNE; }
}

/** What a near-duplicate comparison sees: no whitespace, no punctuation, one dash form. */
export function comparable(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The set of hashed character shingles of a text. */
export function shingles(text: string): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= text.length; i++) {
    let h = 2166136261;
    for (let k = 0; k < SHINGLE; k++) { h ^= text.charCodeAt(i + k); h = Math.imul(h, 16777619); }
    set.add((h >>> 0) % MERSENNE);
  }
  return set;
}

/**
 * The MinHash signature of a shingle set: for each of {@link PERMUTATIONS} hash functions, the
 * smallest hash. Two signatures agree in a position with probability equal to the sets' Jaccard
 * similarity.
 */
export function signature(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      // (a·x + b) mod p without overflow: split a into 16-bit halves.
      const a = A[i]!;
      const hi = mod((a >>> 16) * x);
      let v = mod(hi * 65536) + mod((a & 0xffff) * x) + B[i]!;
      while (v >= MERSENNE) v -= MERSENNE;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/**
 * y mod (2^31 − 1) for an integer 0 ≤ y < 2^53, exactly as `y % MERSENNE` but without the
 * floating-point remainder (several times slower): 2^31 ≡ 1, so y ≡ ⌊y / 2^31⌋ + (y mod 2^31).
 */
function mod(y: number): number {
  const q = Math.floor(y / 2147483648);
  let t = q + (y - q * 2147483648);
  while (t >= MERSENNE) t -= MERSENNE;
  return t;
}

/** Estimated Jaccard similarity of two signatures. @example similarity(sig, sig) // 1 */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}
