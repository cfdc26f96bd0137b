import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AFTER, afterMay, BEFORE, beforeMay, isHan, isHanCode, MAY, MAY_AFTER } from '../../src/extract/deadline/context.js';
import {
  DATE_LABEL_HEADS, DOCUMENT_DATE_EVENTS, LATEST_YU, NOT_TIME_YU, VALIDITY_LABELS,
} from '../../src/extract/lexicon/date-words.js';

/**
 * refine() runs a pattern of the words before a date only where the window's last character may
 * end a match (beforeMay), and one of the words after it only where the tail's first character may
 * begin one (afterMay): each table must be a necessary condition of its pattern. Windows are built
 * of the very words the patterns look for, cut and joined at random, with white space and noise.
 */
const words = [
  ...DOCUMENT_DATE_EVENTS, ...DATE_LABEL_HEADS, ...VALIDITY_LABELS, ...LATEST_YU, ...NOT_TIME_YU,
  '截至', '截止到', '截至于', '于', '在', '到', '至', '已经', '已于', '每年度', '每个月', '每季度', '每半年', '从', '自', '力争到', '直至', '预计', '计划', '拟',
  '时限', '时间', '期限', '日期', '节点', '定于', '务必于', '要在', '分别在', '作为', '时间为', '是', '】', ']', '-', '--',
  ':', ' ', '\u3000', '\t', '\n', '的', '《', '“', '"', '印发', '发布', '签发', '公布', '制发', '成文', '发文', '已', '电', '讯',
  '工作', '2021年', 'a', '1',
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: fc.constantFrom(...words).chain((w) => fc.integer({ min: 0, max: w.length }).map((k) => w.slice(k))) },
  { weight: 1, arbitrary: fc.string({ maxLength: 2 }) },
);
const window = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('').slice(-10));

const BEFORE_GATED = [
  ['cutoff', MAY.cutoff], ['done', MAY.done], ['label', MAY.label], ['recurring', MAY.recurring], ['from', MAY.from], ['to', MAY.to],
  ['latest', MAY.latest], ['frame', MAY.frame], ['frameIn', MAY.frameIn], ['yu', MAY.yu], ['as', MAY.as],
] as const;
const AFTER_GATED = [
  ['naming', MAY_AFTER.naming], ['issued', MAY_AFTER.issued], ['done', MAY_AFTER.done], ['dateline', MAY_AFTER.dateline],
] as const;

describe('deadline context: the character tables only spare patterns that cannot match', () => {
  it.each(BEFORE_GATED)('BEFORE.%s matches only windows whose last character beforeMay allows', (name, bit) => {
    fc.assert(fc.property(window, (w) => {
      if (BEFORE[name].test(w)) expect(beforeMay(w) & bit).toBe(bit);
    }), { numRuns: 4000 });
  });
  it.each(BEFORE_GATED)('BEFORE.%s: every word of its pattern at the window end is allowed', (name, bit) => {
    for (const w of words) for (const tail of ['', ':', ' ', '为', '于', '在', '到']) {
      if (BEFORE[name].test(w + tail)) expect(beforeMay(w + tail) & bit).toBe(bit);
    }
  });
  it.each(AFTER_GATED)('AFTER.%s matches only tails whose first character afterMay allows', (name, bit) => {
    fc.assert(fc.property(window, (w) => {
      if (AFTER[name].test(w)) expect(afterMay(w) & bit).toBe(bit);
    }), { numRuns: 4000 });
    for (const w of words) if (AFTER[name].test(w)) expect(afterMay(w) & bit).toBe(bit);
  });
  it('isHanCode agrees with isHan on every UTF-16 code', () => {
    for (let c = 0; c < 0x10000; c++) expect(isHanCode(c)).toBe(isHan(String.fromCharCode(c)));
  });
});
