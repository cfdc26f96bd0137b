import { extname } from 'node:path';
import { InputError, type ParseFile } from '../file.js';
import { sniffBinary, type BinaryFormat } from './detect-binary.js';
import type { ExtractedText } from './extracted.js';
import type { InputFormat, SourceText } from './source.js';
import { isBinaryFormat } from './source.js';

const BY_EXTENSION: Record<string, BinaryFormat> = { '.pdf': 'pdf', '.docx': 'docx', '.doc': 'doc', '.ofd': 'ofd' };

/**
 * Is the input a binary document (PDF, DOCX, DOC, OFD), and which? `--input-format` decides when
 * given; else the content (see {@link sniffBinary}). A zip that holds neither a Word document nor an
 * OFD is an {@link InputError}, as is a file named .pdf/.docx/.doc/.ofd that is none.
 * @example binaryFormatOf(pdfBytes, 'a.pdf') // 'pdf'
 */
export function binaryFormatOf(bytes: Uint8Array, path: string, override?: InputFormat): BinaryFormat | null {
  if (override) return isBinaryFormat(override) ? override : null;
  const sniffed = sniffBinary(bytes);
  if (sniffed === 'zip') throw new InputError(path, 'a zip archive that is neither a DOCX (no word/document.xml) nor an OFD (no OFD.xml)');
  if (sniffed === 'ole') throw new InputError(path, 'an OLE compound file that is no Word document');
  if (sniffed) return sniffed;
  const named = BY_EXTENSION[extname(path).toLowerCase()];
  if (named && bytes.length > 0) throw new InputError(path, `not a ${named.toUpperCase()} file: its content has no ${named.toUpperCase()} signature (corrupt or misnamed?)`);
  return null;
}

/**
 * A binary document → the source text the pipeline reads (spans point into it), with its pages.
 * Readers load on first use: a run over text files never loads pdf.js.
 */
export async function readBinary(bytes: Uint8Array, file: ParseFile, format: BinaryFormat): Promise<SourceText> {
  let extracted: ExtractedText;
  switch (format) {
    case 'pdf': extracted = await (await import('./pdf.js')).readPdf(bytes, file); break;
    case 'docx': extracted = (await import('./docx.js')).readDocx(bytes, file); break;
    case 'doc': extracted = await (await import('./doc.js')).readDoc(bytes, file); break;
    case 'ofd': extracted = (await import('./ofd.js')).readOfd(bytes, file); break;
  }
  if (!extracted.text.trim()) file.warn('empty-input', `no text in the ${format.toUpperCase()} document`);
  return {
    text: extracted.text,
    format,
    // The XML of DOCX and OFD packages is UTF-8; PDF and DOC text comes from their own encodings.
    encoding: format === 'docx' || format === 'ofd' ? 'utf-8' : 'binary',
    meta: extracted.meta,
    ...(extracted.layout ? { layout: extracted.layout } : {}),
    ...(extracted.pages ? { pages: extracted.pages } : {}),
  };
}
