import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDeadlines, type DeadlineContext, type FoundDeadline } from '../../src/extract/deadlines.js';

type Expected = Partial<FoundDeadline> & { text: string };
interface Row { text: string; ctx?: DeadlineContext; expect: Expected[] }

/** Runs a table: every expected item is found, in order, with its span pointing at its text. */
function check(rows: Row[]): void {
  it.each(rows.map((r) => [r.text, r] as const))('%s', (_, row) => {
    const got = findDeadlines(row.text, row.ctx ?? { year: 2021 });
    expect(got.map((d) => d.text)).toEqual(row.expect.map((d) => d.text));
    let from = 0;
    row.expect.forEach((want, i) => {
      const at = row.text.indexOf(want.text, from);
      expect(got[i].at).toEqual([at, at + want.text.length]);
      expect(row.text.slice(...got[i].at)).toBe(got[i].text);
      expect(got[i]).toMatchObject(want);
      from = at + want.text.length;
    });
  });
}

const by = (text: string, end: string | null, more: Partial<FoundDeadline> = {}): Expected => ({ text, kind: 'by', start: null, end, ...more });
const during = (text: string, start: string | null, end: string | null, more: Partial<FoundDeadline> = {}): Expected => ({ text, kind: 'during', start, end, ...more });
const starts = (text: string, start: string | null, end: string | null, more: Partial<FoundDeadline> = {}): Expected => ({ text, kind: 'start', start, end, ...more });
const on = (text: string, start: string | null, end: string | null, more: Partial<FoundDeadline> = {}): Expected => ({ text, kind: 'on', start, end, ...more });

describe('by: 前 / 底前 / 之前 / 以前', () => check([
  { text: '6月25日前,全盟、各旗(区)、各医院启动活动', expect: [by('6月25日前', '2021-06-25', { precision: 'day', yearSource: 'document' })] },
  { text: '2021年6月底前,要学深悟透各学习材料', expect: [by('2021年6月底前', '2021-06-30', { precision: 'month', yearSource: 'explicit' })] },
  { text: '7月底前,完成院内宣讲活动。8月底前,完成院外互讲', expect: [by('7月底前', '2021-07-31'), by('8月底前', '2021-08-31')] },
  { text: '确保于4月10日前完成改造任务', ctx: { year: 2022 }, expect: [by('4月10日前', '2022-04-10')] },
  { text: '确保3月底前完成招标采购,开展人员培训。4月底前,人员培训与设备全部到位', ctx: { year: 2022 }, expect: [by('3月底前', '2022-03-31'), by('4月底前', '2022-04-30')] },
  { text: '年底前完成县级医院改造', expect: [by('年底前', '2021-12-31', { precision: 'year', yearSource: 'document' })] },
  { text: '2020年底前全面完成', ctx: { year: 2020 }, expect: [by('2020年底前', '2020-12-31', { yearSource: 'explicit' })] },
  { text: '十二月底前完成验收', expect: [by('十二月底前', '2021-12-31')] },
  { text: '2024年2月底前报送', ctx: { year: 2024 }, expect: [by('2024年2月底前', '2024-02-29')] },
  { text: '2月底前报送', ctx: { year: 2023 }, expect: [by('2月底前', '2023-02-28')] },
  { text: '2100年2月底前报送', ctx: {}, expect: [by('2100年2月底前', '2100-02-28', { yearSource: 'explicit' })] },
  { text: '9月30日以前上报,11月15日之前完成', expect: [by('9月30日以前', '2021-09-30'), by('11月15日之前', '2021-11-15')] },
  { text: '6月底完成集中宣讲', expect: [by('6月底', '2021-06-30')] },
  { text: '2030年前实现碳达峰', expect: [by('2030年前', '2030-12-31', { precision: 'year' })] },
  { text: '今年底前完成,明年6月底前验收', expect: [by('今年底前', '2021-12-31'), by('明年6月底前', '2022-06-30', { yearSource: 'document' })] },
  { text: '7月中旬前完成', expect: [by('7月中旬前', '2021-07-20', { precision: 'xun' })] },
  { text: '二〇二一年十二月底前全部完成', ctx: {}, expect: [by('二〇二一年十二月底前', '2021-12-31', { yearSource: 'explicit' })] },
  { text: '6月底前完成', ctx: {}, expect: [by('6月底前', null, { yearSource: 'none' })] },
  { text: '2022年年底前完成,今年年底前验收', ctx: { year: 2022 }, expect: [by('2022年年底前', '2022-12-31', { yearSource: 'explicit' }), by('今年年底前', '2022-12-31', { yearSource: 'document' })] },
  { text: '国家卫生健康委牵头,2022年底前完成', ctx: { year: 2022 }, expect: [by('2022年底前', '2022-12-31')] },
  { text: '2023年上半年前完成', ctx: { year: 2023 }, expect: [by('2023年上半年前', '2023-06-30', { precision: 'half' })] },
]));

describe('during: quarters, halves and 旬', () => check([
  { text: '一季度 1.制定推进便民就医工程实施方案', expect: [during('一季度', '2021-01-01', '2021-03-31', { precision: 'quarter' })] },
  { text: '二季度 1.围绕管理方案中的 7 大任务', expect: [during('二季度', '2021-04-01', '2021-06-30')] },
  { text: '二、三季度 1.学习市级下发本年度《区级公立医院绩效考核指标体系》', expect: [during('二、三季度', '2021-04-01', '2021-09-30')] },
  { text: '四季度 总结分析全年社区综改工作', expect: [during('四季度', '2021-10-01', '2021-12-31')] },
  { text: '第二季度组织验收', expect: [during('第二季度', '2021-04-01', '2021-06-30')] },
  { text: '3季度完成', expect: [during('3季度', '2021-07-01', '2021-09-30')] },
  { text: '2022年第一季度完成', expect: [during('2022年第一季度', '2022-01-01', '2022-03-31', { yearSource: 'explicit' })] },
  { text: '1-3季度,开展督导', expect: [during('1-3季度', '2021-01-01', '2021-09-30')] },
  { text: '三、一季度工作安排', expect: [during('一季度', '2021-01-01', '2021-03-31')] },
  { text: '三季度末前完成评估', expect: [by('三季度末前', '2021-09-30')] },
  { text: '上半年完成试点,下半年全面推开', expect: [during('上半年', '2021-01-01', '2021-06-30', { precision: 'half' }), during('下半年', '2021-07-01', '2021-12-31')] },
  { text: '2021年上半年,启动试点', expect: [during('2021年上半年', '2021-01-01', '2021-06-30', { yearSource: 'explicit' })] },
  { text: '上半年底前完成', expect: [by('上半年底前', '2021-06-30')] },
  { text: '7月上旬,召开推进会', expect: [during('7月上旬', '2021-07-01', '2021-07-10', { precision: 'xun' })] },
  { text: '9月中旬,开展督查', expect: [during('9月中旬', '2021-09-11', '2021-09-20')] },
  { text: '4月下旬,组织评估', expect: [during('4月下旬', '2021-04-21', '2021-04-30')] },
  { text: '2月下旬,组织评估', ctx: { year: 2024 }, expect: [during('2月下旬', '2024-02-21', '2024-02-29')] },
  { text: '7月初,开展自查', expect: [during('7月初', '2021-07-01', '2021-07-10', { precision: 'xun' })] },
]));

describe('start: 开始 / 起', () => check([
  { text: '7月上旬开始,各级卫生健康行政部门定期书面报告', expect: [starts('7月上旬开始', '2021-07-01', '2021-07-10', { precision: 'xun' })] },
  { text: '按月通报活动进展(从第7月份开始通报)', expect: [starts('从第7月份开始', '2021-07-01', '2021-07-31', { precision: 'month' })] },
  { text: '9月起,全面推行', expect: [starts('9月起', '2021-09-01', '2021-09-30')] },
  { text: '自2022年1月1日起,全面推行', expect: [starts('自2022年1月1日起', '2022-01-01', '2022-01-01', { precision: 'day', yearSource: 'explicit' })] },
  { text: '从2022年起,逐年提高', expect: [starts('从2022年起', '2022-01-01', '2022-12-31', { precision: 'year' })] },
  { text: '下半年开始试点', expect: [starts('下半年开始', '2021-07-01', '2021-12-31', { precision: 'half' })] },
  { text: '三季度开始,按季通报', expect: [starts('三季度开始', '2021-07-01', '2021-09-30')] },
  { text: '10月中旬开始集中整治', expect: [starts('10月中旬开始', '2021-10-11', '2021-10-20')] },
  { text: '明年1月起执行新标准', expect: [starts('明年1月起', '2022-01-01', '2022-01-31')] },
  { text: '2021年7月1日开始实施', expect: [starts('2021年7月1日开始', '2021-07-01', '2021-07-01')] },
  { text: '从3月份开始,每月通报一次', expect: [starts('从3月份开始', '2021-03-01', '2021-03-31')] },
  { text: '年内开始实施', expect: [starts('年内开始', '2021-01-01', '2021-12-31', { precision: 'year' })] },
]));

describe('placeholders, recurring and relative limits', () => check([
  { text: 'X月底前对所有贫困人口进行健康体检', ctx: { year: 2020 }, expect: [by('X月底前', null, { placeholder: true, precision: 'month' })] },
  { text: '通过组建医共体,X月底前县级医共体组建完毕', ctx: { year: 2020 }, expect: [by('X月底前', null, { placeholder: true })] },
  { text: 'x月x日前上报', expect: [by('x月x日前', null, { placeholder: true, precision: 'day' })] },
  { text: '2021年X月,组织验收', expect: [on('2021年X月', null, null, { placeholder: true })] },
  { text: '每年2月底前报送上年度工作总结', expect: [by('每年2月底前', '2021-02-28', { recurring: true, yearSource: 'document' })] },
  { text: '每月10日前报送统计报表', expect: [by('每月10日前', '2021-01-10', { recurring: true, precision: 'day' })] },
  { text: '每年年底前完成考核', expect: [by('每年年底前', '2021-12-31', { recurring: true })] },
  { text: '1年内完成改造', expect: [by('1年内', '2021-12-31', { duration: 'P1Y', yearSource: 'document', precision: 'year' })] },
  { text: '三个月内建成', expect: [by('三个月内', null, { duration: 'P3M', precision: 'month', relative: true })] },
  { text: '2-3年内达到国家标准', expect: [by('2-3年内', '2023-12-31', { duration: 'P2Y/P3Y' })] },
  { text: '两年内全部完成', expect: [by('两年内', '2022-12-31', { duration: 'P2Y' })] },
  { text: '半年内完成整改', expect: [by('半年内', null, { duration: 'P6M', precision: 'half' })] },
  { text: '2个季度内完成', expect: [by('2个季度内', null, { duration: 'P6M', precision: 'quarter' })] },
  { text: '十二个月内完成', expect: [by('十二个月内', null, { duration: 'P12M' })] },
  { text: '4周内完成', expect: [by('4周内', null, { duration: 'P4W' })] },
]));

describe('ranges', () => check([
  { text: '6月11-13日举办培训班', expect: [during('6月11-13日', '2021-06-11', '2021-06-13', { precision: 'day' })] },
  { text: '6月11日至13日,集中培训', expect: [during('6月11日至13日', '2021-06-11', '2021-06-13')] },
  { text: '6月20日-7月10日,开展自查', expect: [during('6月20日-7月10日', '2021-06-20', '2021-07-10')] },
  { text: '5月10日至6月30日前完成', expect: [by('5月10日至6月30日前', '2021-06-30')] },
  { text: '3-5月开展集中整治', expect: [during('3-5月', '2021-03-01', '2021-05-31', { precision: 'month' })] },
  { text: '6月至8月,开展巡讲', expect: [during('6月至8月', '2021-06-01', '2021-08-31')] },
  { text: '一至三月份,组织摸底', expect: [during('一至三月份', '2021-01-01', '2021-03-31')] },
  { text: '4-6月底前完成', expect: [by('4-6月底前', '2021-06-30')] },
  { text: '2021-2023年,实施三年行动', expect: [during('2021-2023年', '2021-01-01', '2023-12-31', { precision: 'year', yearSource: 'explicit' })] },
  { text: '2021年至2025年,持续推进', expect: [during('2021年至2025年', '2021-01-01', '2025-12-31')] },
  { text: '2022年6月1-15日,开展宣传', ctx: { year: 2022 }, expect: [during('2022年6月1-15日', '2022-06-01', '2022-06-15', { yearSource: 'explicit' })] },
  { text: '2月28日至3月1日', ctx: { year: 2024 }, expect: [during('2月28日至3月1日', '2024-02-28', '2024-03-01')] },
]));

describe('years, 年内, 本年度', () => check([
  { text: '2021年,重点在5个方面11项工作上见行动', expect: [during('2021年', '2021-01-01', '2021-12-31', { precision: 'year', yearSource: 'explicit' })] },
  { text: '2022年,全市卫生健康工作以习近平新时代中国特色社会主义思想为指导', ctx: { year: 2022 }, expect: [during('2022年', '2022-01-01', '2022-12-31')] },
  { text: '本年度重点学习《关于推动公立医院高质量发展的意见》', expect: [during('本年度', '2021-01-01', '2021-12-31', { yearSource: 'document' })] },
  { text: '推动中医医疗机构发展,年内中医医院与省内外三级医疗机构建立医疗联合体', ctx: { year: 2022 }, expect: [during('年内', '2022-01-01', '2022-12-31')] },
  { text: '智能审核监控系统力争年内投入使用', ctx: { year: 2020 }, expect: [during('年内', '2020-01-01', '2020-12-31')] },
  { text: '力争2022年全市的居民健康素养水平达到22%', ctx: { year: 2022 }, expect: [during('2022年', '2022-01-01', '2022-12-31')] },
  { text: '2022年内完成', ctx: { year: 2022 }, expect: [during('2022年内', '2022-01-01', '2022-12-31')] },
  { text: '到2025年,全市基本建成优质高效的医疗卫生服务体系', expect: [by('到2025年', '2025-12-31')] },
  { text: '力争到2025年,实现全覆盖', expect: [by('到2025年', '2025-12-31')] },
  { text: '2025年,全市人均预期寿命达到80岁', expect: [during('2025年', '2025-01-01', '2025-12-31')] },
  { text: '今年内完成,本年度内验收', expect: [during('今年内', '2021-01-01', '2021-12-31'), during('本年度内', '2021-01-01', '2021-12-31')] },
  { text: '力争年内投入使用', ctx: {}, expect: [during('年内', null, null, { yearSource: 'none' })] },
  { text: '2022年度内完成', ctx: { year: 2022 }, expect: [during('2022年度内', '2022-01-01', '2022-12-31')] },
  { text: '时间节点:2022年11月', ctx: { year: 2022 }, expect: [on('2022年11月', '2022-11-01', '2022-11-30')] },
  { text: '完成时限 2022年12月31日', expect: [on('2022年12月31日', '2022-12-31', '2022-12-31')] },
]));

describe('dates of events: on', () => check([
  { text: '(四)做好评估。2021年12月,依据平时监控、相关统计数据及自评情况', expect: [on('2021年12月', '2021-12-01', '2021-12-31', { precision: 'month', yearSource: 'explicit' })] },
  { text: '定于2022年3月15日召开推进会', ctx: { year: 2022 }, expect: [on('2022年3月15日', '2022-03-15', '2022-03-15', { precision: 'day' })] },
  { text: '计划在9月召开现场会', expect: [on('9月', '2021-09-01', '2021-09-30')] },
]));

describe('not deadlines', () => check([
  { text: '合理利用好 2021 年中央财政经费补助', expect: [] },
  { text: '做好迎接 2021 年开展的年度区级公立医院绩效考核准备', expect: [] },
  { text: '做好迎接 2021 年度各项考核评价的准备', expect: [] },
  { text: '做好 2020 年度家庭医生签约服务费发放准备工作', expect: [] },
  { text: '完成《2019 年社区医疗业务预算管理编制依据》批复', expect: [] },
  { text: '4.完成 2021 年上半年社区卫生服务中心综合目标考核', expect: [] },
  { text: '查找优势短板,制定 2022 年工作计划', expect: [] },
  { text: '查找不足,提出 2022 年工作思路', expect: [] },
  { text: '根据XXX市要求的时间节点,完成评价报告', expect: [] },
  { text: '下拨补助资金,每季度上报资金使用情况及工作成效', expect: [] },
  { text: '按月进行自我检查,定期书面报告,实时监测,年度自评估', expect: [] },
  { text: '(一)活动启动。2020年6月,自治区启动2021年度“讲见效”活动。', expect: [] },
  { text: '以改革创新动力有序有效开展2021年“讲见效”活动', expect: [] },
  { text: '确保2022年各项重点工作按时、保质、保量完成', ctx: { year: 2022 }, expect: [] },
  { text: '加强2022年投资项目清单的29个建设项目调度', ctx: { year: 2022 }, expect: [] },
  { text: '全面完成年度工作任务,努力完成年度15.7亿元建设任务', ctx: { year: 2022 }, expect: [] },
  { text: '2022年2月27日印发', ctx: { year: 2022 }, expect: [] },
  { text: '定西市卫生健康委员会\n2022年2月27日', ctx: { year: 2022 }, expect: [] },
  { text: 'xxx卫生局 二0一0年8月3日', ctx: { year: 2010 }, expect: [] },
  { text: '现将工作要点印发你们。\n\n  2022年2月27日\n\n  2022年全市卫生健康工作要点', ctx: { year: 2022 }, expect: [] },
  { text: '截止12月11日,全区共收缴合疗基金304万元', ctx: { year: 2010 }, expect: [] },
  { text: '截至2020年底,全市累计建成', ctx: { year: 2020 }, expect: [] },
  { text: '2小时内到达现场,4小时内完成核心信息调查,24小时内基本查清传播链', expect: [] },
  { text: '积极选派医疗骨干赴省内外参加3个月以上的进修学习', expect: [] },
  { text: '实施三年计划,开展八大行动', expect: [] },
  { text: '近三年内未发生重大医疗事故', expect: [] },
  { text: '2020年以来,累计投入资金3.26亿元', ctx: {}, expect: [] },
  { text: '2020年,全市(含农垦)粮食产量达到115.9亿斤', ctx: { year: 2022 }, expect: [] },
  { text: '统一月度报表格式', expect: [] },
  { text: '起草实施方案,起好步', expect: [] },
  { text: '2022年全市卫生健康工作要点', ctx: { year: 2022 }, expect: [] },
  { text: '学习市级下发本年度《区级公立医院绩效考核指标体系》', expect: [] },
  { text: '居民2周患病首选基层医疗卫生机构的比例较上年提升', expect: [] },
  { text: '组织老年健康宣传周和敬老月活动', expect: [] },
  { text: '近年来,较上年提高10个百分点,上年底已完成', expect: [] },
  { text: '为下年度工作思路和计划制定提供数据支撑', expect: [] },
  { text: '日前,省政府印发通知', expect: [] },
  { text: '关于2021年度工作的通知', expect: [] },
  { text: '实施三年行动计划(2021-2023年)', expect: [] },
  { text: '截至2022年6月底,全市共建成', ctx: { year: 2022 }, expect: [] },
  { text: '2021年8月,全市启动试点', ctx: { year: 2022 }, expect: [] },
  { text: '《“十四五”规划和2035年远景目标纲要》', expect: [] },
  { text: '鸡西市“十四五”规划和2035年远景目标', expect: [] },
]));

describe('a work summary: only forward-looking limits', () => check([
  { text: '10月14日省政府召开全省新型农村合作医疗工作会议', ctx: { year: 2010, summary: true }, expect: [] },
  { text: '截止12月10日,全区农村孕产妇住院分娩5100人', ctx: { year: 2010, summary: true }, expect: [] },
  { text: '与今年省、市要求的药品“三统一”政策相吻合,11月底各乡镇卫生院对医院及村卫生室的药品进行清理', ctx: { year: 2010, summary: true }, expect: [] },
  { text: '年6月,县乡村三级医疗机构所有用药实行集中采购', ctx: { year: 2010, summary: true }, expect: [] },
  { text: '我区自年9月按照“政府主导、各方参与”的原则', ctx: { year: 2010, summary: true }, expect: [] },
  { text: '已于6月底前完成全部建档工作', ctx: { year: 2010, summary: true }, expect: [] },
  { text: '下一步,我们将于2011年6月底前完成全部建档工作', ctx: { year: 2010, summary: true }, expect: [by('2011年6月底前', '2011-06-30')] },
  { text: '计划年底前完成体检', ctx: { year: 2010, summary: true }, expect: [by('年底前', '2010-12-31')] },
]));

describe('text that skipped normalisation (full-width digits and punctuation)', () => check([
  { text: '６月２５日前,全盟启动活动', expect: [by('６月２５日前', '2021-06-25')] },
  { text: '按月通报活动进展（从第７月份开始通报）', expect: [starts('从第７月份开始', '2021-07-01', '2021-07-31')] },
  { text: '２０２１年６月底前，要学深悟透', expect: [by('２０２１年６月底前', '2021-06-30', { yearSource: 'explicit' })] },
  { text: '２—３年内达到', expect: [by('２—３年内', '2023-12-31', { duration: 'P2Y/P3Y' })] },
  { text: '６月１１～１３日举办培训', expect: [during('６月１１～１３日', '2021-06-11', '2021-06-13')] },
  { text: 'Ｘ月底前完成', expect: [by('Ｘ月底前', null, { placeholder: true })] },
  { text: '２０２１年，重点在５个方面上见行动', expect: [during('２０２１年', '2021-01-01', '2021-12-31')] },
  { text: '完成《２０１９年社区医疗业务预算》批复', expect: [] },
]));

describe('invariants', () => {
  const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
  const realDate = (s: string): boolean => {
    const m = ISO.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === s;
  };
  const CHARS = [...'〇一二三四五六七八九十年月日前底季度上下中旬半内起开始-X0123456789,、每从到《》 个本即提次期间时用印发后“”:(星期)已于'];

  it('never throws and keeps its promises on random date-like text', () => {
    fc.assert(fc.property(
      fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 60 }),
      fc.option(fc.integer({ min: 1900, max: 2200 }), { nil: undefined }),
      fc.boolean(),
      fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
      (text, year, summary, issued) => {
        const found = findDeadlines(text, { year, summary, issued });
        let last = 0;
        for (const d of found) {
          expect(d.at[0]).toBeGreaterThanOrEqual(last);
          expect(d.at[1]).toBeGreaterThan(d.at[0]);
          expect(text.slice(...d.at)).toBe(d.text);
          last = d.at[1];
          for (const date of [d.start, d.end]) if (date !== null) expect(realDate(date)).toBe(true);
          if (d.start !== null && d.end !== null) expect(d.start <= d.end).toBe(true);
          if (d.kind === 'by') expect(d.start).toBeNull();
          if (d.placeholder || d.relative) expect([d.start, d.end]).toEqual([null, null]);
        }
      },
    ), { numRuns: 2000 });
  });

  it('runs in linear time on 1 MB of repeated fragments', () => {
    const fragments = ['2021年6月底前完成,', '二、三季度', '一、二、三、四、', '2021年2021年', '6月11-', '年年年', '每年每年', '《《', 'X月X月', '1-1-1-', '前前'];
    const text = fragments.join('').repeat(Math.ceil(1_000_000 / fragments.join('').length));
    const found = findDeadlines(text, { year: 2021 });
    expect(found.length).toBeGreaterThan(1000);
  });

  it('is pure: the same input gives the same output', () => {
    const text = '6月25日前启动;2021年12月,做好评估;年内完成。';
    expect(findDeadlines(text, { year: 2021 })).toEqual(findDeadlines(text, { year: 2021 }));
  });
});
