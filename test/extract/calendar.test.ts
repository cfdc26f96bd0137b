import { describe, expect, it } from 'vitest';
import { daysInMonth, halfPeriod, monthPeriod, quarterPeriod, xunPeriod, yearPeriod, isValidDay } from '../../src/extract/lexicon/calendar.js';
import { toDay, toMonth } from '../../src/extract/lexicon/numbers.js';
import { foldWidth } from '../../src/extract/lexicon/fold.js';

describe('calendar periods', () => {
  it.each([
    [2021, 2, 28], [2024, 2, 29], [2100, 2, 28], [2000, 2, 29], [2021, 4, 30], [2021, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (y, m, n) => expect(daysInMonth(y, m)).toBe(n));

  it.each([
    ['quarterPeriod(2021, 1)', quarterPeriod(2021, 1), ['2021-01-01', '2021-03-31']],
    ['quarterPeriod(2021, 2, 3)', quarterPeriod(2021, 2, 3), ['2021-04-01', '2021-09-30']],
    ['quarterPeriod(2021, 4)', quarterPeriod(2021, 4), ['2021-10-01', '2021-12-31']],
    ['halfPeriod(2021, 2)', halfPeriod(2021, 2), ['2021-07-01', '2021-12-31']],
    ['monthPeriod(2024, 2)', monthPeriod(2024, 2), ['2024-02-01', '2024-02-29']],
    ['monthPeriod(2021, 3, 5)', monthPeriod(2021, 3, 5), ['2021-03-01', '2021-05-31']],
    ['xunPeriod(2021, 7, 1)', xunPeriod(2021, 7, 1), ['2021-07-01', '2021-07-10']],
    ['xunPeriod(2021, 7, 2)', xunPeriod(2021, 7, 2), ['2021-07-11', '2021-07-20']],
    ['xunPeriod(2023, 2, 3)', xunPeriod(2023, 2, 3), ['2023-02-21', '2023-02-28']],
    ['xunPeriod(2021, 5, 2, 3)', xunPeriod(2021, 5, 2, 3), ['2021-05-11', '2021-05-31']],
    ['yearPeriod(2021, 2023)', yearPeriod(2021, 2023), ['2021-01-01', '2023-12-31']],
  ])('%s', (_, got, want) => expect(got).toEqual(want));

  it('checks days against the month, allowing 29 February when the year is unknown', () => {
    expect(isValidDay(2021, 2, 29)).toBe(false);
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(undefined, 2, 29)).toBe(true);
    expect(isValidDay(2021, 4, 31)).toBe(false);
  });
});

describe('month and day numerals', () => {
  it.each([['6', 6], ['06', 6], ['十二', 12], ['十', 10], ['一', 1], ['13', null], ['X', null]])('toMonth(%s) = %s', (t, n) => expect(toMonth(t)).toBe(n));
  it.each([['25', 25], ['二十七', 27], ['三十一', 31], ['32', null], ['0', null]])('toDay(%s) = %s', (t, n) => expect(toDay(t)).toBe(n));
});

describe('foldWidth', () => {
  it('folds full-width forms one for one, so offsets survive', () => {
    const raw = '２０２１年６月底前（一）—～　Ｘ';
    const folded = foldWidth(raw);
    expect(folded).toBe('2021年6月底前(一)-- X');
    expect(folded.length).toBe(raw.length);
  });
});
