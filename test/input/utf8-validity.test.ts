import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isUtf8 } from '../../src/input/decode.js';

/** What isUtf8 must agree with: the fatal decoder the decoding itself uses. */
function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('isUtf8 accepts exactly what a fatal UTF-8 decoder accepts', () => {
  it.each([
    ['Chinese text', Buffer.from('一、总体要求(一)6月底前完成。', 'utf8')],
    ['a sequence cut off at the end', Buffer.from('完成', 'utf8').subarray(0, 5)],
    ['GB18030 bytes of 你好', Buffer.from([0xc4, 0xe3, 0xba, 0xc3])],
    ['an overlong slash', Buffer.from([0xc0, 0xaf])],
    ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80])],
    ['beyond U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80])],
    ['empty', Buffer.alloc(0)],
  ])('%s', (_name, bytes) => {
    expect(isUtf8(new Uint8Array(bytes))).toBe(decodes(bytes));
  });
  it('on random bytes and on valid text with bytes changed', () => {
    const mangled = fc.tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }))
      .map(([text, edits]) => {
        const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
        for (const [at, b] of edits) if (bytes.length) bytes[at % bytes.length] = b;
        return bytes;
      });
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), mangled), (bytes) => {
      expect(isUtf8(bytes)).toBe(decodes(bytes));
    }), { numRuns: 20000 });
  });
});
