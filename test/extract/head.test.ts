/**
 * The document's head and its datelines (issue 13, item 7): the head — addressees, the preamble,
 * site chrome left above the title — is no task unless it assigns work, and a publication or
 * signature date is no deadline, wherever it stands.
 */
import { describe, expect, it } from 'vitest';
import { isDateline } from '../../src/extract/datelines.js';
import { parse } from '../../src/parse.js';
import { bothWidths, fullWidth } from './helpers.js';

describe('isDateline', () => {
  const rows: Array<{ text: string; date: string; expect: boolean }> = [
    { text: '请认真贯彻执行。\n国务院办公厅\n2020年7月15日', date: '2020年7月15日', expect: true },
    { text: '现印发给你们。国务院办公厅2020年11月1日(此件公开发布)', date: '2020年11月1日', expect: true },
    { text: '某市卫生健康委员会 2022年3月1日', date: '2022年3月1日', expect: true },
    { text: '发布日期:2019年01月30日 主题词:', date: '2019年01月30日', expect: true },
    { text: '发表时间:2025-03-28 16:55:56信息来源:区卫生健康局', date: '2025-03-28', expect: true },
    { text: '【一图读懂】《养老服务管理办法》    2022-09-16', date: '2022-09-16', expect: true },
    { text: '某县卫生健康局\n二〇二二年三月十五日', date: '二〇二二年三月十五日', expect: true },
    // Dates of work and of events in a sentence are no datelines.
    { text: '资格审核时间为2026年6月5日,请家长按时到园。', date: '2026年6月5日', expect: false },
    { text: '2020年9月11日,总理在电视电话会议上发表重要讲话。', date: '2020年9月11日', expect: false },
    { text: '各区要于2022年3月15日前报送。', date: '2022年3月15日', expect: false },
    { text: '本通知自2019年7月1日起实施。', date: '2019年7月1日', expect: false },
    { text: '到2020年底,基本建立考核体系。', date: '2020年底', expect: false },
  ];
  it.each(bothWidths(rows))('$text ($width) → $expect', ({ input, date, expect: want }) => {
    const at = input.indexOf(date);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(isDateline(input, at, at + date.length)).toBe(want);
  });
});

describe('the head gives no deadline from its dates, and no task unless it assigns work', () => {
  const head = '某市卫生健康委员会关于印发某某方案的通知\n某卫发〔2022〕5号\n各区卫生健康局:\n2022年3月1日,市政府召开专题会议,研究部署有关工作。现将《某某方案》印发给你们,请认真贯彻执行。\n某市卫生健康委员会\n2022年3月5日\n';
  const plan = '一、总体要求\n(一)工作目标。到2022年底,基本建成分级诊疗制度。\n二、保障措施\n各区要于2022年6月底前报送工作进展。';
  for (const [width, write] of [['ascii', (s: string) => s], ['full', fullWidth]] as const) {
    it(`a meeting date and the signature date (${width})`, () => {
      const doc = parse(write(head + plan));
      expect(doc.tasks.filter((t) => t.sectionId === null)).toEqual([]);
      const dates = doc.tasks.flatMap((t) => t.deadlines.map((d) => d.text));
      expect(dates).toEqual(['2022年底', '2022年6月底前']);
    });
    it(`a head that assigns work stays a task, its issue date does not (${width})`, () => {
      const assigning = head.replace('请认真贯彻执行。', '各区要于2022年4月底前制定实施细则。');
      const doc = parse(write(assigning + plan));
      const first = doc.tasks[0]!;
      expect(first.sectionId).toBeNull();
      expect(first.deadlines.map((d) => d.text)).toEqual(['2022年4月底前']);
    });
    it(`a signature at the end of the last section is no deadline (${width})`, () => {
      const doc = parse(write(`${plan}\n某市卫生健康委员会\n2022年3月5日`));
      const last = doc.tasks[doc.tasks.length - 1]!;
      expect(last.deadlines.map((d) => d.text)).toEqual(['2022年6月底前']);
    });
  }
});
