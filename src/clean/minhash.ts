/**
 * Bottom-k MinHash: a document's signature is the k smallest hashes of its character shingles.
 * The k smallest hashes of the union of two sets are a random sample of the union, and the share
 * of them found in both sets estimates the Jaccard similarity (error about 1/√k). One hash per
 * shingle, so a signature costs O(n log n) instead of O(n·k) for k hash functions.
 */
export const PERMUTATIONS = 128;
/** Characters per shingle: Chinese has no spaces, so documents are compared as sets of character 5-grams. */
export const SHINGLE = 5;

/** What a near-duplicate comparison sees: no whitespace, no punctuation, one dash form. */
export function comparable(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The hashed character shingles of a text (FNV-1a, then a murmur finaliser to spread the bits), with repeats. */
export function shingles(text: string): Uint32Array {
  const n = Math.max(0, text.length - SHINGLE + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 2166136261;
    for (let k = 0; k < SHINGLE; k++) { h ^= text.charCodeAt(i + k); h = Math.imul(h, 16777619); }
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
    out[i] = h >>> 0;
  }
  return out;
}

/** The signature of a text's shingles: its {@link PERMUTATIONS} smallest distinct hashes, ascending. */
export function signature(hashes: Uint32Array): Uint32Array {
  const all = hashes.slice().sort();
  const out = new Uint32Array(Math.min(PERMUTATIONS, all.length));
  let n = 0;
  for (let i = 0; i < all.length && n < out.length; i++) if (i === 0 || all[i] !== all[i - 1]) out[n++] = all[i]!;
  return out.slice(0, n);
}

/**
 * Estimated Jaccard similarity of two signatures: of the k smallest hashes of their union, the
 * share present in both. @example similarity(sig, sig) // 1
 */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || !b.length) return 0;
  let i = 0, j = 0, taken = 0, both = 0;
  while (taken < PERMUTATIONS && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity, y = j < b.length ? b[j]! : Infinity;
    if (x === y) { both++; i++; j++; } else if (x < y) i++; else j++;
    taken++;
  }
  return taken ? both / taken : 0;
}
