import iconv from 'iconv-lite';
import { InputError, type ParseFile } from '../file.js';

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
 * @example decode(Buffer.from([0xc4,0xe3]), file).text // '你' (GB18030), encoding 'gb18030', guessed true
 */
export function decode(bytes: Uint8Array, file: ParseFile, override?: string): Decoded {
  if (override) return decodeWith(bytes, normalizeName(override, file.path), false, file);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes.subarray(3), 'utf-8', false, file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le', false, file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be', false, file);

  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = META_CHARSET.exec(head)?.groups?.name ?? XML_ENCODING.exec(head)?.groups?.name;
  if (declared) {
    const name = canonical(declared);
    // Pages often declare gb2312 but are really GBK/GB18030 (a superset): decode with the superset.
    if (name && iconv.encodingExists(name) && !(name === 'utf-8' && !isUtf8(bytes))) return decodeWith(bytes, name, false, file);
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16, true, file);
  if (looksBinary(bytes)) throw new InputError(file.path, 'binary file (NUL bytes, no text): not a text, HTML or Markdown document');

  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', guessed: false, replaced: 0 };

  // Invalid as UTF-8: a UTF-8 file with a few damaged bytes, or a legacy Chinese encoding.
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid >= 8 * invalid) {
    const decoded = decodeWith(bytes, 'utf-8', false, file);
    return decoded;
  }
  const decoded = decodeWith(bytes, 'gb18030', true, file);
  file.info('encoding-guessed', 'not valid UTF-8 and no BOM or charset declaration: decoded as GB18030');
  return decoded;
}

function decodeWith(bytes: Uint8Array, encoding: string, guessed: boolean, file: ParseFile): Decoded {
  let text: string;
  if (encoding === 'utf-8') text = new TextDecoder('utf-8').decode(bytes);
  else text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  if (replaced > 0) {
    file.warn('invalid-bytes', `${replaced} byte sequence(s) could not be decoded as ${encoding} and became U+FFFD`);
  }
  if (guessed && encoding !== 'gb18030') file.info('encoding-guessed', `no BOM: detected ${encoding} from its byte pattern`);
  return { text, encoding, guessed, replaced };
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
  if (n === 'utf-16' || n === 'utf16') return 'utf-16le';
  if (n === 'utf16le') return 'utf-16le';
  if (n === 'utf16be') return 'utf-16be';
  return iconv.encodingExists(n) ? n : null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Counts well-formed multi-byte UTF-8 sequences against malformed bytes. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0, invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) { valid++; i += len; } else { invalid++; i++; }
  }
  return { valid, invalid };
}

/** UTF-16 without a BOM: NUL bytes on every other position. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes in bytes that are not text, or mostly control characters: not a text document. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0, nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (n === 0) return false;
  // A stray NUL in a scraped text is damage; NULs in bytes that are no text at all mean binary.
  if (nul > 0 && (nul / n > 0.01 || !isUtf8(bytes))) return true;
  return control / n > 0.1;
}
