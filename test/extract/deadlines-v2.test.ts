import { describe, expect, it } from 'vitest';
import { findDeadlines, type DeadlineContext, type FoundDeadline } from '../../src/extract/deadlines.js';
import { fullWidth, norm } from './helpers.js';

/*
 * The deadline phenomena of issue 15 (conventions v2): schedules in running text, dates with a space
 * inside, named plan periods, relative and recurring limits, bare years framing work, and the dates
 * that are no deadlines (the document's own dates, page chrome, a dateline). Every row runs with ASCII
 * and with full-width punctuation, after the pipeline's normalisation.
 */

type Expected = Partial<FoundDeadline> & { text: string };
interface Row { text: string; ctx?: DeadlineContext; expect: Expected[] }

function check(rows: Row[]): void {
  for (const row of rows) {
    for (const [width, shape] of [['ascii', (s: string) => s], ['full', fullWidth]] as const) {
      it(`${width}: ${row.text}`, () => {
        const text = norm(shape(row.text));
        const got = findDeadlines(text, row.ctx ?? { year: 2021 });
        expect(got.map((d) => d.text)).toEqual(row.expect.map((e) => norm(shape(e.text))));
        row.expect.forEach((want, i) => {
          const { text: _, ...fields } = want;
          expect(got[i]).toMatchObject(fields);
          expect(text.slice(...got[i].at)).toBe(got[i].text);
        });
      });
    }
  }
}

const by = (text: string, end: string | null, more: Partial<FoundDeadline> = {}): Expected => ({ text, kind: 'by', start: null, end, ...more });
const during = (text: string, start: string | null, end: string | null, more: Partial<FoundDeadline> = {}): Expected => ({ text, kind: 'during', start, end, ...more });
const on = (text: string, day: string): Expected => ({ text, kind: 'on', start: day, end: day });
const starts = (text: string, start: string, end: string, more: Partial<FoundDeadline> = {}): Expected => ({ text, kind: 'start', start, end, ...more });
const relative = (text: string, more: Partial<FoundDeadline> = {}): Expected => ({ text, kind: 'by', start: null, end: null, relative: true, ...more });

describe('schedules in running text: 于, 为, 不晚于 before a day', () => check([
  { text: '小区业主子女的报名时间为4月26日至4月28日,报名方式为现场报名', ctx: { year: 2026 }, expect: [during('4月26日至4月28日', '2026-04-26', '2026-04-28')] },
  { text: '集中报名时间原则上为6月2日至6月4日,报名方式由各园自定', ctx: { year: 2026 }, expect: [during('6月2日至6月4日', '2026-06-02', '2026-06-04')] },
  { text: '教育部门办幼儿园于6月5日发出录取通知书', ctx: { year: 2026 }, expect: [on('6月5日', '2026-06-05')] },
  { text: '招生计划经区教育局审核后于5月18日向社会公告', ctx: { year: 2026 }, expect: [on('5月18日', '2026-05-18')] },
  { text: '各区不晚于6月30日报送总结', expect: [by('不晚于6月30日', '2021-06-30')] },
  { text: '各申请人于6月2日9:00至6月5日15:00登录系统填报志愿', ctx: { year: 2026 }, expect: [during('6月2日9:00至6月5日15:00', '2026-06-02', '2026-06-05')] },
  { text: '申请对象可在2025年3月25日上午10时至3月27日内选择房源', ctx: { year: 2025 }, expect: [during('2025年3月25日上午10时至3月27日内', '2025-03-25', '2025-03-27')] },
  { text: '网上报名截止后(5月22日下午3点),立即组织电脑派位', ctx: { year: 2026 }, expect: [on('5月22日下午3点', '2026-05-22')] },
  { text: '请于6月30日17:00前报送', expect: [by('6月30日17:00前', '2021-06-30')] },
  { text: '请于6月30日(星期三)前报送材料', expect: [by('6月30日(星期三)前', '2021-06-30')] },
  { text: '清理整顿时限是1997年4月--1998年2月,具体步骤如下', ctx: { year: 1997 }, expect: [during('1997年4月--1998年2月', '1997-04-01', '1998-02-28', { precision: 'month' })] },
  { text: '2019年1月1日至2020年12月31日,对参加培训的贫困劳动力给予补贴', ctx: { year: 2019 }, expect: [during('2019年1月1日至2020年12月31日', '2019-01-01', '2020-12-31', { precision: 'day' })] },
  { text: '应为2022年9月1日至2023年8月31日期间出生的适龄幼儿', ctx: { year: 2026 }, expect: [] },
  // negatives: 于 in a word that is no time frame, 为 after 作 / 评
  { text: '该中心成立于2019年6月,位于城区东部', expect: [] },
  { text: '门诊量高于6月平均水平', expect: [] },
  { text: '将其作为6月重点工作', expect: [] },
  { text: '区教育局对于5月18日前报名的幼儿优先审核', ctx: { year: 2026 }, expect: [by('5月18日前', '2026-05-18')] },
]));

describe('dates with a space inside', () => check([
  { text: '请家长于2026年5月 24日至5月26日带齐资料报名', ctx: { year: 2026 }, expect: [during('2026年5月 24日至5月26日', '2026-05-24', '2026-05-26')] },
  { text: '于2026年6月 5日发放录取通知书', ctx: { year: 2026 }, expect: [on('2026年6月 5日', '2026-06-05')] },
  { text: '6月 20日前完成', expect: [by('6月 20日前', '2021-06-20')] },
  // negatives: a cut-off stays a cut-off, a month followed by an item number has no day
  { text: '截至2026年5月 24日,全区共报名3000人', ctx: { year: 2026 }, expect: [] },
  { text: '截止6月 1.统计报名人数', expect: [] },
]));

describe('named plan periods', () => check([
  { text: '我国是核能大国。“十三五”期间,要强化核安全监管体系', ctx: { year: 2016 }, expect: [during('“十三五”期间', '2016-01-01', '2020-12-31', { precision: 'year' })] },
  { text: '十四五期间,全市新建学校10所', expect: [during('十四五期间', '2021-01-01', '2025-12-31')] },
  { text: '“十四五”时期,全面推进健康城市建设', expect: [during('“十四五”时期', '2021-01-01', '2025-12-31')] },
  { text: '力争到“十四五”末,基本建成体系', expect: [by('“十四五”末', '2025-12-31')] },
  { text: '在“十五五”期间完成改造', ctx: { year: 2026 }, expect: [during('“十五五”期间', '2026-01-01', '2030-12-31')] },
  // negatives: a past plan, a name, a plan with no period word, an unquoted 十五
  { text: '“十二五”期间,二氧化硫排放累计下降18%', ctx: { year: 2016 }, expect: [] },
  { text: '“十四五”时期经济社会发展主要指标', expect: [] },
  { text: '编制国家“十四五”规划', expect: [] },
  { text: '十五期间,共有学生三千人', ctx: { year: 2003 }, expect: [] },
]));

describe('relative limits', () => check([
  { text: '各区要于本文印发后3个月内出台实施方案', ctx: { year: 2023, issued: '2023-10-19' }, expect: [by('于本文印发后3个月内', '2024-01-19', { precision: 'month', yearSource: 'document' })] },
  { text: '各区要于本文印发后3个月内出台实施方案', ctx: { year: 2023 }, expect: [relative('于本文印发后3个月内', { duration: 'P3M' })] },
  { text: '自印发之日起30日内报送方案', ctx: { year: 2021, issued: '2021-03-01' }, expect: [by('自印发之日起30日内', '2021-03-31')] },
  { text: '自印发之日起10个工作日内报送', ctx: { year: 2021, issued: '2021-03-01' }, expect: [relative('自印发之日起10个工作日内', { duration: 'P10D' })] },
  { text: '镇街应在5个工作日内完成初核', expect: [relative('5个工作日内', { duration: 'P5D' })] },
  { text: '自收到复核申请之日起15个工作日组织复核', expect: [relative('15个工作日', { duration: 'P15D' })] },
  { text: '应在资助对象身份变化的次月调整资助标准', expect: [relative('次月', { precision: 'month' })] },
  { text: '各区于次月10日前报送报表', expect: [relative('次月10日前', { precision: 'day' })] },
  { text: '次年1月底前报送总结', expect: [by('次年1月底前', '2022-01-31')] },
  { text: '请各区于本月底前报送名单', ctx: { year: 2021, issued: '2021-02-10' }, expect: [by('本月底前', '2021-02-28', { precision: 'month' })] },
  { text: '下月10日前报送统计表', ctx: { year: 2021, issued: '2021-12-10' }, expect: [by('下月10日前', '2022-01-10')] },
  { text: '请各区于本月底前报送名单', ctx: { year: 2021 }, expect: [relative('本月底前')] },
  { text: '自即日起开展专项整治行动', ctx: { year: 2021, issued: '2021-05-08' }, expect: [starts('自即日起', '2021-05-08', '2021-05-08')] },
  { text: '利用3-5年时间,力争培训1000名全科医生', ctx: { year: 2023 }, expect: [by('利用3-5年时间', '2027-12-31', { duration: 'P3Y/P5Y' })] },
  { text: '争取3年内让全部废弃矿山复绿', ctx: { year: 2026 }, expect: [by('3年内', '2028-12-31', { yearSource: 'document' })] },
  { text: '确保1年内完成合同用量', ctx: { year: 2019 }, expect: [by('1年内', '2019-12-31')] },
  { text: '到2020年,缺水城市全部达到标准,京津冀等区域提前一年完成。', ctx: { year: 2016 }, expect: [by('到2020年', '2020-12-31'), by('提前一年', '2019-12-31')] },
  // negatives: a condition, the past, a rule's start, a length of a rule, an advance on nothing
  { text: '服务组织一年内开展服务达到1000人次的,给予补贴', expect: [] },
  { text: '近3年内无重大违法记录', expect: [] },
  { text: '参保人次月起享受待遇', expect: [] },
  { text: '处方用药量最长放宽至3个月', expect: [] },
  { text: '部分区域提前一年完成', expect: [] },
  { text: '违规的单位两年内不予认定为见习基地', ctx: { year: 2019 }, expect: [] },
  { text: '未在3个月内退回原住房的,取消保障资格', expect: [] },
  { text: '参加志愿服务的,1年内计分不超过2分', ctx: { year: 2025 }, expect: [] },
  { text: '转制为企业后,五年内免征企业所得税', ctx: { year: 2018 }, expect: [] },
  { text: '经过5-10年左右时间,基本完成转变', ctx: { year: 2019 }, expect: [] },
  { text: '扣缴义务人在代扣税款的次月十五日内报送', expect: [relative('次月十五日内', { precision: 'day' })] },
  { text: '认证周期自最近一次认证通过时间的次月开始计算', expect: [] },
  // an applicant's, a beneficiary's or a tenant's allowance, and what one may do: no limit on work
  { text: '承租人应自收到解除合同通知之日起1个月内结清有关费用', expect: [] },
  { text: '保障对象应当自变动发生之日起1个月内向街道办事处申报', expect: [] },
  { text: '承租公共租赁住房的家庭,应当自收到审查结果通知之日起,1个月内完成续签', expect: [] },
  { text: '区民政部门应在特困人员签订供养意愿书之日起1个月内落实集中供养', expect: [relative('1个月内', { duration: 'P1M' })] },
  { text: '符合条件的,可自公告之日起30日内申请复核', expect: [] },
  { text: '从党的二十大到二〇三五年,用13年时间基本实现现代化', ctx: { year: 2026 }, expect: [] },
  { text: '经过5年时间的发展,体系基本建立', ctx: { year: 2021 }, expect: [] },
]));

describe('recurring limits: the first occurrence in the plan year', () => check([
  { text: '每年2月底前,各区完成清算', ctx: { year: 2022 }, expect: [by('每年2月底前', '2022-02-28', { recurring: true, yearSource: 'document' })] },
  {
    text: '2020年起,每年2月底前各省份完成考核,3月底前国家卫生健康委完成分析',
    ctx: { year: 2019 },
    expect: [starts('2020年起', '2020-01-01', '2020-12-31'), by('每年2月底前', '2019-02-28', { recurring: true }), by('3月底前', '2019-03-31', { recurring: true })],
  },
  { text: '每月10日前报送统计报表', ctx: { year: 2022 }, expect: [by('每月10日前', '2022-01-10', { recurring: true })] },
  { text: '每季度末前上报进展', ctx: { year: 2022 }, expect: [by('每季度末前', '2022-03-31', { recurring: true })] },
  { text: '每年3月份,组织申报', ctx: { year: 2022 }, expect: [during('每年3月份', '2022-03-01', '2022-03-31', { recurring: true })] },
  // negatives: frequencies with no date
  { text: '每年委托第三方机构开展星级评定', ctx: { year: 2022 }, expect: [] },
  { text: '每季度至少主动联系1次', ctx: { year: 2022 }, expect: [] },
]));

describe('bare years framing work, 年初, and a year given by the limit before', () => check([
  { text: '加快出口退税进度,2021年全面推广无纸化单证备案', ctx: { year: 2020 }, expect: [during('2021年', '2021-01-01', '2021-12-31')] },
  { text: '2020年要有所突破,2021年底前要基本实现全覆盖', ctx: { year: 2020 }, expect: [during('2020年', '2020-01-01', '2020-12-31'), by('2021年底前', '2021-12-31')] },
  { text: '2022年初步建成平台', ctx: { year: 2022 }, expect: [during('2022年', '2022-01-01', '2022-12-31')] },
  { text: '签订带量购销合同,于2019年初开始执行集中采购结果', ctx: { year: 2019 }, expect: [starts('2019年初开始', '2019-01-01', '2019-03-31', { precision: 'quarter' })] },
  { text: '2021年6月底前制定统一政策,12月底前实现直接结算', ctx: { year: 2020 }, expect: [by('2021年6月底前', '2021-06-30'), by('12月底前', '2021-12-31')] },
  { text: '2021年11月底前启动试点,3月底前完成验收', ctx: { year: 2021 }, expect: [by('2021年11月底前', '2021-11-30'), by('3月底前', '2022-03-31')] },
  { text: '在2018年、2020年底,分别对本规划执行情况进行中期评估和终期考核', ctx: { year: 2016 }, expect: [during('2018年', '2018-01-01', '2018-12-31'), by('2020年底', '2020-12-31')] },
  // negatives: a year naming a thing; no year across a sentence end; 在 before a year's name
  { text: '在2021年公立医院绩效考核中取得好成绩', ctx: { year: 2021 }, expect: [] },
  { text: '下达2021年中央财政补助资金', ctx: { year: 2020 }, expect: [] },
  { text: '2020年前三季度,全国新设企业589.8万户', ctx: { year: 2021 }, expect: [] },
  { text: '力争到年底前90%以上的县基本建成医共体', ctx: { year: 2021 }, expect: [by('年底前', '2021-12-31')] },
  { text: '商标审查周期压减任务已于2020年底提前完成', ctx: { year: 2021 }, expect: [] },
  { text: '市场主体总量增长到今年7月底的1.46亿户', ctx: { year: 2021 }, expect: [] },
  { text: '2021年6月底前制定统一政策。12月底前实现直接结算', ctx: { year: 2020 }, expect: [by('2021年6月底前', '2021-06-30'), by('12月底前', '2020-12-31')] },
]));

describe('dates that are no deadlines: the document\'s own dates, chrome, a dateline', () => check([
  { text: '发文机关:国务院办公厅 成文日期:2019年01月16日 发布日期:2019年01月30日', ctx: { year: 2019 }, expect: [] },
  { text: '实施日期:2019年07月01日 失效日期:2024年06月30日', ctx: { year: 2019 }, expect: [] },
  { text: '发表时间:2025-03-28 16:55:56 信息来源:区卫生健康局', ctx: { year: 2025 }, expect: [] },
  { text: '国务院办公厅 2019年1月16日\n(此件公开发布)', ctx: { year: 2019 }, expect: [] },
  { text: '时间:2022-09-16 来源:市民政局', ctx: { year: 2022 }, expect: [] },
  { text: '十二、本通知自2019年7月1日起实施,有效期5年。', ctx: { year: 2019 }, expect: [] },
  { text: '本办法自印发之日起施行,有效期5年。', ctx: { year: 2022 }, expect: [] },
  { text: '本通知自即日起施行。', ctx: { year: 2022, issued: '2022-03-01' }, expect: [] },
  { text: '本标准有效期至2024年6月30日', ctx: { year: 2019 }, expect: [] },
  { text: '《居家社区养老服务管理办法》政策解读 2022-09-16\n【图解】《居家社区养老服务管理办法》 2022-09-17', ctx: { year: 2022 }, expect: [] },
  { text: '为贯彻落实十项措施,2025年3月27日,区卫生健康局召开推进会议', ctx: { year: 2025, issued: '2025-03-28' }, expect: [] },
  { text: '新华社北京3月27日电 国务院总理主持召开常务会议', ctx: { year: 2025 }, expect: [] },
  { text: '1996年1月8日至12日召开的全国地震趋势会商会', ctx: { year: 1996, issued: '1996-02-05' }, expect: [] },
  { text: '上述政策执行期限为2019年1月1日至2023年12月31日', ctx: { year: 2019 }, expect: [] },
  { text: '2018年12月31日之前已完成转制的企业,继续免征', ctx: { year: 2018 }, expect: [] },
  { text: '总理  李克强      2018年11月6日      专利代理条例', ctx: { year: 2018 }, expect: [] },
  { text: '现予印发。 国务院 二〇〇四年六月二十六日 国务院工作规则', ctx: { year: 2004 }, expect: [] },
  { text: '3月19日新疆阿图什6.9级、5月3日内蒙古包头西6.4级', ctx: { year: 1997, issued: '1997-12-01' }, expect: [] },
  { text: '5种门诊慢特病自2025年1月1日起可实现跨省直接结算', ctx: { year: 2025 }, expect: [] },
  { text: '只缴纳次年保险费的,自出生次年1月1日起开始享受待遇', ctx: { year: 2026 }, expect: [] },
  { text: '今年1月1日起实施的《优化营商环境条例》', ctx: { year: 2020 }, expect: [] },
  { text: '政府工作报告\n--2026年1月26日在省第十四届人民代表大会第五次会议上', ctx: { year: 2026 }, expect: [] },
  { text: '统计年度内具有签约服务的重点人群数', ctx: { year: 2023 }, expect: [] },
  { text: '病种一经选定,在一个年度内原则上不予变更', ctx: { year: 2019 }, expect: [] },
  { text: '计算方法:本年度医疗收入/上一年度医疗收入', ctx: { year: 2019 }, expect: [] },
  // positives of the same shapes: a date after the document's date, work that starts, a labelled limit
  { text: '定于2025年4月10日,区卫生健康局召开推进会议', ctx: { year: 2025, issued: '2025-03-28' }, expect: [on('2025年4月10日', '2025-04-10')] },
  { text: '自2025年1月1日起执行新的支付标准', ctx: { year: 2025 }, expect: [starts('自2025年1月1日起', '2025-01-01', '2025-01-01')] },
  { text: '完成时限:2022年12月31日', ctx: { year: 2022 }, expect: [on('2022年12月31日', '2022-12-31')] },
  { text: '完成时限:2022-12-31', ctx: { year: 2022 }, expect: [on('2022-12-31', '2022-12-31')] },
  { text: '本年度内完成验收', ctx: { year: 2022 }, expect: [during('本年度内', '2022-01-01', '2022-12-31')] },
]));
