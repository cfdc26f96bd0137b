import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDeadlines } from '../../src/extract/deadlines.js';
import { normalize } from '../../src/clean/normalize.js';
import { MappedText } from '../../src/clean/mapped-text.js';

type Row = { text: string; expect: Array<{ text: string; kind: string; start: string | null; end: string | null; precision?: string; placeholder?: boolean; recurring?: boolean; duration?: string }>; year?: number };

/** Runs each row as written and with full-width digits and punctuation (folded the way the pipeline folds them). */
function check(rows: Row[]) {
  for (const row of rows) {
    for (const variant of [row.text, toFullWidth(row.text)]) {
      it(`${variant}`, () => {
        const text = normalize(MappedText.identity(variant)).text;
        const found = findDeadlines(text, { year: row.year ?? 2021 });
        expect(found.map((d) => ({ text: d.text, kind: d.kind, start: d.start, end: d.end }))).toEqual(
          row.expect.map((e) => ({ text: normalize(MappedText.identity(e.text)).text, kind: e.kind, start: e.start, end: e.end })));
        row.expect.forEach((e, i) => {
          const d = found[i]!;
          expect(text.slice(d.at[0], d.at[1])).toBe(d.text);
          if (e.precision) expect(d.precision).toBe(e.precision);
          if (e.placeholder) expect(d.placeholder).toBe(true);
          if (e.recurring) expect(d.recurring).toBe(true);
          if (e.duration) expect(d.duration).toBe(e.duration);
        });
      });
    }
  }
}

function toFullWidth(s: string): string {
  return s.replace(/[0-9,;:()%-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const by = (text: string, end: string | null, precision?: string) => ({ text, kind: 'by', start: null, end, precision });

describe('deadlines: by a date (前, 底前, 之前)', () => check([
  { text: '6月25日前启动活动', expect: [by('6月25日前', '2021-06-25', 'day')] },
  { text: '2021年6月底前,要学深悟透', expect: [by('2021年6月底前', '2021-06-30', 'month')] },
  { text: '年底前完成改造', expect: [by('年底前', '2021-12-31', 'year')] },
  { text: '2020年底前完成', expect: [by('2020年底前', '2020-12-31')] },
  { text: '4月10日前完成改造任务', expect: [by('4月10日前', '2021-04-10')] },
  { text: '十二月底前完成', expect: [by('十二月底前', '2021-12-31')] },
  { text: '2024年2月底前上报', expect: [by('2024年2月底前', '2024-02-29')] },
  { text: '2023年2月底前上报', expect: [by('2023年2月底前', '2023-02-28')] },
  { text: '9月30日之前报送', expect: [by('9月30日之前', '2021-09-30')] },
  { text: '二〇二二年十二月底前完成', expect: [by('二〇二二年十二月底前', '2022-12-31')] },
  { text: '7月中旬前完成', expect: [by('7月中旬前', '2021-07-20', 'xun')] },
  { text: '2025年前基本建成', expect: [by('2025年前', '2025-12-31', 'year')] },
  { text: '到2025年,基本建成体系', expect: [by('到2025年', '2025-12-31', 'year')] },
]));

describe('deadlines: during a period (年内, quarters, halves, xun)', () => check([
  { text: '年内完成', expect: [{ text: '年内', kind: 'during', start: '2021-01-01', end: '2021-12-31', precision: 'year' }] },
  { text: '一季度 制定方案', expect: [{ text: '一季度', kind: 'during', start: '2021-01-01', end: '2021-03-31', precision: 'quarter' }] },
  { text: '第二季度启动', expect: [{ text: '第二季度', kind: 'during', start: '2021-04-01', end: '2021-06-30' }] },
  { text: '3季度完成', expect: [{ text: '3季度', kind: 'during', start: '2021-07-01', end: '2021-09-30' }] },
  { text: '二、三季度 学习指标体系', expect: [{ text: '二、三季度', kind: 'during', start: '2021-04-01', end: '2021-09-30' }] },
  { text: '上半年完成评估', expect: [{ text: '上半年', kind: 'during', start: '2021-01-01', end: '2021-06-30', precision: 'half' }] },
  { text: '下半年开展督查', expect: [{ text: '下半年', kind: 'during', start: '2021-07-01', end: '2021-12-31' }] },
  { text: '7月上旬完成', expect: [{ text: '7月上旬', kind: 'during', start: '2021-07-01', end: '2021-07-10', precision: 'xun' }] },
  { text: '2月下旬完成', year: 2024, expect: [{ text: '2月下旬', kind: 'during', start: '2024-02-21', end: '2024-02-29' }] },
  { text: '本年度重点学习四个文件', expect: [{ text: '本年度', kind: 'during', start: '2021-01-01', end: '2021-12-31' }] },
  { text: '2022年,全市卫生健康工作以…为指导', expect: [{ text: '2022年', kind: 'during', start: '2022-01-01', end: '2022-12-31' }] },
  { text: '力争2022年居民健康素养水平达到22%', expect: [{ text: '2022年', kind: 'during', start: '2022-01-01', end: '2022-12-31' }] },
  { text: '3-5月开展排查', expect: [{ text: '3-5月', kind: 'during', start: '2021-03-01', end: '2021-05-31' }] },
]));

describe('deadlines: start, plain dates, ranges', () => check([
  { text: '7月上旬开始,各级部门定期调度', expect: [{ text: '7月上旬开始', kind: 'start', start: '2021-07-01', end: '2021-07-10' }] },
  { text: '按月通报(从第7月份开始通报)', expect: [{ text: '从第7月份开始', kind: 'start', start: '2021-07-01', end: '2021-07-31' }] },
  { text: '11月起实施新标准', expect: [{ text: '11月起', kind: 'start', start: '2021-11-01', end: '2021-11-30' }] },
  { text: '2021年12月,全面评价本次活动', expect: [{ text: '2021年12月', kind: 'on', start: '2021-12-01', end: '2021-12-31' }] },
  { text: '6月11-13日召开培训班', expect: [{ text: '6月11-13日', kind: 'during', start: '2021-06-11', end: '2021-06-13' }] },
  { text: '定于9月召开推进会', expect: [{ text: '9月', kind: 'on', start: '2021-09-01', end: '2021-09-30' }] },
  { text: '6月1日至6月30日开展集中整治', expect: [{ text: '6月1日至6月30日', kind: 'during', start: '2021-06-01', end: '2021-06-30' }] },
  { text: '2021年8月15日举办大赛', expect: [{ text: '2021年8月15日', kind: 'on', start: '2021-08-15', end: '2021-08-15' }] },
  { text: '三季度开始试点', expect: [{ text: '三季度开始', kind: 'start', start: '2021-07-01', end: '2021-09-30' }] },
  { text: '下半年起推广', expect: [{ text: '下半年起', kind: 'start', start: '2021-07-01', end: '2021-12-31' }] },
]));

describe('deadlines: placeholders, recurring and relative limits', () => check([
  { text: 'X月底前对所有贫困人口进行健康体检', expect: [{ text: 'X月底前', kind: 'by', start: null, end: null, placeholder: true }] },
  { text: 'x月底前县级医共体组建完毕', expect: [{ text: 'x月底前', kind: 'by', start: null, end: null, placeholder: true }] },
  { text: '每年2月底前报送上年度总结', expect: [{ text: '每年2月底前', kind: 'by', start: null, end: '2021-02-28', recurring: true }] },
  { text: '每月10日前上报数据', expect: [{ text: '每月10日前', kind: 'by', start: null, end: '2021-01-10', recurring: true }] },
  { text: '1年内完成', expect: [{ text: '1年内', kind: 'by', start: null, end: '2021-12-31', duration: 'P1Y' }] },
  { text: '三个月内完成整改', expect: [{ text: '三个月内', kind: 'by', start: null, end: null, duration: 'P3M' }] },
  { text: '2-3年内建成', expect: [{ text: '2-3年内', kind: 'by', start: null, end: '2023-12-31', duration: 'P2Y/P3Y' }] },
  { text: '半年内完成', expect: [{ text: '半年内', kind: 'by', start: null, end: null, duration: 'P6M' }] },
  { text: '10个工作日内办结', expect: [{ text: '10个工作日内', kind: 'by', start: null, end: null, duration: 'P10D' }] },
  { text: '两年内全覆盖', expect: [{ text: '两年内', kind: 'by', start: null, end: '2022-12-31', duration: 'P2Y' }] },
  { text: '每季度末前上报', expect: [{ text: '每季度末前', kind: 'by', start: null, end: '2021-03-31', recurring: true }] },
]));

describe('deadlines: dates that are not deadlines', () => check([
  { text: '截止12月11日,全区共收缴合疗基金304.10万元', expect: [] },
  { text: '10月14日省政府召开了全省电视电话会议', expect: [] },
  { text: '2022年2月27日印发', expect: [] },
  { text: '定西市卫生健康委员会\n2022年2月27日', expect: [] },
  { text: '2020年6月,自治区启动2021年度“讲见效”活动', expect: [] },
  { text: '合理利用好2021年中央财政经费补助', expect: [] },
  { text: '加强2022年投资项目清单的调度', expect: [] },
  { text: '完成《2019年社区医疗业务预算管理编制依据》批复', expect: [] },
  { text: '做好迎接2021年度各项考核评价的准备', expect: [] },
  { text: '完成2021年上半年社区卫生服务中心综合目标考核', expect: [] },
  { text: '制定2022年工作计划', expect: [] },
  { text: '每季度上报资金使用情况', expect: [] },
  { text: '确保2022年各项重点工作按时完成', expect: [] },
  { text: '自2018年以来,累计投入5亿元', expect: [] },
  { text: '深入实施提升基层能力三年计划', expect: [] },
  { text: '按月进行自我检查,定期调度', expect: [] },
  { text: '中共子长县委 子长县人民政府 (年10月21日)', expect: [] },
]));

describe('deadlines: document year and summaries', () => {
  it('resolves against the plan year and reports where the year came from', () => {
    expect(findDeadlines('6月底前完成', { year: 2022 })[0]).toMatchObject({ end: '2022-06-30', yearSource: 'document' });
    expect(findDeadlines('2023年6月底前完成', { year: 2022 })[0]).toMatchObject({ end: '2023-06-30', yearSource: 'explicit' });
    expect(findDeadlines('6月底前完成', {})[0]).toMatchObject({ end: null, yearSource: 'none' });
  });
  it('keeps only forward-looking limits in a work summary', () => {
    expect(findDeadlines('11月底各乡镇卫生院进行盘点', { year: 2010, summary: true })).toEqual([]);
    expect(findDeadlines('下一步,力争明年6月底前全面完成', { year: 2010, summary: true })).toHaveLength(1);
  });
});

describe('deadlines: robustness', () => {
  it('never throws and keeps spans in bounds on random time-like text', () => {
    const alphabet = [...'〇一二三四五六七八九十年月日前底季度上下中旬半内起开始每第从-X0123456789,。、 '];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), (chars) => {
      const text = chars.join('');
      for (const d of findDeadlines(text, { year: 2021 })) {
        expect(d.at[0]).toBeGreaterThanOrEqual(0);
        expect(d.at[1]).toBeLessThanOrEqual(text.length);
        expect(text.slice(d.at[0], d.at[1])).toBe(d.text);
      }
    }), { numRuns: 2000 });
  });
  it('runs through 1 MB of repeated time fragments (linear patterns)', () => {
    const text = '2021年6月底前、二、三季度、7月上旬开始,X月底前;1-2-3-4年内每年'.repeat(30000);
    expect(findDeadlines(text, { year: 2021 }).length).toBeGreaterThan(1000);
  });
});
