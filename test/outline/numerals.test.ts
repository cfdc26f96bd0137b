import { describe, expect, it } from 'vitest';
import { cnOrdinal, toCnOrdinal } from '../../src/outline/styles/numerals.js';

describe('toCnOrdinal / cnOrdinal round trip', () => {
  const table: Array<[number, string]> = [
    [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [23, '二十三'], [57, '五十七'], [99, '九十九'],
    [100, '一百'], [101, '一百零一'], [110, '一百一十'], [123, '一百二十三'], [205, '二百零五'],
  ];
  it.each(table)('%i ↔ %s', (n, cn) => {
    expect(toCnOrdinal(n)).toBe(cn);
    expect(cnOrdinal(cn)).toBe(n);
  });
  it('lost and garbled numerals have no value', () => {
    expect(cnOrdinal('')).toBeNull();
    expect(cnOrdinal('?')).toBeNull();
    expect(cnOrdinal('？')).toBeNull();
  });
});
