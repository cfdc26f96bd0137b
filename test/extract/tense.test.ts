import { describe, expect, it } from 'vitest';
import { type Tense, documentTense, sectionTense, textTense, titleTense } from '../../src/extract/tense.js';
import { bothWidths } from './helpers.js';

interface TitleRow { text: string; year?: number; expect: Tense | null }

/** Section titles (without their markers) as work reports, plans and summaries write them. */
const titles: TitleRow[] = [
  // A government work report: the review part, then the plan parts.
  { text: '2025年工作总结和“十四五”发展成就', year: 2026, expect: 'past' },
  { text: '“十五五”时期主要任务', year: 2026, expect: 'future' },
  { text: '2026年重点工作', year: 2026, expect: 'future' },
  // A five-year plan: its first chapter reviews and assesses, the rest plans.
  { text: '全国生态环境保护形势', year: 2016, expect: 'past' },
  { text: '生态环境保护取得积极进展', year: 2016, expect: 'past' },
  { text: '生态环境保护面临机遇与挑战', year: 2016, expect: 'past' },
  { text: '发展基础', year: 2021, expect: 'past' },
  { text: '指导思想、基本原则与主要目标', year: 2016, expect: 'future' },
  { text: '到2025年发展目标', year: 2021, expect: 'future' },
  // A work summary: what was done, what went wrong, what comes next.
  { text: '主要做法及工作进展情况', year: 2010, expect: 'past' },
  { text: '存在的问题和不足', year: 2022, expect: 'past' },
  { text: '存在问题及对策', year: 2022, expect: 'mixed' },
  { text: '下一步工作打算', year: 2022, expect: 'future' },
  { text: '2023年工作思路', year: 2022, expect: 'future' },
  { text: '2022年工作总结及2023年工作计划', year: 2022, expect: 'mixed' },
  // The year alone: before the plan year looks back, after it forward, the plan year says nothing.
  { text: '2020年主要工作', year: 2021, expect: 'past' },
  { text: '2022年主要工作', year: 2021, expect: 'future' },
  { text: '2021年主要工作', year: 2021, expect: null },
  // Imperative titles of tasks end in review words without reviewing anything.
  { text: '强化源头防控,夯实绿色发展基础', year: 2016, expect: null },
  { text: '着力解决群众反映强烈的突出问题', year: 2022, expect: null },
  { text: '在提高运营效率上出成效', year: 2021, expect: null },
  { text: '推动改革取得新进展', year: 2021, expect: null },
  { text: '深入推广三明市医改经验', year: 2022, expect: null },
  { text: '认真总结推广典型经验', year: 2022, expect: null },
  { text: '加强组织领导', year: 2021, expect: null },
  // A run-in sentence is no label of what follows.
  { text: '制定并下发了关于实施健康档案建档的通知,明确了工作目标及责任', year: 2010, expect: null },
];

describe('titleTense', () => {
  it.each(bothWidths(titles))('$text ($width) → $expect', ({ input, year, expect: want }) => {
    expect(titleTense(input, year)).toBe(want);
  });
});

describe('sectionTense: the title first, then the text, then the section around it', () => {
  const review = '过去一年,全市地区生产总值增长5.3%。一年来,我们完成了65个专项行动,取得了明显成效,实现了稳中有进。';
  const plan = '力争到2027年,全市签约服务覆盖率达到75%以上。确保重点人群全覆盖,将签约服务纳入考核。';
  const rows: Array<{ text: string; title: string; body: string; year: number; parent: Tense; expect: Tense }> = [
    { text: 'a report\'s plan part under a past document', title: '2026年重点工作', body: '', year: 2026, parent: 'past', expect: 'future' },
    { text: 'a plan\'s review chapter under a future document', title: '发展基础', body: '', year: 2021, parent: 'future', expect: 'past' },
    { text: 'no cue in the title: the text reviews', title: '一年来的工作', body: review, year: 2026, parent: 'future', expect: 'past' },
    { text: 'no cue in the title: the text plans', title: '签约服务', body: plan, year: 2023, parent: 'past', expect: 'future' },
    { text: 'no cue at all: as the section around it', title: '加强组织领导', body: '各区要高度重视。', year: 2023, parent: 'past', expect: 'past' },
    { text: 'no cue at all, future around it', title: '加强组织领导', body: '各区要高度重视。', year: 2023, parent: 'future', expect: 'future' },
  ];
  it.each(bothWidths(rows))('$text ($width)', ({ title, body, year, parent, expect: want }) => {
    expect(sectionTense({ title, text: body, year, parent })).toBe(want);
  });

  // A report whose part headings were lost: its plan items are top-level sections with task titles.
  const tops: Array<{ text: string; body: string; expect: Tense }> = [
    { text: '加快建设现代化产业体系', body: '加力实施强科技行动,新增省级创新平台30个。', expect: 'future' },
    { text: '坚决筑牢生态安全屏障', body: '扎实推进流域生态保护,完成国土绿化1265万亩。', expect: 'future' },
    { text: '坚持稳中求进,经济发展质效持续提升', body: '过去一年,全省生产总值增长5.3%,完成了年度目标。', expect: 'past' },
    { text: '经济运行稳中向好', body: '全省生产总值增长5.3%。', expect: 'past' },
    { text: '加强组织领导', body: '成立了以县长为组长的领导小组。', expect: 'past' },
  ];
  it.each(bothWidths(tops))('top-level: $text ($width) → $expect', ({ input, body, expect: want }) => {
    expect(sectionTense({ title: input, text: body, year: 2026, parent: 'past', top: true })).toBe(want);
    expect(sectionTense({ title: input, text: body, year: 2026, parent: 'past', top: false })).toBe('past');
  });
});

describe('textTense', () => {
  const rows: Array<{ text: string; year: number; expect: Tense | null }> = [
    { text: '过去一年,全市地区生产总值增长5.3%。一年来,完成了投资2400亿元,取得了明显成效。', year: 2026, expect: 'past' },
    { text: '2015年,全国338个城市细颗粒物平均浓度比2013年下降23.6%,2014年已完成治理。', year: 2016, expect: 'past' },
    { text: '力争到2027年签约率达到75%,确保全覆盖,争取新建20个中心,将服务纳入考核。', year: 2023, expect: 'future' },
    { text: '较上年提高10个百分点,与2020年相比下降5%。', year: 2021, expect: null },
    { text: '加强组织领导,各区要高度重视。', year: 2021, expect: null },
    { text: '成立了领导小组,制定了实施方案,召开了推进会议。', year: 2021, expect: 'past' },
    { text: '为了做好工作,要了解情况,各区要高度重视。', year: 2021, expect: null },
  ];
  it.each(bothWidths(rows))('$text ($width) → $expect', ({ input, year, expect: want }) => {
    expect(textTense(input, year)).toBe(want);
  });
});

describe('documentTense', () => {
  const rows: Array<{ text: string; title: string | undefined; lead: string; expect: Tense }> = [
    { text: 'a government work report', title: '2026年某自治区政府工作报告', lead: '各位代表:现在,我代表自治区人民政府作报告。', expect: 'past' },
    { text: 'a work summary', title: '某县2021年医改工作总结', lead: '2021年,我县医改工作…', expect: 'past' },
    { text: 'a plan', title: '关于印发某市家庭医生签约服务实施方案的通知', lead: '各区卫生健康局:现将…', expect: 'future' },
    { text: 'a work plan that mentions reporters', title: '某市2023年宣传工作要点', lead: '邀请记者参加发布会。', expect: 'future' },
    { text: 'a news report', title: '多项医保新措1月1日起实施', lead: '自1月1日起,医疗保障有不少新举措正式实施,来看记者的梳理。', expect: 'mixed' },
    { text: 'a news report without a title found', title: undefined, lead: '本报讯(记者 王某)近日,某区召开家庭医生签约服务推进会。', expect: 'mixed' },
    { text: 'no title, no reporter', title: undefined, lead: '一、总体要求', expect: 'future' },
  ];
  it.each(bothWidths(rows.map((r) => ({ ...r, text: r.lead, name: r.text }))))('$name ($width)', ({ title, input, expect: want }) => {
    expect(documentTense(title, input)).toBe(want);
  });
});
