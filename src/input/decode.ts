import { isUtf8 as validUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { InputError, type ParseFile } from '../file.js';
import { decodeBySegments } from './mixed-encoding.js';

export interface Decoded {
  text: string;
  /** Canonical name: "utf-8", "gb18030", "utf-16le", "utf-16be", or what --encoding named. */
  encoding: string;
  guessed: boolean;
  /** How many bytes could not be decoded and became U+FFFD. */
  replaced: number;
}

const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?(?<name>[\w.:-]{2,40})/i;
const XML_ENCODING = /<\?xml[^>]{0,100}?encoding\s*=\s*["'](?<name>[\w.:-]{2,40})["']/i;

/**
 * Bytes → text. Order: an explicit override; a BOM; an HTML `<meta charset>` or XML `encoding=`;
 * strict UTF-8; UTF-16 without BOM; otherwise GB18030 (GBK and GB2312 are subsets). A file of
 * NUL-laden bytes that is no text at all is an {@link InputError}.
 * @example decode(Buffer.from([0xc4, 0xe3]), file).text // '你' (GB18030), encoding 'gb18030', guessed true
 */
export function decode(bytes: Uint8Array, file: ParseFile, override?: string): Decoded {
  if (override) {
    let name = normalizeName(override, file.path);
    // "utf-16" names the family: the BOM, if any, says which byte order (little-endian without one).
    if (name === 'utf-16') name = bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-16le';
    return decodeWith(bytes, name, false, file);
  }

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes.subarray(3), 'utf-8', false, file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le', false, file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be', false, file);

  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = META_CHARSET.exec(head)?.groups?.name ?? XML_ENCODING.exec(head)?.groups?.name;
  const name = declared ? canonical(declared) : null;
  // A declaration read as ASCII cannot be true of UTF-16/32 bytes (as in the HTML standard: ignore it).
  if (name && !/^utf-?(?:16|32)/.test(name)) {
    if (name !== 'utf-8' && isUtf8(bytes) && hasNonAscii(bytes)) {
      // Scrapers save pages as UTF-8 but keep the original `charset=gb2312`: valid multi-byte UTF-8
      // is practically never GBK text, so the bytes win over the declaration.
      file.info('encoding-guessed', `declared ${declared} but the bytes are valid UTF-8: decoded as UTF-8`);
      return decodeWith(bytes, 'utf-8', true, file);
    }
    // Pages often declare gb2312 but are really GBK/GB18030 (a superset): canonical() names the superset.
    if (name !== 'utf-8' || isUtf8(bytes)) return decodeWith(bytes, name, false, file);
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16, true, file);
  if (looksBinary(bytes)) throw new InputError(file.path, 'binary file, not text: expected a text, HTML or Markdown document');

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', guessed: false, replaced: 0 };

  // Invalid as UTF-8: concatenated UTF-8 and GB18030 parts, a UTF-8 file with a few damaged bytes, or a legacy Chinese encoding.
  const mixed = decodeBySegments(bytes, file);
  if (mixed) return { ...mixed, guessed: true, replaced: 0 };
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid >= 8 * invalid) return decodeWith(bytes, 'utf-8', false, file);
  const decoded = decodeWith(bytes, 'gb18030', true, file);
  file.info('encoding-guessed', 'not valid UTF-8 and no BOM or charset declaration: decoded as GB18030');
  return decoded;
}

function decodeWith(bytes: Uint8Array, encoding: string, guessed: boolean, file: ParseFile): Decoded {
  let text: string;
  if (encoding === 'utf-8') text = new TextDecoder('utf-8').decode(bytes);
  else text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  // A U+FFFD the input itself encodes (scraped text often carries them) is text, not a decoding failure.
  // Most texts hold none, and then the bytes need no search.
  const found = count(text, '\uFFFD');
  const replaced = found === 0 ? 0 : Math.max(0, found - encodedReplacementChars(bytes, encoding));
  if (replaced > 0) {
    file.warn('invalid-bytes', `${replaced} byte sequence(s) could not be decoded as ${encoding} and became U+FFFD`);
  }
  if (guessed && encoding.startsWith('utf-16')) file.info('encoding-guessed', `no BOM: detected ${encoding} from its byte pattern`);
  return { text, encoding, guessed, replaced };
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** How many times the bytes spell U+FFFD itself in `encoding`. */
function encodedReplacementChars(bytes: Uint8Array, encoding: string): number {
  let needle: Buffer;
  try {
    needle = encoding === 'utf-8' ? Buffer.from('\uFFFD') : iconv.encode('\uFFFD', encoding, { addBOM: false });
  } catch {
    return 0;
  }
  // An encoding without U+FFFD writes a substitute ("?"), which is no evidence of anything.
  if (iconv.decode(needle, encoding) !== '\uFFFD') return 0;
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function normalizeName(name: string, path: string): string {
  const c = canonical(name);
  if (!c || !iconv.encodingExists(c)) throw new InputError(path, `unknown encoding "${name}" (try utf-8, gb18030, gbk, big5, utf-16le)`);
  return c;
}

function canonical(name: string): string | null {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if (n === 'utf8' || n === 'utf-8') return 'utf-8';
  if (n === 'gb2312' || n === 'gbk' || n === 'gb18030' || n === 'x-gbk' || n === 'cp936' || n === 'euc-cn') return 'gb18030';
  if (n === 'utf-16' || n === 'utf16') return 'utf-16';
  if (n === 'utf16le') return 'utf-16le';
  if (n === 'utf16be') return 'utf-16be';
  return iconv.encodingExists(n) ? n : null;
}

/** The text if the bytes are valid UTF-8, else null: one decoding pass, not a check and a decode. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Whether the bytes are valid UTF-8 (what a fatal TextDecoder accepts), validated without decoding them. */
export function isUtf8(bytes: Uint8Array): boolean {
  return validUtf8(bytes);
}

/** Counts well-formed multi-byte UTF-8 sequences against malformed bytes (a truncated last one is neither). */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  // Counted into the object made before the loop (see byteCounts).
  const counts = { valid: 0, invalid: 0 };
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0;
    let k = 1;
    for (; ok && k < len && i + k < bytes.length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    // A sequence cut off by the end of the file is truncation (a download limit), not another encoding.
    if (ok && k < len) break;
    if (ok) { counts.valid++; i += len; } else { counts.invalid++; i++; }
  }
  return counts;
}

/**
 * UTF-16 without a BOM. Chinese text has NUL bytes only in its ASCII characters (newlines, digits,
 * punctuation), so the test is their position (odd for LE, even for BE) and then whether the
 * candidate decodes to text-like characters at all: binary data read as UTF-16 does not.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let le = 0, be = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + 1] === 0 && isAsciiText(bytes[i]!)) le++;
    if (bytes[i] === 0 && isAsciiText(bytes[i + 1]!)) be++;
  }
  const sample = bytes.subarray(0, n);
  const leRatio = le >= 2 ? textRatio(sample, true) : 0;
  const beRatio = be >= 2 ? textRatio(sample, false) : 0;
  if (Math.max(leRatio, beRatio) < 0.9) return null;
  return leRatio >= beRatio ? 'utf-16le' : 'utf-16be';
}

function isAsciiText(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** The share of UTF-16 code units that are ASCII text, Latin, punctuation and symbols, CJK or full-width forms. */
function textRatio(bytes: Uint8Array, littleEndian: boolean): number {
  let text = 0;
  const units = bytes.length / 2;
  for (let i = 0; i < bytes.length; i += 2) {
    const u = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if ((u < 0x80 && isAsciiText(u)) || (u >= 0xa0 && u < 0x250) || (u >= 0x2000 && u < 0x2c00)
      || (u >= 0x3000 && u < 0xa000) || (u >= 0xf900 && u < 0xfb00) || (u >= 0xfe30 && u < 0xfff0)) text++;
  }
  return text / units;
}

/** NUL bytes in bytes that are not text, or mostly control characters: not a text document. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  const { nul, control } = byteCounts(bytes, n);
  if (nul / n > 0.01 || control / n > 0.1) return true;
  // A stray NUL in a scraped text is damage; NULs in bytes that are no text in any encoding mean binary.
  return nul > 0 && !isUtf8(bytes) && !mostlyGb18030(bytes.subarray(0, n));
}

/**
 * The NUL and other control bytes among the first `n`. The loop alone, its counts in an object made
 * before it: V8 compiles a loop this long while its first call runs (on-stack replacement), before
 * any code after it has run, and that code, compiled on no feedback, threw the compiled loop away
 * at the end of every call after (bench/jit.mjs: 307 deoptimizations on 400 documents).
 */
function byteCounts(bytes: Uint8Array, n: number): { nul: number; control: number } {
  const counts = { nul: 0, control: 0 };
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) counts.nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) counts.control++;
  }
  return counts;
}

/** Decodes as GB18030 with at most 1% of the characters lost. */
function mostlyGb18030(bytes: Uint8Array): boolean {
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  return count(text, '\uFFFD') <= text.length * 0.01;
}
