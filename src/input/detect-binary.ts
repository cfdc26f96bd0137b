import { zipNames } from './zip.js';

/** The document formats read from binary packages rather than decoded as text. */
export type BinaryFormat = 'pdf' | 'docx' | 'doc' | 'ofd';

/** What the first bytes say a file is: a binary document format, another archive, or text (null). */
export type Sniffed = BinaryFormat | 'zip' | 'ole' | null;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/**
 * The format by content: `%PDF-` (within the first KiB, where readers accept it), a zip holding
 * `word/document.xml` (DOCX) or `OFD.xml` (OFD), the OLE compound-file header D0 CF 11 E0 (Word
 * 97–2003). Another zip is `'zip'`, another OLE file `'ole'` only when its name says it is no .doc.
 * @example sniffBinary(Buffer.from('%PDF-1.7\n…')) // 'pdf'
 */
export function sniffBinary(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, PDF) || pdfWithin(bytes)) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    const names = zipNames(bytes);
    if (names?.includes('word/document.xml')) return 'docx';
    if (names?.some((n) => n === 'OFD.xml' || n.toLowerCase() === 'ofd.xml')) return 'ofd';
    return 'zip';
  }
  if (startsWith(bytes, OLE)) return 'doc';
  return null;
}

/** Some PDF writers put a few bytes of junk before the header; readers look in the first KiB. */
function pdfWithin(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  for (let i = 1; i + PDF.length <= n; i++) if (bytes[i] === 0x25 && startsWith(bytes, PDF, i)) return !isText(bytes.subarray(0, i));
  return false;
}

/** A text file that merely mentions "%PDF-" has printable text before it; junk before a real header rarely is. */
function isText(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b < 0x09 || (b > 0x0d && b < 0x20)) return false;
  return bytes.length > 16;
}
