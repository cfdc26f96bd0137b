/** Number of hash functions of a signature; the similarity estimate's error is about 1/√128 ≈ 0.09 at worst, far less near 0 and 1. */
export const PERMUTATIONS = 128;
/** Characters per shingle: Chinese has no spaces, so documents are compared as sets of character 5-grams. */
export const SHINGLE = 5;

/**
 * Seeds and odd multipliers of the hash functions: xorshift from a fixed start, so signatures are
 * reproducible. Kept as signed 32-bit integers, the form the signature loop computes in.
 */
const SEEDS = new Int32Array(PERMUTATIONS);
const ODDS = new Int32Array(PERMUTATIONS);
{
  let s = 0x2545f491;
  for (let i = 0; i < PERMUTATIONS; i++) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    SEEDS[i] = s;
    ODDS[i] = Math.imul(s, 0x9e3779b9) | 1;
  }
}
/** Characters read per article: a near-duplicate is alike throughout, so its first part decides. */
export const MAX_CHARS = 4000;

/** What a near-duplicate comparison leaves out: whitespace, punctuation, symbols. */
const IGNORED = /[\s\p{P}\p{S}]/u;
/**
 * {@link IGNORED}'s verdict per UTF-16 unit, learnt as characters are met (0 not yet asked, 1 kept,
 * 2 left out): testing the Unicode classes costs far more than a look-up, and a text uses a few
 * thousand characters at most.
 */
const verdicts = new Uint8Array(0x10000);

/**
 * What a near-duplicate comparison sees: no whitespace, no punctuation, one dash form. With `max`,
 * its first `max` units only (what a signature reads), without going through the rest.
 */
export function comparable(text: string, max = Infinity): string {
  // Kept runs are joined once: `+=` piece by piece would hold a tree of small strings, several
  // times the text's size, until it is read.
  const parts: string[] = [];
  let kept = 0, n = 0;
  for (let i = 0; i < text.length && n < max; i++) {
    const c = text.charCodeAt(i);
    // A character beyond the BMP ("😀" is a symbol) is asked each time: they are rare.
    const width = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    if (width === 2 ? IGNORED.test(text.slice(i, i + 2)) : isIgnored(c)) {
      if (i > kept) { parts.push(text.slice(kept, i)); n += i - kept; }
      kept = i + width;
    }
    i += width - 1;
  }
  if (kept === 0 && max >= text.length) return text;
  if (n < max && kept < text.length) parts.push(text.slice(kept));
  const out = parts.join('');
  return out.length > max ? out.slice(0, max) : out;
}

/** `comparable(text).length`, without making the string. */
export function comparableLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const width = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    if (!(width === 2 ? IGNORED.test(text.slice(i, i + 2)) : isIgnored(c))) n += width;
    i += width - 1;
  }
  return n;
}

function isIgnored(c: number): boolean {
  if (!verdicts[c]) verdicts[c] = IGNORED.test(String.fromCharCode(c)) ? 2 : 1;
  return verdicts[c] === 2;
}

function isLowSurrogate(c: number): boolean { return c >= 0xdc00 && c <= 0xdfff; }

/** The hashed character shingles of a text, in text order (a shingle that recurs is there again). */
export function shingles(text: string): Uint32Array {
  const n = Math.min(text.length, MAX_CHARS);
  const hashes = new Uint32Array(Math.max(0, n - SHINGLE + 1));
  for (let i = 0; i + SHINGLE <= n; i++) {
    let h = 2166136261;
    for (let k = 0; k < SHINGLE; k++) { h ^= text.charCodeAt(i + k); h = Math.imul(h, 16777619); }
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13;
    hashes[i] = h;
  }
  return hashes;
}

/** Flips the sign bit: signed order of the flipped values is the unsigned order of the hashes. */
const FLIP = 0x80000000;

/**
 * The MinHash signature of a text's shingles: for each of {@link PERMUTATIONS} hash functions,
 * the smallest hash. Two signatures agree in a position with probability equal to the shingle
 * sets' Jaccard similarity. The i-th hash function permutes the 32-bit hashes: xor with a seed,
 * multiply by an odd number.
 * @example similarity(signature(shingles('深化医药卫生体制改革')), signature(shingles('深化医药卫生体制改革'))) // 1
 */
export function signature(hashes: Uint32Array): Uint32Array {
  // Eight hash functions per pass over the shingles, their minima held in locals (compared with
  // the sign bit flipped, so the loop stays in 32-bit integers): each shingle is read once per eight.
  const xs = new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length);
  const sig = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i += 8) {
    const s0 = SEEDS[i]!, s1 = SEEDS[i + 1]!, s2 = SEEDS[i + 2]!, s3 = SEEDS[i + 3]!;
    const s4 = SEEDS[i + 4]!, s5 = SEEDS[i + 5]!, s6 = SEEDS[i + 6]!, s7 = SEEDS[i + 7]!;
    const o0 = ODDS[i]!, o1 = ODDS[i + 1]!, o2 = ODDS[i + 2]!, o3 = ODDS[i + 3]!;
    const o4 = ODDS[i + 4]!, o5 = ODDS[i + 5]!, o6 = ODDS[i + 6]!, o7 = ODDS[i + 7]!;
    let m0 = 0x7fffffff, m1 = m0, m2 = m0, m3 = m0, m4 = m0, m5 = m0, m6 = m0, m7 = m0;
    for (let j = 0; j < xs.length; j++) {
      const x = xs[j]!;
      m0 = Math.min(m0, Math.imul(x ^ s0, o0) ^ FLIP); m1 = Math.min(m1, Math.imul(x ^ s1, o1) ^ FLIP);
      m2 = Math.min(m2, Math.imul(x ^ s2, o2) ^ FLIP); m3 = Math.min(m3, Math.imul(x ^ s3, o3) ^ FLIP);
      m4 = Math.min(m4, Math.imul(x ^ s4, o4) ^ FLIP); m5 = Math.min(m5, Math.imul(x ^ s5, o5) ^ FLIP);
      m6 = Math.min(m6, Math.imul(x ^ s6, o6) ^ FLIP); m7 = Math.min(m7, Math.imul(x ^ s7, o7) ^ FLIP);
    }
    sig[i] = m0 ^ FLIP; sig[i + 1] = m1 ^ FLIP; sig[i + 2] = m2 ^ FLIP; sig[i + 3] = m3 ^ FLIP;
    sig[i + 4] = m4 ^ FLIP; sig[i + 5] = m5 ^ FLIP; sig[i + 6] = m6 ^ FLIP; sig[i + 7] = m7 ^ FLIP;
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. @example similarity(sig, sig) // 1 */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}
