import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NUMERAL, NUMERAL_FIRST as FIRST_CHARS } from '../../src/extract/targets/quantities.js';
import { markTable } from '../../src/extract/lexicon/marks.js';
import { type LeftWord, adjacentComparator, farComparator } from '../../src/extract/targets/comparator.js';
import { endsWithin, occursWithin, startsWithin } from '../../src/extract/targets/words.js';
import { FAR_COMPARATORS, LEFT_COMPARATORS, NOT_BEFORE_WEI } from '../../src/extract/lexicon/target-words.js';
import { BENEFIT_NOUNS, PAYMENT_WORDS } from '../../src/extract/lexicon/rule-words.js';
import { earlierYears, holdsPastMarker, statesEarlierYear } from '../../src/extract/targets/admit.js';
import { sentenceStart } from '../../src/extract/targets/context.js';
import { stripLead, stripTail } from '../../src/extract/targets/span.js';
import { METRIC_LEAD, METRIC_TAIL, PAST_MARKERS } from '../../src/extract/lexicon/target-words.js';

const NUMERAL_FIRST = markTable(FIRST_CHARS);

/**
 * The cheap tests the target finder runs before its patterns must be necessary conditions of them:
 * where a gate says no, the ungated pattern finds nothing either. Texts are built of numerals,
 * their parts, units, look-behind contexts and noise, so near misses abound.
 */
const words = [
  'X', 'x', 'XX', 'Xx', 'ab', 'A', '百分之', '千分之', '六十', '点五', '百', '千', '万', '亿', '一半', '半', '半个月', '个月', '天', '小时',
  '个工作日', '一', '二', '两', '三', '十', '〇', '零', '九', '统一', '数', '几', '上', '成', '近', '前', '后', '大', '多', '0', '1', '12', ',',
  ',345', '.', '.5', '1,234', '1,2345', '%', '个', '家', '人', '以上', '-', '至', '到', '+N', ' ', '\n', '。', '第', '(', ')', '年',
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 2 }) },
);
const textish = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

/** The numerals of `text` as a global search of the pattern finds them, each searched for from the last one's end. */
function globalNumerals(text: string): Array<[number, number]> {
  const re = new RegExp(NUMERAL.source, 'gu');
  const out: Array<[number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The same numerals by the sticky pattern tried only where NUMERAL_FIRST allows, as scanQuantities does. */
function gatedNumerals(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (!NUMERAL_FIRST[text.charCodeAt(i)]) continue;
    NUMERAL.lastIndex = i;
    if (!NUMERAL.test(text)) continue;
    out.push([i, NUMERAL.lastIndex]);
    i = NUMERAL.lastIndex - 1;
  }
  return out;
}

describe('NUMERAL_FIRST is a necessary condition of NUMERAL', () => {
  it('every numeral starts on a character of the table', () => {
    fc.assert(fc.property(textish, (text) => {
      for (const [start] of globalNumerals(text)) expect(NUMERAL_FIRST[text.charCodeAt(start)]).toBe(1);
    }), { numRuns: 20_000 });
  });

  it('the gated sticky scan finds the numerals the global search finds', () => {
    fc.assert(fc.property(textish, (text) => {
      expect(gatedNumerals(text)).toEqual(globalNumerals(text));
    }), { numRuns: 20_000 });
  });

  it.each([
    ['到2025年,覆盖率达到95%以上', [[1, 5], [12, 14]]],
    ['提高百分之六十点五,压缩一半', [[2, 9], [12, 14]]],
    // not the X of Xbox, not 半 after 多; 1,2345 is no thousands' grouping
    ['XX项,Xbox,半个月,多半天,1,2345人', [[0, 2], [9, 10], [17, 18], [19, 23]]],
    // not 百 after 数; the 一 of 统一 is a numeral here (it has no unit after it)
    ['千家万户,数百人,统一', [[0, 1], [10, 11]]],
  ])('%s', (text, expected) => {
    expect(gatedNumerals(text)).toEqual(expected);
    expect(globalNumerals(text)).toEqual(expected);
  });
});

/** Pieces of the text before and after a number: comparators, rule words, their parts, marks and noise. */
const ruleWords = [
  ...FAR_COMPARATORS.map(([w]) => w), ...LEFT_COMPARATORS.map(([w]) => w), ...BENEFIT_NOUNS, ...PAYMENT_WORDS, '补', '至', '最', '少', '多',
  '为', '认为', '的', '(', ')', '(每次30分钟)', ' ', '\u3000', ',', '。', '、',
];
const rulePiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ruleWords) },
  { weight: 1, arbitrary: fc.string({ maxLength: 2 }) },
);
const stretch = fc.array(rulePiece, { maxLength: 12 }).map((parts) => parts.join('')).chain((text) =>
  fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length }))
    .map(([t, a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const));

describe('the index-based word tests read what the sliced searches read', () => {
  it('occursWithin, endsWithin, startsWithin', () => {
    const holds = occursWithin(BENEFIT_NOUNS);
    const ends = endsWithin(BENEFIT_NOUNS);
    const starts = startsWithin(BENEFIT_NOUNS);
    fc.assert(fc.property(stretch, ([text, from, to]) => {
      const s = text.slice(from, to);
      expect(holds(text, from, to)).toBe(BENEFIT_NOUNS.some((w) => s.includes(w)));
      expect(ends(text, from, to)).toBe(BENEFIT_NOUNS.some((w) => s.endsWith(w)));
      expect(starts(text, from, to)).toBe(BENEFIT_NOUNS.some((w) => s.startsWith(w)));
    }), { numRuns: 20_000 });
  });

  it('farComparator: the first listed adverb, at its last place', () => {
    fc.assert(fc.property(stretch, ([text, from, to]) => {
      const left = text.slice(from, to);
      let expected: LeftWord | null = null;
      for (const [word, comparator] of FAR_COMPARATORS) {
        const i = left.lastIndexOf(word);
        if (i >= 0) { expected = { comparator, word, start: from + i }; break; }
      }
      expect(farComparator(text, from, to)).toEqual(expected);
    }), { numRuns: 20_000 });
  });

  it('adjacentComparator: the longest comparator ending where the trimmed text ends', () => {
    fc.assert(fc.property(stretch, ([text, from, to]) => {
      const trimmed = text.slice(from, to).trimEnd();
      let expected: LeftWord | null = null;
      for (const [word, comparator] of LEFT_COMPARATORS) {
        if (!trimmed.endsWith(word)) continue;
        const blocked = word === '为' && trimmed.length >= 2 && NOT_BEFORE_WEI.includes(trimmed[trimmed.length - 2]!);
        expected = blocked ? null : { comparator, word, start: from + trimmed.length - word.length };
        break;
      }
      let end = to;
      while (end > from && /\s/u.test(text[end - 1]!)) end--;
      expect(adjacentComparator(text, from, end)).toEqual(expected);
    }), { numRuns: 20_000 });
  });
});

/** The slice and search statesEarlierYear replaced: a year before the plan's, in the sentence before the number. */
const SLICED_YEAR = /(?<![\d较比与以])(?<year>(?:19|20)\d{2})年(?!的?基础|为基|水平)/gu;
function slicedEarlierYear(text: string, at: number, year: number): boolean {
  const before = text.slice(sentenceStart(text, at), at);
  SLICED_YEAR.lastIndex = 0;
  for (let m = SLICED_YEAR.exec(before); m; m = SLICED_YEAR.exec(before)) if (Number(m.groups?.year) < year) return true;
  return false;
}

describe('earlier years found once per text read what the sliced search read', () => {
  const yearWords = [
    '2020年', '2019年', '2021年', '1998年', '2020', '20', '19', '年', '0', '5', '较', '比', '与', '以', '的基础', '基础', '的', '为基', '为',
    '水平', '水', '。', ';', '\n', ',', '达到', '95%', '1', '一', '百', 'X', '半',
  ];
  const yearText = fc.array(fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...yearWords) },
    { weight: 1, arbitrary: fc.string({ maxLength: 2 }) },
    { weight: 1, arbitrary: fc.constant('很长的句子'.repeat(40)) },
  ), { maxLength: 40 }).map((parts) => parts.join(''));

  it('at every number start, for plan years around the named ones', () => {
    fc.assert(fc.property(yearText, fc.integer({ min: 2018, max: 2022 }), (text, year) => {
      const years = earlierYears(text, year);
      for (let at = 0; at <= text.length; at++) {
        // The sliced search ended where a number starts: its first character is one of NUMERAL_FIRST.
        if (at < text.length && !NUMERAL_FIRST[text.charCodeAt(at)]) continue;
        expect(statesEarlierYear(text, years, at)).toBe(slicedEarlierYear(text, at, year));
      }
    }), { numRuns: 5_000 });
  });

  it('no plan year, no earlier year', () => {
    expect(earlierYears('2020年,全国达到102万个', undefined)).toEqual([]);
    expect(earlierYears('2020年,全国达到102万个', 2022)).toEqual([0, 1]);
    expect(earlierYears('较2020年提高5%', 2022)).toEqual([1, 0]);
  });

  it('a sentence cut by its window right at the digits reads the year, whatever stood before', () => {
    const text = `52019年${'的'.repeat(155)}10%`;
    expect(sentenceStart(text, 161)).toBe(1);
    expect(slicedEarlierYear(text, 161, 2022)).toBe(true);
    expect(statesEarlierYear(text, earlierYears(text, 2022), 161)).toBe(true);
  });
});

/** The replace loop stripLead and stripTail replaced. */
function stripRepeatedly(s: string, re: RegExp): string {
  for (let i = 0; i < 6; i++) {
    const next = s.replace(re, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

describe('the metric strips read what the replace loops read', () => {
  const metricWords = [
    '确保', '力争', '累计', '全面', '进一步', '要', '并', '同时', '其中', '原则上', '按照', '按', '实现', '使', '使得', '推动', '年内', '全年',
    '到', '至', '2025年', '2025年底', '9999年', '1998年底', '2025年,', '2025', '全市', '全国的', '全', '较', '比', '与', '上年', '上一年度', '去年', '相比', '在',
    '2020年', '的基础上', '基础上', '由', '从', '9.2', '9', '.', '%', ',', '年均', '平均', '同比', '再', '必须', '应', '需', '将', '均', '分别',
    '都', '全部', '也', '各', '稳定', '保持', '维持', '的', '中的', '中', '等', '县域内就诊率', '覆盖率', '医院', '\u{20000}', '𠀀的',
  ];
  const metricText = fc.array(fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...metricWords) },
    { weight: 1, arbitrary: fc.string({ maxLength: 2 }) },
  ), { maxLength: 14 }).map((parts) => parts.join(''));
  it('stripLead, stripTail', () => {
    fc.assert(fc.property(metricText, (s) => {
      expect(stripLead(s)).toBe(stripRepeatedly(s, METRIC_LEAD));
      expect(stripTail(s)).toBe(stripRepeatedly(s, METRIC_TAIL));
    }), { numRuns: 30_000 });
  });
});

describe('the past markers are searched only where one can open', () => {
  const pastWords = ['已', '曾', '去年', '截至', '截止', '以来', '现有', '基础', '水平', '先后', '为了', '除了', '了解', '了结', '了', '以', '现', '先', '去', '截', '为', '达到'];
  const pastText = fc.array(fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pastWords) },
    { weight: 1, arbitrary: fc.string({ maxLength: 2 }) },
  ), { maxLength: 12 }).map((parts) => parts.join('')).chain((text) =>
    fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length })));
  it('holdsPastMarker', () => {
    fc.assert(fc.property(pastText, ([text, a, b]) => {
      const [from, to] = [Math.min(a, b), Math.max(a, b)];
      expect(holdsPastMarker(text, from, to)).toBe(PAST_MARKERS.test(text.slice(from, to)));
    }), { numRuns: 20_000 });
  });
});
