import { describe, expect, it } from 'vitest';
import { unifiedIdeograph } from '../../src/input/kangxi.js';
import { normalize } from '../../src/clean/normalize.js';
import { MappedText } from '../../src/clean/mapped-text.js';

describe('Kangxi radicals and compatibility ideographs fold to the unified ideographs', () => {
  it.each([
    ['⽣', '生'], ['⼯', '工'], ['⼈', '人'], ['⻚', '页'], ['⻓', '长'], ['⺠', '民'], ['⾦', '金'], ['⾏', '行'], ['⽤', '用'],
    ['\uF90A', '金'], ['\u{2F800}', '丽'],
  ])('%s → %s', (from, to) => {
    expect(unifiedIdeograph(from)).toBe(to);
  });

  it('leaves ordinary characters alone', () => {
    for (const c of ['生', '工', 'a', '、', '（']) expect(unifiedIdeograph(c)).toBeUndefined();
  });

  it('normalises a PDF text layer through the offset map, so spans still point into the source', () => {
    const source = '⼀、⽣态环境保护⼯作\n(⼀)6⽉底前完成';
    const text = normalize(MappedText.identity(source));
    expect(text.text).toBe('一、生态环境保护工作\n(一)6月底前完成');
    const i = text.text.indexOf('工作');
    expect(source.slice(...text.sourceRange(i, i + 2))).toBe('⼯作');
  });

  it('maps a compatibility ideograph whose unified form is astral (two UTF-16 units) through the offset map', () => {
    const source = '甲\u{2F81F}乙';
    const text = normalize(MappedText.identity(source));
    expect(text.text).toBe(`甲${'\u{2F81F}'.normalize('NFC')}乙`);
    expect(source.slice(...text.sourceRange(text.text.length - 1, text.text.length))).toBe('乙');
  });
});
