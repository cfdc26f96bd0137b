import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidates } from '../../src/extract/deadline/candidates.js';
import { foldWidth } from '../../src/extract/lexicon/fold.js';
import { parsers } from '../../src/extract/deadline/parsers.js';
import type { DeadlineContext } from '../../src/extract/deadline/draft.js';

/**
 * The gates of candidates() (a text with no needed string, a clause without it, a needed 月 or 年
 * after no numeral, a range without a joiner, the rare shapes' text tests) only spare patterns
 * work: every parser run over every clause of the folded text (foldWidth), with no gate, must give
 * the same candidates.
 */
function ungated(input: string, ctx: DeadlineContext) {
  const text = foldWidth(input);
  const all: Array<{ at: [number, number]; parser: string; match: string }> = [];
  let a = 0;
  for (const clause of text.split(/[。;；,，!！？\n]/)) {
    for (const parser of parsers) {
      const pattern = new RegExp(parser.pattern.source, parser.pattern.flags);
      for (const m of clause.matchAll(pattern)) {
        const draft = parser.build(m.groups ?? {}, ctx, m[0]);
        if (draft) all.push({ at: [a + m.index! + (draft.skip ?? 0), a + m.index! + m[0].length], parser: parser.name, match: m[0] });
      }
    }
    a += clause.length + 1;
  }
  all.sort((x, y) => x.at[0] - y.at[0] || y.at[1] - x.at[1]);
  return all;
}

const gated = (text: string, ctx: DeadlineContext) => candidates(text, ctx).candidates.map((c) => ({ at: c.at, parser: c.parser.name, match: c.match }));

/** Keeps the leftmost, then longest, of overlapping candidates, as candidates() does. */
function leftmost<T extends { at: [number, number] }>(sorted: T[]): T[] {
  const kept: T[] = [];
  for (const c of sorted) if (!kept.length || c.at[0] >= kept[kept.length - 1]!.at[1]) kept.push(c);
  return kept;
}

describe('deadline candidates: the gates change nothing', () => {
  const pieces = [
    ...'〇一二三四五六七八九十两年月日号前底末初季度上下中旬半内起开始每第从至到-Xx0123456789,。;，；、 \n本今个./间即提次时',
    '20', '2021', '２０２１.５.３', '２０２１－', '　', '～', '十四五', '“十三五”', '十四五"', '规划', '半年内', '个月内', '年内', '3个工作日内', '两周内', '本年底', '全年内', '每个月底', '每季度末', '期间', '时期', '末期', '个月', '个季度', '个星期', '工作日', '每个', '全', '近', '本年', '今年', '年度', '时间', '提前', '即日', '次月', '本月', '下个月', '个工作日', '青年', '年度', '以前', '之前', '为止',
  ];
  const ctxs: DeadlineContext[] = [{ year: 2021 }, {}, { year: 2022, summary: true, issued: '2022-03-01' }];
  it('on random time-like text, in ASCII and full-width punctuation', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom(...ctxs), (parts, ctx) => {
      const text = parts.join('');
      expect(gated(text, ctx)).toEqual(leftmost(ungated(text, ctx)));
    }), { numRuns: 3000 });
  });
  it.each([
    ['2021年6月底前完成,二、三季度开展;每年2月底前报送', { year: 2021 }],
    ['“十四五”期间,自即日起,提前1个月;次月底前', { year: 2022 }],
    ['青年工作年度总结,岁月如歌', { year: 2022 }],
    ['2022年3月1日至2022年4月30日,5个工作日内', { year: 2022, issued: '2022-02-01' }],
  ] as Array<[string, DeadlineContext]>)('on %s', (text, ctx) => {
    expect(gated(text, ctx)).toEqual(leftmost(ungated(text, ctx)));
  });
});
