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
  for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  return shinglesOfUnits(n);
}

/**
 * `shingles(comparable(text, MAX_CHARS))`, without making the comparable string: its units are
 * written straight into the buffer the shingles are read from.
 */
export function comparableShingles(text: string): Uint32Array {
  let n = 0;
  for (let i = 0; i < text.length && n < MAX_CHARS; i++) {
    const c = text.charCodeAt(i);
    const width = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    if (!(width === 2 ? IGNORED.test(text.slice(i, i + 2)) : isIgnored(c))) {
      units[n++] = c;
      // The comparable text is cut at MAX_CHARS units, inside a pair if one stands there.
      if (width === 2 && n < MAX_CHARS) units[n++] = text.charCodeAt(i + 1);
    }
    i += width - 1;
  }
  return shinglesOfUnits(n);
}

/** The units a signature reads, written by {@link shingles} and {@link comparableShingles}. */
const units = new Uint16Array(MAX_CHARS);

/** The hashed shingles of `units[0, n)`. */
function shinglesOfUnits(n: number): Uint32Array {
  const hashes = new Uint32Array(Math.max(0, n - SHINGLE + 1));
  for (let i = 0; i + SHINGLE <= n; i++) {
    let h = 2166136261;
    for (let k = 0; k < SHINGLE; k++) { h ^= units[i + k]!; h = Math.imul(h, 16777619); }
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
 * Computed by {@link SIGN_WASM} where WebAssembly SIMD runs (Node 16.4 and later), else by
 * {@link scalarSignature}: the same arithmetic, the same signature bit for bit.
 * @example similarity(signature(shingles('深化医药卫生体制改革')), signature(shingles('深化医药卫生体制改革'))) // 1
 */
export function signature(hashes: Uint32Array): Uint32Array {
  const simd = simdSigner();
  if (!simd || hashes.length > SIMD_HASHES) return scalarSignature(hashes);
  new Uint32Array(simd.memory.buffer, 2048, hashes.length).set(hashes);
  simd.sign(hashes.length);
  return new Uint32Array(simd.memory.buffer, 1024, PERMUTATIONS).slice();
}

/**
 * {@link scalarSignature}'s loop in WebAssembly SIMD: four hash functions a vector, sixteen a
 * pass over the shingles, each the same xor, 32-bit multiply and (unsigned) minimum — about 8×
 * faster, and signing is most of the time the near-duplicate check takes. Its memory (one page)
 * holds the seeds at 0, the multipliers at 512, the signature at 1024 and the shingle hashes
 * from 2048. Assembled (wabt's wat2wasm) from:
 *
 * (module
 *   (memory (export "memory") 1)
 *   (func (export "sign") (param $n i32)
 *     (local $g i32) (local $j i32) (local $end i32)
 *     (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
 *     (local $o0 v128) (local $o1 v128) (local $o2 v128) (local $o3 v128)
 *     (local $m0 v128) (local $m1 v128) (local $m2 v128) (local $m3 v128)
 *     (local $x v128)
 *     (local.set $end (i32.add (i32.const 2048) (i32.shl (local.get $n) (i32.const 2))))
 *     (loop $groups
 *       (local.set $s0 (v128.load offset=0 (local.get $g)))
 *       (local.set $s1 (v128.load offset=16 (local.get $g)))
 *       (local.set $s2 (v128.load offset=32 (local.get $g)))
 *       (local.set $s3 (v128.load offset=48 (local.get $g)))
 *       (local.set $o0 (v128.load offset=512 (local.get $g)))
 *       (local.set $o1 (v128.load offset=528 (local.get $g)))
 *       (local.set $o2 (v128.load offset=544 (local.get $g)))
 *       (local.set $o3 (v128.load offset=560 (local.get $g)))
 *       (local.set $m0 (v128.const i32x4 -1 -1 -1 -1))
 *       (local.set $m1 (local.get $m0))
 *       (local.set $m2 (local.get $m0))
 *       (local.set $m3 (local.get $m0))
 *       (local.set $j (i32.const 2048))
 *       (block $done
 *         (br_if $done (i32.ge_u (local.get $j) (local.get $end)))
 *         (loop $shingles
 *           (local.set $x (v128.load32_splat (local.get $j)))
 *           (local.set $m0 (i32x4.min_u (local.get $m0) (i32x4.mul (v128.xor (local.get $x) (local.get $s0)) (local.get $o0))))
 *           (local.set $m1 (i32x4.min_u (local.get $m1) (i32x4.mul (v128.xor (local.get $x) (local.get $s1)) (local.get $o1))))
 *           (local.set $m2 (i32x4.min_u (local.get $m2) (i32x4.mul (v128.xor (local.get $x) (local.get $s2)) (local.get $o2))))
 *           (local.set $m3 (i32x4.min_u (local.get $m3) (i32x4.mul (v128.xor (local.get $x) (local.get $s3)) (local.get $o3))))
 *           (local.set $j (i32.add (local.get $j) (i32.const 4)))
 *           (br_if $shingles (i32.lt_u (local.get $j) (local.get $end)))))
 *       (v128.store offset=1024 (local.get $g) (local.get $m0))
 *       (v128.store offset=1040 (local.get $g) (local.get $m1))
 *       (v128.store offset=1056 (local.get $g) (local.get $m2))
 *       (v128.store offset=1072 (local.get $g) (local.get $m3))
 *       (local.set $g (i32.add (local.get $g) (i32.const 64)))
 *       (br_if $groups (i32.lt_u (local.get $g) (i32.const 512))))))
 */
const SIGN_WASM = 'AGFzbQEAAAABBQFgAX8AAwIBAAUDAQABBxECBm1lbW9yeQIABHNpZ24AAAqfAgGcAgIDfw17QYAQIABBAnRqIQMDQCAB/QAEACEEIAH9AAQQIQUgAf0ABCAhBiAB/QAEMCEHIAH9AASABCEIIAH9AASQBCEJIAH9AASgBCEKIAH9AASwBCEL/Qz/////////////////////IQwgDCENIAwhDiAMIQ9BgBAhAgJAIAIgA08NAANAIAL9CQIAIRAgDCAQIAT9USAI/bUB/bcBIQwgDSAQIAX9USAJ/bUB/bcBIQ0gDiAQIAb9USAK/bUB/bcBIQ4gDyAQIAf9USAL/bUB/bcBIQ8gAkEEaiECIAIgA0kNAAsLIAEgDP0LBIAIIAEgDf0LBJAIIAEgDv0LBKAIIAEgD/0LBLAIIAFBwABqIQEgAUGABEkNAAsL';
/** Shingle hashes the module's page holds after its first 2048 bytes (a signature reads at most MAX_CHARS). */
const SIMD_HASHES = (65536 - 2048) / 4;

interface SimdSigner { memory: { buffer: ArrayBuffer }; sign(n: number): void }
/** What is used of the WebAssembly API, which the project's TypeScript libraries do not declare. */
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
};
/** The module, made on first use; null where WebAssembly SIMD is not there. */
let simd: SimdSigner | null | undefined;

function simdSigner(): SimdSigner | null {
  if (simd !== undefined) return simd;
  simd = null;
  try {
    const bytes = Buffer.from(SIGN_WASM, 'base64');
    if (!WebAssembly.validate(bytes)) return simd;
    const exports = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as unknown as SimdSigner;
    new Int32Array(exports.memory.buffer, 0, PERMUTATIONS).set(SEEDS);
    new Int32Array(exports.memory.buffer, 512, PERMUTATIONS).set(ODDS);
    simd = exports;
  } catch {
    // No WebAssembly here: the scalar loop signs.
  }
  return simd;
}

/** {@link signature} in plain JavaScript. */
export function scalarSignature(hashes: Uint32Array): Uint32Array {
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
