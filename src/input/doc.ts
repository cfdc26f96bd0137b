import { InputError, type ParseFile } from '../file.js';
import { lazy } from '../lazy.js';
import type { ExtractedText } from './extracted.js';
import { TextBuilder } from './text-builder.js';

const wordExtractor = lazy<{ default?: typeof import('word-extractor').default } & typeof import('word-extractor').default>('word-extractor');

/**
 * A Word 97–2003 (.doc, OLE compound file) document → its body text (word-extractor): paragraphs
 * as lines, table rows as lines of tab-separated cells (Word ends a cell with U+0007 and a row with
 * a second one), page breaks (U+000C) as pages. A damaged or encrypted file is an InputError.
 * @example (await readDoc(bytes, file)).text // '一、总体要求\n…'
 */
export async function readDoc(bytes: Uint8Array, file: ParseFile): Promise<ExtractedText> {
  const Extractor = wordExtractor().default ?? wordExtractor();
  let body: string;
  try {
    const doc = await new Extractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody({ filterUnicode: false });
  } catch (err) {
    throw new InputError(file.path, `corrupt or unreadable DOC (${oneLine(err)})`);
  }
  const out = new TextBuilder();
  out.pages.push(0);
  for (const page of body.split('\f')) {
    if (out.length > 0) out.pageBreak();
    for (const raw of page.split(/\r\n?|\n|\v/)) {
      const line = cells(raw);
      if (!line.trim()) continue;
      const range = out.line(line);
      if (line.includes('\t')) out.tableRows.push(range);
    }
  }
  return { text: out.text(), meta: {}, layout: out.layout(), pages: out.pages };
}

/**
 * A paragraph's cell marks → tabs: one U+0007 ends a cell; two in a row end the row as well.
 * Word's other marks (field delimiters, object anchors) are dropped.
 */
function cells(raw: string): string {
  return raw
    .replace(/\x07{2,}/g, (run) => '\t'.repeat(run.length - 2))
    .replace(/\x07/g, '\t')
    .replace(/\x1e/g, '-')
    .replace(/[\x00-\x06\x08\x0e-\x1d\x1f]/g, '')
    .replace(/\t+$/, '');
}

function oneLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 200);
}
