import { describe, expect, it } from 'vitest';
import { formatNumber, NumberingCounters, readNumbering } from '../../src/input/docx-numbering.js';

describe('Word number formats', () => {
  it.each([
    [1, 'chineseCounting', '一'], [10, 'chineseCounting', '十'], [12, 'chineseCounting', '十二'], [20, 'chineseCounting', '二十'],
    [21, 'chineseCounting', '二十一'], [105, 'chineseCounting', '一百零五'], [10, 'chineseCountingThousand', '一十'],
    [3, 'chineseLegalSimplified', '叁'], [3, 'ideographTraditional', '丙'], [11, 'ideographTraditional', '甲'],
    [2, 'ideographZodiac', '丑'], [3, 'decimalEnclosedCircle', '③'], [3, 'decimalEnclosedCircleChinese', '③'],
    [2, 'decimalEnclosedParen', '⑵'], [7, 'decimal', '7'], [7, 'decimalZero', '07'], [12, 'decimalFullWidth', '１２'],
    [3, 'upperLetter', 'C'], [28, 'lowerLetter', 'bb'], [4, 'upperRoman', 'IV'], [9, 'lowerRoman', 'ix'],
    [15, 'ideographDigital', '一五'],
  ])('%i as %s → %s', (n, format, want) => {
    expect(formatNumber(n, format)).toBe(want);
  });
});

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%4"/></w:lvl>
    <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="(%2)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`;

describe('Word automatic numbering, materialised', () => {
  it('counts per level, restarts lower levels after a higher one, and fills %n with each level in its own format', () => {
    const c = new NumberingCounters(readNumbering(NUMBERING));
    const seq: Array<[string, number]> = [['1', 0], ['1', 1], ['1', 2], ['1', 2], ['1', 1], ['1', 2], ['1', 0], ['1', 1], ['1', 3], ['1', 4]];
    expect(seq.map(([id, lvl]) => c.next(id, lvl))).toEqual(['一、', '（一）', '1.', '2.', '（二）', '1.', '二、', '（一）', '二.1 ', '']);
  });

  it('honours w:start, the suffix, and w:lvlRestart 0 (a level that never restarts)', () => {
    const c = new NumberingCounters(readNumbering(NUMBERING));
    expect([c.next('2', 0), c.next('2', 1), c.next('2', 0), c.next('2', 1)]).toEqual(['第3条 ', '(1)', '第4条 ', '(2)']);
  });

  it('continues a list over w:nums that share an abstract list; a w:startOverride restarts its level', () => {
    const c = new NumberingCounters(readNumbering(NUMBERING));
    expect([c.next('1', 0), c.next('1', 2), c.next('1', 2), c.next('3', 2), c.next('3', 2)]).toEqual(['一、', '1.', '2.', '1.', '2.']);
  });

  it('gives no marker for an unknown list', () => {
    expect(new NumberingCounters(readNumbering(undefined)).next('9', 0)).toBe('');
  });
});
