import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError, type ParseFile } from '../file.js';
import type { ExtractedText } from './extracted.js';
import { layoutPages, type PageItems, type TextItem } from './page-layout.js';
import { TextBuilder } from './text-builder.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// pdf.js's Node build (no canvas, no native code: only the text layer is read).
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
const pdfjsDir = (): string => dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Fewer characters than this per page on average: the pages are images (a scan), not text. */
const MIN_CHARS_PER_PAGE = 8;

/**
 * A PDF → its text in reading order (see page-layout.ts): paragraphs, table rows, running headers,
 * footers and page numbers marked as boilerplate, and where each page starts. Only the text layer
 * is read: a scan is an InputError (`no-text-layer`), as are encrypted, corrupt and truncated files.
 * @example (await readPdf(bytes, file)).pages // [0, 1830, 3702]
 */
export async function readPdf(bytes: Uint8Array, file: ParseFile): Promise<ExtractedText> {
  if (!hasEnd(bytes)) throw new InputError(file.path, 'truncated PDF: no %%EOF at the end of the file');
  const lib = await loadPdfJs();
  const base = pdfjsDir();
  // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    cMapUrl: join(base, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(base, 'standard_fonts') + '/',
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw new InputError(file.path, describePdfError(err));
  }
  try {
    const pages: PageItems[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str) continue;
        const [a, b, c, d, e, f] = it.transform as number[];
        // Only horizontal text is laid out; a rotated stamp or margin note is left aside.
        if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0 || d! <= 0) continue;
        chars += it.str.trim().length;
        items.push({ str: it.str, x: e! - x0, y: y1 - f!, w: it.width, size: d! });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    if (doc.numPages > 0 && chars < MIN_CHARS_PER_PAGE * doc.numPages) {
      throw new InputError(file.path, `no-text-layer: the PDF's ${doc.numPages} page(s) hold no text (a scan?); reform-parse does no OCR`);
    }
    const out = new TextBuilder();
    layoutPages(pages, out);
    return { text: out.text(), meta: {}, layout: out.layout(), pages: out.pages };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file.path, describePdfError(err));
  } finally {
    await doc.destroy();
  }
}

/** A complete PDF ends with %%EOF (a few bytes of line ends or junk may follow). */
function hasEnd(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return tail.includes('%%EOF');
}

function describePdfError(err: unknown): string {
  const name = (err as Error)?.name;
  const message = String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 200);
  if (name === 'PasswordException') return 'encrypted PDF: it needs a password to open';
  if (name === 'InvalidPDFException') return `corrupt PDF (${message})`;
  return `unreadable PDF (${message})`;
}
