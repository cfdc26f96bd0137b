import { describe, expect, it } from 'vitest';
import { fold, inBothWidths, run, squeeze } from './helpers.js';

const TITLE = '关于开展2021年公立医院“讲医改、见行动、出成效”活动的通知';
const ITEMS = [
  '一、总体要求',
  '以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神,坚持以人民健康为中心。',
  '二、主要任务',
  '(一)讲改革文件。各公立医院书记和院长要认真学习国家、自治区和盟关于深化医药卫生体制改革的文件精神,6月底前完成集中宣讲。',
  '(二)见改革行动。2021年,重点在5个方面11项工作上见行动,推动公立医院高质量发展。',
  '(三)出改革成效。县域内就诊率较上年提高10个百分点,三级医院平均住院日下降到8天以内。',
  '三、实施步骤',
  '(一)宣传动员阶段(6月)。各旗(区)卫生健康委要制定具体实施方案,于6月25日前报盟卫生健康委。',
];
const PAGE = [TITLE, ...ITEMS].join('\n');
/** A paragraph too long to repeat by chance. */
const LONG = `${ITEMS.filter((l) => l.length > 20).join('')}四是抓好督导落实。盟卫生健康委将采取定期调度、专项督查等方式,跟踪了解各地活动开展情况,对工作推进不力、成效不明显的进行通报,确保活动取得实效。各地要及时总结经验做法,形成可复制可推广的典型案例。五是加强宣传引导。充分利用报刊、广播、电视、网络等媒体,广泛宣传活动的重要意义和典型经验,营造全社会关心支持医改的良好氛围。`;
const CRUMB = '您当前的位置:首页 > 政府信息公开 > 政府文件';

interface Case { name: string; input: string; copies: number; once?: string }

const copies: Case[] = [
  { name: 'the whole page scraped twice, breadcrumb and all', input: `${CRUMB}\n${PAGE}\n\n${CRUMB}\n${PAGE}`, copies: 1 },
  { name: 'the copy indented and with blank lines between its lines', input: `${PAGE}\n\n${PAGE.split('\n').map((l) => `  ${l}`).join('\n\n')}`, copies: 1 },
  { name: 'the copy with full-width punctuation', input: `${PAGE}\n${PAGE.replace(/,/g, '，').replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))}`, copies: 1 },
  { name: 'three copies: two reported, both of the first', input: `${PAGE}\n${PAGE}\n${PAGE}`, copies: 2 },
  { name: 'a long block repeated after other text', input: `${PAGE}\n四、工作要求\n各单位要高度重视。\n${ITEMS.slice(1, 6).join('\n')}\n五、附则`, copies: 1, once: ITEMS[3] },
  { name: 'the copy opens with short heading lines', input: `${PAGE}\n相关文件\n${ITEMS.join('\n')}`, copies: 1, once: ITEMS[1] },
  { name: 'one long paragraph (400 characters and more) repeated', input: `${TITLE}\n${LONG}\n其他内容。\n${LONG}`, copies: 1, once: ITEMS[1] },
  { name: 'the article repeated in a flattened block (no line breaks)', input: `${PAGE}\n\n${PAGE.replace(/\n/g, '')}`, copies: 1 },
  { name: 'a flattened block with spaces where the breaks were', input: `${PAGE}\n\n${PAGE.replace(/\n/g, ' ')}`, copies: 1 },
];

const SHARED = '各单位要高度重视,加强组织领导,确保各项任务落到实处,按时保质完成年度目标任务。';
/** The same criteria under two sibling entries of a standards list: each entry's own body. */
const CRITERIA = ['本市二、三级社会保险定点医疗机构确诊符合以下标准:', '(一)符合1至3项中一项以上指标,且有4至7项中一项以上指标。',
  '1.肌酐清除率(Ccr)≤10ml/min,合并糖尿病时Ccr≤15ml/min;', '2.血尿素氮≥28.6mmol/l(80mg/dl);', '3.血肌肝≥707.2umol/l(8mg/dl);',
  '4.高钾血症K≥6.5mmol/l;', '5.有明显水潴留体征(严重浮肿、血压升高及充血性心力衰竭);'].join('\n');
const notCopies: Case[] = [
  {
    name: 'the same body under two sibling headings (a standards list)',
    input: `五十四、尿毒症腹膜透析治疗\n${CRITERIA}\n(二)需要进行腹膜透析治疗。\n五十五、尿毒症血液透析治疗\n${CRITERIA}\n(二)需要进行血液透析治疗。`,
    copies: 0,
  },
  {
    name: 'two sections that share a short heading',
    input: ['一、医疗', '(一)工作目标', '提升医疗服务能力,三级医院平均住院日下降到8天以内。', '二、医保', '(一)工作目标', '扩大按病种付费范围,年内覆盖全部统筹地区。'].join('\n'),
    copies: 0,
  },
  { name: 'a sentence legitimately repeated in two sections', input: `一、医疗\n${ITEMS[3]}\n${SHARED}\n二、医保\n${ITEMS[5]}\n${SHARED}`, copies: 0 },
  { name: 'two lines repeated, fewer than 200 characters', input: `${ITEMS.slice(0, 4).join('\n')}\n三、其他\n${ITEMS.slice(1, 3).join('\n')}`, copies: 0 },
  {
    name: "a plan's catalogue and the titles repeated over its detail tables",
    input: ['1.持续深化公立医院改革,提升服务能力', '2.对标市区级公立医院绩效考核', '3.推进紧密型医共体建设', '1.持续深化公立医院改革,提升服务能力', '牵头部门', '医政医管科', '一季度', '制定方案', '2.对标市区级公立医院绩效考核', '牵头部门', '医政医管科', '一季度', '开展考核'].join('\n'),
    copies: 0,
  },
  {
    name: 'a near-repeat the document itself makes',
    input: '完善贫困人口慢病签约服务制度,落实签约服务人员和经费,着力解决有签约无服务和服务不实问题。\n完善慢病签约服务制度,落实签约服务人员和经费,着力解决有签约无服务和服务不实的问题。',
    copies: 0,
  },
  {
    name: 'a table whose rows of short cells are all alike',
    input: `表1 任务清单\n${Array.from({ length: 40 }, () => '市卫健委\n完成\n2022年底').join('\n')}\n说明:以上任务均已完成。`,
    copies: 0,
  },
  {
    name: 'the same stock line under every task of a table',
    input: [1, 2, 3, 4, 5].map((k) => `${k}.任务${k}\n责任单位:医政医管科、党群科、人事科、财务审计科、公立医疗机构管理中心\n完成时限:2022年${k}月底前`).join('\n'),
    copies: 0,
  },
];

describe('repeated page copies are dropped, the first kept', () => {
  it.each(inBothWidths(copies))('$name ($width)', ({ input, copies: n, once, write }) => {
    const source = write(input);
    const r = run(source);
    const found = r.file.copies.filter((c) => c.kind === 'page-copy');
    expect(found).toHaveLength(n);
    for (const c of found) {
      expect(c.of).toBeDefined();
      expect(c.of![1]).toBeLessThanOrEqual(c.span[0]);
      // The copy says, whitespace aside, what the first says.
      expect(squeeze(fold(source.slice(...c.span)))).toBe(squeeze(fold(source.slice(...c.of!))));
    }
    expect(found.every((c) => c.of![0] === found[0]!.of![0])).toBe(true);
    const text = squeeze(r.text);
    for (const line of [once ?? ITEMS[1]!, ITEMS[3]!]) expect(text.split(squeeze(fold(line))).length - 1).toBe(1);
  });
});

describe('repeats that are content stay', () => {
  it.each(inBothWidths(notCopies))('$name ($width)', ({ input, write }) => {
    const source = write(input);
    const r = run(source);
    expect(r.file.copies).toEqual([]);
    expect(squeeze(r.text)).toBe(squeeze(fold(source)));
  });
});
