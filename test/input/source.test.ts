import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFormat, toSource } from '../../src/input/source.js';
import { readInput } from '../../src/input/read.js';
import { InputError, ParseFile } from '../../src/file.js';
import { parse, parseFile } from '../../src/parse.js';
import { Document } from '../../src/schema/document.js';
import { tempDir } from '../helpers/cli.js';

describe('detectFormat', () => {
  it.each([
    { path: 'a.txt', text: '<p>html-looking text</p>', format: 'text' },
    { path: 'a.TXT', text: '# not markdown either', format: 'text' },
    { path: 'a.html', text: 'plain words', format: 'html' },
    { path: 'a.htm', text: 'plain words', format: 'html' },
    { path: 'a.md', text: 'plain words', format: 'markdown' },
    { path: 'a.markdown', text: 'plain words', format: 'markdown' },
    { path: '-', text: '<!DOCTYPE html><html><body>x</body></html>', format: 'html' },
    { path: '-', text: '<?xml version="1.0"?><html>x</html>', format: 'html' },
    { path: '-', text: '<tbody><tr><td>1</td></tr></tbody>', format: 'html' },
    { path: '-', text: '<div>一、总体要求</div>', format: 'html' },
    { path: 'page', text: '  <html lang="zh"><p>x</p></html>', format: 'html' },
    { path: '-', text: '# 工作要点\n\n- 甲\n- 乙\n', format: 'markdown' },
    { path: '-', text: '## 一、总体要求\n\n| a | b |\n', format: 'markdown' },
    { path: '-', text: '一、总体要求\n1. 第一项\n2. 第二项\n', format: 'text' },
    { path: '-', text: '#1 only one markdown-looking line', format: 'text' },
    { path: '-', text: '', format: 'text' },
  ])('$path, $text → $format', ({ path, text, format }) => {
    expect(detectFormat(path, text)).toBe(format);
  });
});

describe('toSource: empty input', () => {
  it.each([
    { name: 'no bytes', bytes: '', path: 'empty.txt', message: /empty/ },
    { name: 'only white space', bytes: ' \n\t\n', path: 'blank.txt', message: /no text/ },
    { name: 'HTML with no text', bytes: '<html><head><script>x()</script></head><body></body></html>', path: 'empty.html', message: /html markup/ },
    { name: 'Markdown with only an image', bytes: '![x](a.png)', path: 'empty.md', message: /markdown markup/ },
  ])('$name: a warning diagnostic, no error', ({ bytes, path, message }) => {
    const file = new ParseFile(path);
    const source = toSource(new TextEncoder().encode(bytes), file);
    expect(source.text.trim()).toBe('');
    expect(file.messages).toEqual([{ severity: 'warning', code: 'empty-input', message: expect.stringMatching(message) }]);
  });

  it('an empty file is a valid document with that diagnostic', () => {
    const doc = parse(new Uint8Array(), { path: 'empty.txt' });
    expect(Document.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({ sections: [], tasks: [], source: { bytes: 0, encoding: 'utf-8', format: 'text' } });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['empty-input']);
  });

  it('a document with text has no such diagnostic', () => {
    expect(parse('一、总体要求').diagnostics.map((d) => d.code)).not.toContain('empty-input');
  });
});

describe('readInput and parseFile: inputs that cannot be read', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await tempDir());
    await mkdir(join(dir, 'folder'));
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(100));
    await writeFile(join(dir, 'image.png'), Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64)]));
  });
  afterAll(() => remove());

  it.each([
    { name: 'a missing file', file: 'missing.txt', message: 'no such file' },
    { name: 'a directory', file: 'folder', message: 'is a directory, not a file' },
  ])('$name: an InputError with a one-line message', async ({ file, message }) => {
    const path = join(dir, file);
    const err = await readInput(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ path, message });
  });

  it('a file over the size limit', async () => {
    await expect(readInput(join(dir, 'big.txt'), 10)).rejects.toThrow(/too large: 100 bytes/);
  });

  it('a binary file fails in parseFile with an InputError naming the file', async () => {
    const path = join(dir, 'image.png');
    const err = await parseFile(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ path, message: expect.stringMatching(/^binary file/) });
  });
});
