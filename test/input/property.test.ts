import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from '../../src/parse.js';
import { InputError } from '../../src/file.js';
import { Document } from '../../src/schema/document.js';

const formats = fc.constantFrom(undefined, 'text' as const, 'html' as const, 'markdown' as const);
const paths = fc.constantFrom('-', 'a.txt', 'a.html', 'a.md', 'noext');

/** Pieces of the markup, numbering and damage real inputs have, to reach past the first characters. */
const piece = fc.constantFrom(
  '<p>', '</p>', '<div hidden>', '</div>', '<table>', '<tr>', '<td>', '</td>', '<br>', '<!--', '-->', '<script>', '</script>',
  '<meta charset="gbk">', '<meta charset=utf-16>', '<?xml encoding="gb2312"?>', '&nbsp;', '&#x4e00;', '<![CDATA[', ']]>',
  '# ', '## ', '\n', '\n\n', '1. ', '- [ ] ', '| a | b |\n|---|---|\n', '[x](y)', '![i](j)', '**', '`', '~~', '> ',
  '一、', '(一)', '（二）', '1.', '①', '第一条', '篇一', '6月底前', '2021年', '90%', '由市卫健委牵头', '发文字号：',
  '成文日期：', '2021年13月45日', '2021-06-00', '<title>', '<meta name="PubDate" content="2021-99-99">',
  '\uFEFF', '\uFFFD', '\u3000', '\r\n', '\0', '\uD800', '😀', 'x', '。',
);
const documentish = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

function expectDocument(doc: Document): void {
  expect(Document.safeParse(doc).success).toBe(true);
}

describe('parse never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), formats, paths, (text, inputFormat, path) => {
      expectDocument(parse(text, { path, inputFormat, includeText: true }));
    }), { numRuns: 1_000 });
  });

  it('on document-like strings of markup, numbering and damage', () => {
    fc.assert(fc.property(documentish, formats, paths, (text, inputFormat, path) => {
      expectDocument(parse(text, { path, inputFormat, includeText: true }));
    }), { numRuns: 1_000 });
  });

  it('on arbitrary bytes, except an InputError for binary input', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      documentish.map((s) => new TextEncoder().encode(s)),
    );
    fc.assert(fc.property(bytes, formats, paths, (input, inputFormat, path) => {
      try {
        expectDocument(parse(input, { path, inputFormat }));
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        expect((err as InputError).message).toMatch(/^binary file/);
      }
    }), { numRuns: 1_000 });
  });
});
