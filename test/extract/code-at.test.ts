import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeAt, markTable, WHITE_SPACE } from '../../src/extract/lexicon/marks.js';
import { unitAt } from '../../src/extract/lexicon/measure-units.js';
import { tail } from '../../src/extract/deadline/context.js';
import { parse } from '../../src/index.js';

/**
 * codeAt replaced `charCodeAt` where a scan may read one character past either end of its text
 * (there charCodeAt gives NaN, and optimised code reading out of bounds was thrown away). It must
 * read the same inside the text, and outside give a code no table marks and no rule looks for.
 */
describe('codeAt', () => {
  it.each([
    ['年底', 0, 0x5e74],
    ['年底', 1, 0x5e95],
    ['年底', 2, 0],
    ['年底', -1, 0],
    ['', 0, 0],
    ['１２％', 2, 0xff05],
    ['12%', 3, 0],
  ])('codeAt(%j, %i) is %i', (text, i, code) => {
    expect(codeAt(text, i)).toBe(code);
  });

  it('reads what charCodeAt reads inside the text, 0 outside it', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.integer({ min: -3, max: 15 }), (text, i) => {
      expect(codeAt(text, i)).toBe(i >= 0 && i < text.length ? text.charCodeAt(i) : 0);
    }));
  });

  it('is marked by no table: a lookup past the end finds nothing, as one with NaN did', () => {
    const table = markTable('。;；,，\n 0123456789年月日');
    expect(table[codeAt('2022年', 5)]).toBe(0);
    expect(WHITE_SPACE[codeAt('2022年 ', 6)]).toBe(0);
  });
});

describe('the scans that read past a text end with codeAt', () => {
  it.each([
    ['增长10%', 4, '%'],
    ['新增10个', 4, '个'],
    ['新增10个百分点', 4, '个百分点'],
  ])('unitAt(%j, %i) reads the unit at the end of the text', (text, at, unit) => {
    expect(unitAt(text, at)?.text).toBe(unit);
  });

  it.each([
    ['一、目标\n全市覆盖率达到90%', '2025年底前'],
    ['一、目标\n全市覆盖率达到９０％', '２０２５年底前'],
  ])('a target and a deadline that end the document are read (%j)', (head, deadline) => {
    const [task] = parse(`${head},${deadline}`, { path: 'end.txt' }).tasks;
    expect(task!.targets.map((t) => [t.value, t.unit])).toEqual([[90, '%']]);
    expect(task!.deadlines.map((d) => d.end)).toEqual(['2025-12-31']);
  });

  it.each([
    ['完成10', 4],
    ['完成10', 5],
    ['', 0],
  ])('unitAt(%j, %i) finds no unit at or past the end', (text, at) => {
    expect(unitAt(text, at)).toBeNull();
  });

  it.each([
    ['底前完成', 0, '底前完成'],
    [' 底前', 0, '底前'],
    ['  底前', 0, '  底前'],
    ['年 ', 1, ''],
    ['年 ', 2, ''],
    ['年', 1, ''],
  ])('tail(%j, %i) skips one layout space, also at the end of the text', (text, at, expected) => {
    expect(tail(text, at)).toBe(expected);
  });
});
