import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parse } from '../../src/parse.js';
import type { Document } from '../../src/schema/document.js';
import { fixtures } from '../helpers/fixtures.js';

/** What must not depend on the bytes' encoding: everything read from the text. */
function content(doc: Document) {
  return {
    text: doc.source.text,
    format: doc.source.format,
    meta: doc.meta,
    sections: doc.sections,
    tasks: doc.tasks,
    copies: doc.copies,
    diagnostics: doc.diagnostics.filter((d) => d.code !== 'encoding-guessed'),
  };
}

describe.each(fixtures())('$name: the same document in other encodings', ({ path, bytes }) => {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const original = parse(bytes, { path, includeText: true });

  it('the UTF-8 original is read as UTF-8, with no encoding diagnostic', () => {
    expect(original.source.encoding).toBe('utf-8');
    expect(original.diagnostics.map((d) => d.code)).not.toContain('encoding-guessed');
    expect(original.diagnostics.map((d) => d.code)).not.toContain('invalid-bytes');
  });

  it.each([
    { encoding: 'gb18030', bom: [], expected: 'gb18030', guessed: true },
    { encoding: 'utf-16le', bom: [0xff, 0xfe], expected: 'utf-16le', guessed: false },
    { encoding: 'utf-16be', bom: [0xfe, 0xff], expected: 'utf-16be', guessed: false },
    { encoding: 'utf-8', bom: [0xef, 0xbb, 0xbf], expected: 'utf-8', guessed: false },
  ])('$encoding (BOM: $bom): same sections, tasks and text', ({ encoding, bom, expected, guessed }) => {
    const copy = new Uint8Array(Buffer.concat([Buffer.from(bom), iconv.encode(text, encoding)]));
    const doc = parse(copy, { path, includeText: true });
    expect(doc.source.encoding).toBe(expected);
    expect(doc.diagnostics.some((d) => d.code === 'encoding-guessed')).toBe(guessed);
    expect(content(doc)).toEqual(content(original));
    expect(doc.source.bytes).toBe(copy.length);
    expect(doc.source.sha256).not.toBe(original.source.sha256);
  });
});
