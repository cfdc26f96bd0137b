import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode } from '../../src/input/decode.js';
import { InputError, ParseFile } from '../../src/file.js';

const TEXT = '一、总体要求\n(一)6月底前完成医共体建设,县域内就诊率达到90%。\n';
/** Big5 has traditional characters only. */
const TRADITIONAL = '一、總體要求\n(一)6月底前完成醫共體建設,縣域內就診率達到90%。\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array | Buffer>) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));

function run(input: Uint8Array, override?: string) {
  const file = new ParseFile('x.txt');
  const decoded = decode(input, file, override);
  return { ...decoded, codes: file.messages.map((m) => m.code) };
}

describe('decode: how the encoding is found', () => {
  it.each([
    { name: 'plain UTF-8', input: utf8(TEXT), encoding: 'utf-8', guessed: false, codes: [] },
    { name: 'UTF-8 with BOM (BOM dropped)', input: bytes([0xef, 0xbb, 0xbf], utf8(TEXT)), encoding: 'utf-8', guessed: false, codes: [] },
    { name: 'UTF-16LE with BOM', input: bytes([0xff, 0xfe], Buffer.from(TEXT, 'utf16le')), encoding: 'utf-16le', guessed: false, codes: [] },
    { name: 'UTF-16BE with BOM', input: bytes([0xfe, 0xff], Buffer.from(TEXT, 'utf16le').swap16()), encoding: 'utf-16be', guessed: false, codes: [] },
    { name: 'UTF-16LE without BOM', input: bytes(Buffer.from(TEXT, 'utf16le')), encoding: 'utf-16le', guessed: true, codes: ['encoding-guessed'] },
    { name: 'UTF-16BE without BOM', input: bytes(Buffer.from(TEXT, 'utf16le').swap16()), encoding: 'utf-16be', guessed: true, codes: ['encoding-guessed'] },
    { name: 'GB18030', input: bytes(iconv.encode(TEXT, 'gb18030')), encoding: 'gb18030', guessed: true, codes: ['encoding-guessed'] },
    { name: 'GBK (a subset of GB18030)', input: bytes(iconv.encode(TEXT, 'gbk')), encoding: 'gb18030', guessed: true, codes: ['encoding-guessed'] },
    { name: 'GB2312 (a subset of GB18030)', input: bytes(iconv.encode(TEXT, 'gb2312')), encoding: 'gb18030', guessed: true, codes: ['encoding-guessed'] },
    { name: 'ASCII only', input: utf8('Section 1. Tasks\n'), encoding: 'utf-8', guessed: false, codes: [] },
  ])('$name', ({ input, encoding, guessed, codes }) => {
    const result = run(input);
    expect(result.text.replace(/^Section.*\n$/, TEXT)).toBe(TEXT);
    expect(result.encoding).toBe(encoding);
    expect(result.guessed).toBe(guessed);
    expect(result.codes).toEqual(codes);
  });

  it('an empty input is empty UTF-8 text', () => {
    expect(run(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8', codes: [] });
  });
});

describe('decode: declared charsets in HTML and XML', () => {
  const page = (declaration: string) => `<html><head>${declaration}<title>通知</title></head><body><p>${TEXT}</p></body></html>`;
  it.each([
    { name: '<meta charset=gbk>', declaration: '<meta charset=gbk>', encoding: 'gbk' },
    { name: '<meta charset="gb2312">', declaration: '<meta charset="gb2312">', encoding: 'gb2312' },
    { name: 'http-equiv content charset', declaration: '<meta http-equiv="Content-Type" content="text/html; charset=GB2312">', encoding: 'gb2312' },
    { name: 'XML declaration', declaration: '<?xml version="1.0" encoding="GBK"?>', encoding: 'gbk' },
    { name: 'big5', declaration: '<meta charset="big5">', encoding: 'big5' },
  ])('$name: decoded as declared, not guessed', ({ declaration, encoding }) => {
    const html = encoding === 'big5' ? page(declaration).replace(TEXT, TRADITIONAL) : page(declaration);
    const result = run(bytes(iconv.encode(html, encoding)));
    expect(result.text).toBe(html);
    expect(result.encoding).toBe(encoding === 'big5' ? 'big5' : 'gb18030');
    expect(result.codes).toEqual([]);
  });

  it('a page saved as UTF-8 that still declares gb2312 is read as UTF-8', () => {
    const html = page('<meta charset="gb2312">');
    const result = run(utf8(html));
    expect(result.text).toBe(html);
    expect(result.encoding).toBe('utf-8');
    expect(result.codes).toEqual(['encoding-guessed']);
  });

  it('a declared utf-16 in ASCII bytes is ignored (it cannot be true)', () => {
    const html = page('<meta charset="utf-16">');
    expect(run(utf8(html))).toMatchObject({ text: html, encoding: 'utf-8' });
  });

  it('a declared utf-8 that is not valid UTF-8 falls back to detection', () => {
    const html = page('<meta charset="utf-8">');
    expect(run(bytes(iconv.encode(html, 'gbk')))).toMatchObject({ text: html, encoding: 'gb18030', codes: ['encoding-guessed'] });
  });
});

describe('decode: damaged and binary input', () => {
  it('invalid bytes in UTF-8 become U+FFFD with a diagnostic, and decoding goes on', () => {
    const good = utf8(TEXT.repeat(3));
    const damaged = bytes(good.subarray(0, 9), [0xff, 0xfe, 0x80], good.subarray(9));
    const result = run(damaged);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toContain('\uFFFD');
    expect(result.text.replace(/\uFFFD+/g, '')).toBe(TEXT.repeat(3));
    expect(result.replaced).toBeGreaterThan(0);
    expect(result.codes).toEqual(['invalid-bytes']);
  });

  it.each([8, 17, 29])('UTF-8 cut off inside a character (after %i bytes) stays UTF-8', (length) => {
    const result = run(utf8(TEXT).subarray(0, length));
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toMatch(/\uFFFD$/);
    expect(TEXT.startsWith(result.text.slice(0, -1))).toBe(true);
    expect(result.codes).toEqual(['invalid-bytes']);
  });

  it('a U+FFFD the text itself contains is not reported as undecodable', () => {
    const text = `医改?要点\uFFFD${TEXT}`;
    expect(run(utf8(text)).codes).toEqual([]);
    const gb = run(bytes(iconv.encode(text, 'gb18030')));
    expect(gb.text).toBe(text);
    expect(gb.codes).toEqual(['encoding-guessed']);
    expect(gb.replaced).toBe(0);
  });

  it('undecodable bytes in GB18030 text are reported', () => {
    const result = run(bytes(iconv.encode(TEXT, 'gb18030'), [0xff], iconv.encode(TEXT, 'gb18030')));
    expect(result.encoding).toBe('gb18030');
    expect(result.codes).toEqual(['invalid-bytes', 'encoding-guessed']);
  });

  it.each([
    { name: 'a PNG header and NUL bytes', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], new Uint8Array(64)) },
    { name: 'only NUL bytes', input: new Uint8Array(100) },
    { name: 'control characters', input: bytes(Array.from({ length: 200 }, (_, i) => (i % 7) + 1)) },
    // Little-endian 16-bit numbers put NULs on odd positions, as UTF-16LE text does: it must not pass for text.
    { name: '16-bit little-endian numbers', input: bytes(Buffer.from(Uint16Array.from({ length: 500 }, (_, i) => (i * 37) % 256).buffer)) },
  ])('$name: an InputError that says binary', ({ input }) => {
    const file = new ParseFile('image.png');
    expect(() => decode(input, file)).toThrow(InputError);
    expect(() => decode(input, file)).toThrow(/binary/);
  });

  it.each([
    { name: 'UTF-8', input: bytes(utf8(TEXT.repeat(20)), [0], utf8(TEXT)) },
    { name: 'GB18030', input: bytes(iconv.encode(TEXT.repeat(20), 'gb18030'), [0], iconv.encode(TEXT, 'gb18030')) },
  ])('a stray NUL in $name text is damage, not a binary file', ({ input }) => {
    expect(run(input).text).toContain('总体要求');
  });
});

describe('decode: --encoding override', () => {
  it.each([
    { override: 'gbk', input: bytes(iconv.encode(TEXT, 'gbk')), encoding: 'gb18030' },
    { override: 'GB2312', input: bytes(iconv.encode(TEXT, 'gbk')), encoding: 'gb18030' },
    { override: 'utf8', input: utf8(TEXT), encoding: 'utf-8' },
    { override: 'UTF_16LE', input: bytes(Buffer.from(TEXT, 'utf16le')), encoding: 'utf-16le' },
    { override: 'utf-16', input: bytes([0xfe, 0xff], Buffer.from(TEXT, 'utf16le').swap16()), encoding: 'utf-16be' },
    { override: 'big5', input: bytes(iconv.encode(TRADITIONAL, 'big5')), encoding: 'big5', text: TRADITIONAL },
  ])('--encoding $override', ({ override, input, encoding, text }) => {
    const result = run(input, override);
    expect(result.text).toBe(text ?? TEXT);
    expect(result.encoding).toBe(encoding);
    expect(result.guessed).toBe(false);
    expect(result.codes).toEqual([]);
  });

  it('wins over detection: UTF-8 bytes forced through GB18030 give mojibake, not UTF-8', () => {
    const result = run(utf8(TEXT), 'gb18030');
    expect(result.encoding).toBe('gb18030');
    expect(result.text).not.toBe(TEXT);
  });

  it('an unknown encoding name is an InputError naming it', () => {
    expect(() => decode(utf8(TEXT), new ParseFile('x.txt'), 'klingon')).toThrow(/unknown encoding "klingon"/);
  });
});
