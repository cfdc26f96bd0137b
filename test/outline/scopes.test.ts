/**
 * Scopes of a document's outline: annexes (附件N, each a tree of its own, contract 1.1 `annex`),
 * boxes (专栏N, 表N: numbering restarts under the same section), and tables (an indicator
 * table's rows and tab-separated rows are no headings). Every case in ASCII and full-width writing.
 */
import { describe, expect, it } from 'vitest';
import { findAnnexes, findAnnexLists } from '../../src/outline/annexes.js';
import { findBoxes } from '../../src/outline/boxes.js';
import { isIndicatorTable } from '../../src/outline/table-labels.js';
import { parse } from '../../src/parse.js';
import type { Section } from '../../src/index.js';
import { fullWidth, outline, type Row } from './helpers.js';

const BODY = '各区要结合实际,细化工作措施,明确责任分工,确保各项任务落到实处,按时完成年度目标任务。';
const NOTICE = `某某市卫生健康委员会关于印发某某实施方案的通知\n各区卫生健康局:\n现将《某某实施方案》印发给你们,请认真贯彻执行。\n一、高度重视\n${BODY}\n二、认真落实\n${BODY}\n`;

/** Rows with the annex each heading belongs to. */
type AnnexRow = [...Row, string | undefined];
const annexRows = (text: string): AnnexRow[] => outline(text).nodes.map((n) => [n.marker, n.level, n.ordinal, n.title, n.annex]);

function expectBoth(text: string, want: AnnexRow[]): void {
  expect(annexRows(text)).toEqual(want);
  expect(annexRows(fullWidth(text))).toEqual(want);
}

describe('findAnnexes', () => {
  const cases: Array<{ name: string; text: string; labels: string[]; indicator?: boolean[] }> = [
    { name: 'numbered annexes, each label on its own line with its title', text: `${NOTICE}附件:1.实施方案\n2.任务分工表\n某某市卫生健康委员会\n2023年1月5日\n附件1\n某某实施方案\n一、总体要求\n${BODY}\n附件2\n任务分工表\n序号\t任务\t牵头单位\n1\t${BODY}\t市卫生健康委`, labels: ['附件1', '附件2'] },
    { name: 'a label with its title glued to it', text: `${NOTICE}附件1某某质量监测指标体系\n一级指标\t二级指标\t评价标准\t数据来源\n签约数量\t1.签约率\t${BODY}\t统计年报`, labels: ['附件1'], indicator: [true] },
    { name: 'the only annex, unnumbered, title on the label\'s line', text: `${NOTICE}附件:重点任务分工表\n序号\t任务\t责任单位\t完成时限\n1\t${BODY}\t市卫生健康委\t2023年底前`, labels: ['附件'] },
    { name: 'the only annex, unnumbered, title on the next line', text: `${NOTICE}附件\n某某实施方案\n一、总体要求\n${BODY}`, labels: ['附件'] },
    { name: 'flattened: the annex list, then the annex after spaces', text: `${NOTICE.replace(/\n/g, ' ')}附件:某某考核指标 某某委员会 2023年1月5日 附件 某某考核指标 一级指标 二级指标 三级指标 指标说明 一、医疗质量 (一)功能定位 1.门诊人次数 ${BODY}`, labels: ['附件'], indicator: [true] },
    { name: 'no annex: a list of annexes with no text after it', text: `${NOTICE}附件:1.实施方案\n2.任务分工表\n某某市卫生健康委员会\n2023年1月5日`, labels: [] },
    { name: 'no annex: a label cited in a sentence', text: `${NOTICE}按照《某某标准》(附件1)执行。\n见附件2所列事项,${BODY}`, labels: [] },
    { name: 'no annex: a download list "附件:" followed by links', text: `${NOTICE}附件:\n扫一扫在手机打开当前页\n${BODY}`, labels: [] },
  ];
  for (const { name, text, labels, indicator } of cases) {
    it(`${name} (ascii, full-width)`, () => {
      for (const t of [text, fullWidth(text)]) {
        const folded = outline(t).text;
        const annexes = findAnnexes(folded);
        expect(annexes.map((a) => a.label)).toEqual(labels);
        if (indicator) expect(annexes.map((a) => a.indicatorTable)).toEqual(indicator);
      }
    });
  }
});

describe('findAnnexLists', () => {
  const cases: Array<{ name: string; text: string; entries: number }> = [
    { name: 'a numbered list, its later entries on lines of their own', text: `${NOTICE}附件:1.监测指标\n     2.任务分工表\n     3.评价细则\n某市卫生健康委员会\n2024年3月8日`, entries: 3 },
    { name: 'a list of one', text: `${NOTICE}附件:1.实施方案\n某市卫生健康委员会`, entries: 1 },
    { name: 'no list: an annex label with its title', text: `${NOTICE}附件1\n某某实施方案\n一、总体要求\n1.完善机制。`, entries: 0 },
  ];
  for (const { name, text, entries } of cases) {
    it(`${name} (ascii, full-width)`, () => {
      for (const t of [text, fullWidth(text)]) {
        const folded = outline(t).text;
        const lists = findAnnexLists(folded);
        expect(lists.length).toBe(entries ? 1 : 0);
        if (entries) expect(folded.slice(lists[0]![0], lists[0]![1]).split('\n').length).toBe(entries);
      }
    });
  }
  it('the list\'s entries are no headings, even before any heading', () => {
    const text = '某某委员会关于印发实施方案的通知\n各区:\n现印发给你们。\n附件:1.监测指标\n     2.任务分工表\n     3.评价细则\n某某委员会\n2024年3月8日\n某某实施方案\n一、工作目标\n到2024年底建成20家。\n二、重点任务\n(一)完善功能。各区要完成评估。';
    expectBoth(text, [['一、', 1, 1, '工作目标', undefined], ['二、', 1, 2, '重点任务', undefined], ['(一)', 2, 1, '完善功能', undefined]]);
  });
});

describe('isIndicatorTable', () => {
  const cases: Array<{ title: string; header: string; expect: boolean }> = [
    { title: '附件1 质量监测指标体系', header: '一级指标\t二级指标\t评价标准\t指标含义\t数据来源', expect: true },
    { title: '附件 绩效考核指标', header: '一级指标 二级指标 三级指标 指标性质 指标说明 一、医疗质量', expect: true },
    { title: '专栏1 主要指标', header: '“十三五”生态环境保护主要指标指  标2015年2020年〔累计〕1属性生态环境质量', expect: true },
    { title: '表2 主要指标', header: '指标\t2020年\t2025年\t属性', expect: true },
    { title: '附件2 任务分工表', header: '序号\t工作事项\t主要内容\t牵头单位\t配合单位', expect: false },
    { title: '附件2 考核办法', header: '一、考核指标和权重', expect: false },
    { title: '专栏3 重点行业治污减排', header: '(一)造纸行业。力争完成纸浆无元素氯漂白改造,完善中段水生化处理工艺', expect: false },
    { title: '附件 考核指标', header: '各地要按照指标说明和计算方法,认真填报数据来源。', expect: false },
  ];
  it.each(cases)('$title | $header → $expect', ({ title, header, expect: want }) => {
    expect(isIndicatorTable(title, header)).toBe(want);
  });
});

describe('findBoxes', () => {
  const cases: Array<{ name: string; text: string; labels: string[] }> = [
    { name: 'boxes that open a line', text: `${BODY}\n专栏3 重点行业治污减排(一)造纸行业。${BODY}\n${BODY}\n专栏4 总量控制地区(一)总磷总量控制。${BODY}`, labels: ['专栏3', '专栏4'] },
    { name: 'a box run on after the one before', text: `专栏8 重大工程(一)达标排放。${BODY}(十一)核安全。${BODY}专栏9 生态工程(一)屏障保护。${BODY}`, labels: ['专栏8', '专栏9'] },
    { name: 'a table caption', text: `${BODY}\n表1 主要指标\n指标\t2020年\t2025年\t属性\n1.覆盖率\t80%\t90%\t约束性`, labels: ['表1'] },
    { name: 'no box: a table cited in a sentence, or 表 inside a word', text: `${BODY}如表1所示,代表3名,${BODY}详见专栏2中的项目。`, labels: [] },
  ];
  for (const { name, text, labels } of cases) {
    it(`${name} (ascii, full-width)`, () => {
      for (const t of [text, fullWidth(text)]) expect(findBoxes(outline(t).text).map((b) => b.label)).toEqual(labels);
    });
  }
});

describe('an annex is a tree of its own', () => {
  it('its numbering starts again at level 1, after the main text, each heading with its annex', () => {
    const text = `${NOTICE}附件:1.实施方案\n2.任务分工表\n某某市卫生健康委员会\n2023年1月5日\n附件1\n某某实施方案\n一、总体要求\n${BODY}\n二、重点任务\n(一)深化改革\n${BODY}\n(二)强化保障\n${BODY}\n附件2\n任务分工表\n序号\t任务\t牵头单位\n1\t${BODY}\t市卫生健康委`;
    expectBoth(text, [
      ['一、', 1, 1, '高度重视', undefined], ['二、', 1, 2, '认真落实', undefined],
      ['一、', 1, 1, '总体要求', '附件1'], ['二、', 1, 2, '重点任务', '附件1'], ['(一)', 2, 1, '深化改革', '附件1'], ['(二)', 2, 2, '强化保障', '附件1'],
    ]);
  });
  it('an annex whose parts are 第一部分: its parts are level 1, its items level 2', () => {
    const text = `${NOTICE}附件2\n\n某某准入标准\n\n第一部分:一类病种\n一、高血压病\n(一)符合诊断标准;\n(二)除外症状性高血压。\n第二部分:二类病种\n二、精神分裂症\n(一)症状标准。\n${BODY}`;
    expectBoth(text, [
      ['一、', 1, 1, '高度重视', undefined], ['二、', 1, 2, '认真落实', undefined],
      ['第一部分', 1, 1, '一类病种', '附件2'], ['一、', 2, 1, '高血压病', '附件2'], ['(一)', 3, 1, '符合诊断标准', '附件2'], ['(二)', 3, 2, '除外症状性高血压', '附件2'],
      ['第二部分', 1, 2, '二类病种', '附件2'], ['二、', 2, 2, '精神分裂症', '附件2'], ['(一)', 3, 1, '症状标准', '附件2'],
    ]);
  });
  it('an indicator table\'s rows are no headings, even numbered ones', () => {
    const text = `${NOTICE}附件1\n某某质量监测指标体系\n一级指标\t二级指标\t评价标准\t数据来源\n签约数量\t1.重点人群签约率\t较上一年增加。\t统计年报\n2.签约服务覆盖率\t每年增加1-3个百分点。\t统计年报`;
    expectBoth(text, [['一、', 1, 1, '高度重视', undefined], ['二、', 1, 2, '认真落实', undefined]]);
  });
  it('a flattened indicator annex: its 一、(一)1. rows are no headings', () => {
    const text = `${NOTICE.replace(/\n/g, ' ')}附件 某某绩效考核指标 一级指标 二级指标 三级指标 指标性质 指标说明 一、医疗质量 (一)功能定位 1.门诊人次数与出院人次数比 定量 计算方法:门诊患者人次数/同期出院患者人次数。2.下转患者人次数 定量 计算方法:本年度下转患者人次数。`;
    expectBoth(text, [['一、', 1, 1, '高度重视', undefined], ['二、', 1, 2, '认真落实', undefined]]);
  });
  it('a task-division annex gives one task per row, each with its annex; the main text\'s last task ends before it', () => {
    const text = `${NOTICE}附件2\n任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推进医共体建设\t市卫生健康委\t市财政局\t2023年6月底前\n2\t完善医保支付\t市医保局\t市卫生健康委\t2023年12月底前`;
    for (const t of [text, fullWidth(text)]) {
      const doc = parse(t);
      const rows = doc.tasks.filter((k) => k.annex === '附件2');
      expect(rows.map((k) => k.text.split('\t')[1])).toEqual(['推进医共体建设', '完善医保支付']);
      expect(rows.map((k) => k.deadlines.map((d) => d.end))).toEqual([['2023-06-30'], ['2023-12-31']]);
      const last = doc.tasks.find((k) => k.path.join('') === '二、认真落实')!;
      expect(last.text).not.toContain('附件');
    }
  });
  it('a section and a task of an annex carry it in the output (contract 1.1)', () => {
    const text = `${NOTICE}附件1\n某某实施方案\n一、总体要求\n${BODY}`;
    const doc = parse(text);
    const flat = (l: Section[]): Section[] => l.flatMap((s) => [s, ...flat(s.children)]);
    expect(flat(doc.sections).map((s) => s.annex)).toEqual([undefined, undefined, '附件1']);
    expect(doc.tasks.map((k) => k.annex)).toEqual([undefined, undefined, '附件1']);
  });
});

describe('boxes restart their numbering under the section that holds them', () => {
  it('(一) again in the next box, both under one 节, and the text after a box is the 节\'s again', () => {
    const text = `第一章 实施专项治理\n第一节 实施工业污染源全面达标排放计划\n${BODY}\n第二节 深入推进重点污染物减排\n${BODY}\n专栏3 推动重点行业治污减排(一)造纸行业。${BODY}(二)印染行业。${BODY}\n${BODY}\n专栏4 区域性总量控制地区(一)挥发性有机物总量控制。${BODY}(二)总磷总量控制。${BODY}\n第三节 加强基础设施建设\n${BODY}`;
    expectBoth(text, [
      ['第一章', 1, 1, '实施专项治理', undefined], ['第一节', 2, 1, '实施工业污染源全面达标排放计划', undefined], ['第二节', 2, 2, '深入推进重点污染物减排', undefined],
      ['(一)', 3, 1, '造纸行业', undefined], ['(二)', 3, 2, '印染行业', undefined],
      ['(一)', 3, 1, '挥发性有机物总量控制', undefined], ['(二)', 3, 2, '总磷总量控制', undefined],
      ['第三节', 2, 3, '加强基础设施建设', undefined],
    ]);
  });
  it('a box that starts right after the last item of the one before', () => {
    const text = `第八章 加快制度创新\n${BODY}\n第九章 实施重大工程\n专栏8 环境治理工程(一)达标排放。${BODY}(二)超低排放。${BODY}专栏9 生态工程(一)屏障保护修复。${BODY}(二)国土绿化行动。${BODY}\n第十章 保障措施\n${BODY}`;
    expectBoth(text, [
      ['第八章', 1, 8, '加快制度创新', undefined], ['第九章', 1, 9, '实施重大工程', undefined], ['(一)', 2, 1, '达标排放', undefined], ['(二)', 2, 2, '超低排放', undefined],
      ['(一)', 2, 1, '屏障保护修复', undefined], ['(二)', 2, 2, '国土绿化行动', undefined], ['第十章', 1, 10, '保障措施', undefined],
    ]);
  });
  it('an indicator box gives no headings, nor do the notes under it', () => {
    const text = `第二章 主要目标\n第一节 指导思想\n${BODY}\n第二节 主要目标\n${BODY}\n专栏1 主要指标指  标2015年2020年属性生态环境质量1.空气质量优良天数比率76.7>80约束性2.水质量达标比例66>70约束性注:1.〔 〕内为五年累计数。\n2.空气质量评价覆盖全国338个城市。\n3.水环境质量评价覆盖全国地表水国控断面。\n第三章 强化源头防控\n${BODY}`;
    expectBoth(text, [
      ['第二章', 1, 2, '主要目标', undefined], ['第一节', 2, 1, '指导思想', undefined], ['第二节', 2, 2, '主要目标', undefined], ['第三章', 1, 3, '强化源头防控', undefined],
    ]);
  });
});

describe('rows of a table are no headings', () => {
  it('numbered cells of tab-separated rows', () => {
    const text = `一、重点任务\n${BODY}\n类别\t序号\t任务\t责任单位\n基层\t1.推进医共体建设\t${BODY}\t市卫生健康委\n医保\t2.完善医保支付\t${BODY}\t市医保局\n二、保障措施\n${BODY}`;
    expectBoth(text, [['一、', 1, 1, '重点任务', undefined], ['二、', 1, 2, '保障措施', undefined]]);
  });
});

describe('an annex that restates the main text\'s tasks', () => {
  it('is kept as the table\'s rows, and an info diagnostic says which annex and how many', () => {
    const text = `一、主要任务\n1.扩大服务供给。${BODY}\n2.优化服务团队。${BODY}\n3.完善培训体系。${BODY}\n附件2\n任务分工表\n序号\t工作事项\t主要内容\t牵头单位\n1\t扩大服务供给。\t${BODY}\t各区政府\n2\t优化服务团队。\t${BODY}\t市卫生健康委\n3\t完善培训体系。\t${BODY}\t市卫生健康委`;
    for (const t of [text, fullWidth(text)]) {
      const r = outline(t);
      expect(r.file.messages.filter((m) => m.code === 'annex-restates').map((m) => m.message)).toEqual(['附件2 restates 3 of the main text\'s 3 tasks; its rows are kept as the table\'s tasks']);
      expect(parse(t).tasks.filter((k) => k.annex === '附件2')).toHaveLength(3);
    }
  });
});
