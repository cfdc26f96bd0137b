import { extname } from 'node:path';
import type { Meta } from '../schema/document.js';
import type { ParseFile } from '../file.js';
import { decode } from './decode.js';
import { htmlToText } from './html.js';
import { readMarkdown } from './markdown.js';
import type { Layout } from './layout.js';
import { MAX_EMPHASIS_RUNS, MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH } from './nesting.js';
import type { BinaryFormat } from './detect-binary.js';

export type InputFormat = 'text' | 'html' | 'markdown' | BinaryFormat;

export interface SourceText {
  /** The text every span points into: the decoded input, or the text extracted from HTML / Markdown. */
  text: string;
  format: InputFormat;
  encoding: string;
  /** Metadata read from the markup itself (HTML `<title>`, `<meta>`, metadata tables; a Markdown export's title). */
  meta: Partial<Meta>;
  /** What the markup says of the text: headings it sets, blocks that are no text of the document. */
  layout?: Layout;
  /** PDF, OFD, Word: the UTF-16 offsets at which each page's text starts. */
  pages?: number[];
}

const BY_EXTENSION: Record<string, 'text' | 'html' | 'markdown'> = {
  '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.md': 'markdown', '.markdown': 'markdown',
};

const HTML_SNIFF = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml)|<(?:p|div|table|tbody|tr|td|span|body|head|meta|br)[\s/>]/i;
const MARKDOWN_SNIFF = /^(?:#{1,6}\s+\S|\|.*\|\s*$|\s*[-*+]\s+\S|\s*\d+\.\s+\S|>\s)/gm;

/** PDF, DOCX, DOC, OFD: formats read by src/input/binary.ts, not decoded as text. */
export function isBinaryFormat(format: string | undefined): format is BinaryFormat {
  return format === 'pdf' || format === 'docx' || format === 'doc' || format === 'ofd';
}

/** The input's format: by extension (.txt .html .htm .md .markdown), else by its content. */
export function detectFormat(path: string, text: string): 'text' | 'html' | 'markdown' {
  const byExt = BY_EXTENSION[extname(path).toLowerCase()];
  if (byExt) return byExt;
  const head = text.slice(0, 4096);
  if (HTML_SNIFF.test(head)) return 'html';
  const mdLines = head.match(MARKDOWN_SNIFF)?.length ?? 0;
  if (/^#{1,6}\s+\S/m.test(head) && mdLines >= 2) return 'markdown';
  return 'text';
}

/**
 * Bytes → the source text: decoded, and for HTML or Markdown reduced to their text.
 * @example toSource(bytes, new ParseFile('page.html')).format // 'html'
 */
export function toSource(bytes: Uint8Array, file: ParseFile, options: { encoding?: string; inputFormat?: InputFormat } = {}): SourceText {
  const decoded = decode(bytes, file, options.encoding);
  const format = options.inputFormat && !isBinaryFormat(options.inputFormat) ? options.inputFormat : detectFormat(file.path, decoded.text);
  const { text, meta, layout, flattened } = format === 'html' ? htmlToText(decoded.text)
    : format === 'markdown' ? readMarkdown(decoded.text)
    : { text: decoded.text, meta: {}, layout: undefined, flattened: undefined };
  if (flattened) {
    file.warn('nesting-flattened', format === 'html'
      ? `${flattened} element(s) nested deeper than ${MAX_HTML_DEPTH} levels were read as plain text`
      : `${flattened} line(s) nested deeper than ${MAX_MARKDOWN_DEPTH} quotes or lists, or paragraph(s) with more than ${MAX_EMPHASIS_RUNS} emphasis runs or unclosed \`<\`, were read with those markers dropped or written full width`);
  }
  // An empty input is still a (valid, empty) document; the diagnostic says why nothing was found.
  if (!text.trim()) {
    file.warn('empty-input', bytes.length === 0 ? 'the input is empty'
      : format === 'text' ? 'the input has no text, only white space' : `no text left once the ${format} markup is removed`);
  }
  return { text, format, encoding: decoded.encoding, meta, ...(layout ? { layout } : {}) };
}
