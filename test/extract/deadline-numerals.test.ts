import { describe, expect, it } from 'vitest';
import { isChineseNumeral, isPlaceholder, toDay, toMonth, toYear } from '../../src/extract/deadline/draft.js';
import * as numbers from '../../src/extract/lexicon/numbers.js';
import { iso } from '../../src/extract/lexicon/calendar.js';

/**
 * The date parsers read tokens of ASCII digits themselves and test placeholder and Chinese
 * numerals by table: the same answers as numbers.ts and the patterns they replace, for every
 * token of up to four digits and for the other numerals the patterns capture.
 */
describe('deadline numerals: the fast reads agree with numbers.ts', () => {
  const tokens: string[] = ['', ' 5', '5 ', '1.5', '０５', 'X', 'xx', '十', '十二', '三十一', '二〇二一', '二0二一', '两', '〇', 'O', '12345'];
  for (let len = 1; len <= 4; len++) for (let n = 0; n < 10 ** len; n++) tokens.push(String(n).padStart(len, '0'));
  it('toMonth, toDay and toYear', () => {
    for (const t of tokens) {
      expect([t, toMonth(t)]).toEqual([t, numbers.toMonth(t)]);
      expect([t, toDay(t)]).toEqual([t, numbers.toDay(t)]);
      expect([t, toYear(t)]).toEqual([t, numbers.toYear(t)]);
    }
  });
  it('numbers.toNumber reads a token of ASCII digits as Number does, without its pattern', () => {
    for (const t of tokens) if (/^\d+$/.test(t)) expect([t, numbers.toNumber(t)]).toEqual([t, Number(t)]);
    for (const [t, v] of [[' 5', 5], ['5 ', 5], ['1.5', 1.5], ['12345', 12345], ['０５', null]] as const) expect([t, numbers.toNumber(t)]).toEqual([t, v]);
  });
  it('isPlaceholder and isChineseNumeral', () => {
    for (const t of [...tokens, undefined, 'Xx', 'X1', '一X', '〇零一二两三四五六七八九十', '百']) {
      expect([t, isPlaceholder(t)]).toEqual([t, t !== undefined && /^[Xx]+$/u.test(t)]);
      expect([t, isChineseNumeral(t)]).toEqual([t, t !== undefined && /^[〇零一二两三四五六七八九十]+$/u.test(t)]);
    }
  });
  it('iso pads as padStart does', () => {
    const padded = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    for (const y of [0, 5, 999, 1000, 2021, 9999, 10000, -1]) for (const m of [0, 1, 9, 10, 12, 99, 100, -1, 1.5]) for (const d of [1, 9, 31, 100]) {
      expect(iso(y, m, d)).toBe(padded(y, m, d));
    }
  });
});
