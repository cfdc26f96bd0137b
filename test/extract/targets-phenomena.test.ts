import { describe, expect, it } from 'vitest';
import { type FoundTarget, type TargetContext, findTargets } from '../../src/extract/targets.js';
import { bothWidths, norm } from './helpers.js';

/**
 * The phenomena of issue 15, each as a table with its negatives, run in ASCII and in full-width
 * punctuation (both normalised as the pipeline does): numbers that define rules, counts to build
 * or deliver, the quantity lexicon, comparators by GOLD-FORMAT v2.
 */
type Expected = Partial<Omit<FoundTarget, 'at'>> & Pick<FoundTarget, 'value'>;
interface Row { text: string; ctx?: TargetContext; expect: Expected[] }

function check(rows: Row[]): void {
  it.each(bothWidths(rows))('$text ($width)', ({ input, ctx, expect: want }) => {
    const found = findTargets(input, ctx ?? {});
    for (const f of found) expect(input.slice(f.at[0], f.at[1])).toBe(f.text);
    expect(found.map((f) => f.value)).toEqual(want.map((e) => e.value));
    want.forEach((e, i) => expect(found[i]).toMatchObject(e.text ? { ...e, text: norm(e.text) } : e));
  });
}

const none = (text: string, ctx?: TargetContext): Row => ({ text, ctx, expect: [] });

describe('numbers that define rules are no targets', () => {
  describe('criteria and conditions', () => check([
    none('入围生产企业在3家及以上的,按以下规则确定中选企业。'),
    none('同时符合两项及以上标准的,按最高标准给予资助。'),
    none('具有下列4项或4项以上指征的,可确诊。'),
    none('临床表现不典型者,应至少具备以下1项试验阳性。'),
    none('至少符合下列1项特征。'),
    none('符合1至3项中一项以上指标。'),
    none('若学位无法满足需求,则剩余的学位继续招收业主子女直至招生比例的100%。'),
    none('组织一年内开展康复护理服务达到1000人次(每次服务时长不低于30分钟),且取得许可证的,给予一次性补贴15万元。'),
    none('患有多种病种的参保病人,最多选择其中3个病种享受相应的医疗保险待遇。'),
    none('家长登录招生服务平台选择1所幼儿园进行报名。'),
    none('全国地级及以上城市建成区基本淘汰10蒸吨以下燃煤锅炉。'),
    none('对二氧化硫含量大于3.5%的烟气实施脱硫。'),
    // …while obligations on the bodies that provide a service stay goals.
    { text: '每个区应当单独设置至少1个区级综合养老服务中心,每处建筑面积不少于1000平方米。', expect: [
      { value: 1, comparator: '>=', unit: '个' }, { value: 1000, comparator: '>=', unit: '平方米' },
    ] },
    { text: '县级各组建不少于30人的核酸检测队伍。', expect: [{ value: 30, comparator: '>=', unit: '人' }] },
    { text: '对符合条件的机构,建设50个示范点。', expect: [{ value: 50, comparator: '=', unit: '个' }] },
  ]));

  describe('payment, allocation and benefit rules', () => check([
    none('租金标准以市场租金参考价或评估价的50%计算和收取。'),
    none('按不低于采购金额的30%提前预付给医疗机构。'),
    none('原则上将年签约服务费的80%用于签约服务人员的薪酬分配,20%用于机构统筹。'),
    none('按指定基层医疗机构85%、其他医疗机构65%的支付比例确定。'),
    none('根据评估等级分别增加40万元、30万元、20万元服务奖励。'),
    none('农村特困人员基本生活标准每人每月分别为2413元。'),
    none('住院照料临时救助标准不超过240元/人/日。'),
    none('年缴费费率个人缴费和财政补助各为0.15%。'),
    none('一个有效期内待遇享受最高时长为24个月。'),
    none('由市财政按本市最低工资标准的50%核拨经费补贴。'),
    none('复评费用由申请人按100%的比例承担。'),
    // A payment ratio stated as a level to reach, and funds a body must provide, are goals.
    { text: '开展补贴性技能培训3万人以上。', expect: [{ value: 3, comparator: '>=', unit: '万人' }] },
    { text: '城乡居民医保人均财政补助标准增加30元。', expect: [{ value: 30, comparator: 'increase', unit: '元' }] },
    { text: '政策范围内住院费用支付比例达到75%。', expect: [{ value: 75, comparator: '=', unit: '%' }] },
    { text: '社区养老服务设施每年每个分别不少于60万元、40万元、5万元运营经费。', expect: [
      { value: 60, comparator: '>=', unit: '万元' }, { value: 40, comparator: '>=' }, { value: 5, comparator: '>=' },
    ] },
    { text: '机构内集中养育和社会散居孤儿津贴标准分别提高510元、440元。', expect: [
      { value: 510, comparator: 'increase', unit: '元' }, { value: 440, comparator: 'increase', unit: '元' },
    ] },
  ]));

  describe('procedural time allowances, slogans, names and document numbers', () => check([
    none('镇人民政府、街道办事处应在5个工作日内完成初核。'),
    none('公示时间为5个工作日。'),
    none('收到评估结论后的5个工作日内完成资格核实等工作。'),
    none('加快实现一窗受理、限时办结、最多跑一次。'),
    none('将一个行业准入涉及的多张许可证整合为一张许可证。'),
    none('按污染程度将农用地划为三个类别。'),
    none('继续实施京津风沙源治理二期工程。'),
    none('依据穗卫函〔2023〕1930号文件执行,咨询电话12320。'),
    none('走进千家万户,千方百计扩大就业。'),
    // A limit a reform must bring a procedure down to is a goal.
    { text: '将全国所有市县抵押登记业务办理时间压缩至5个工作日以内。', expect: [{ value: 5, comparator: '<=', unit: '个工作日' }] },
    { text: '接到报告后2小时内到达现场。', expect: [{ value: 2, comparator: '<=', unit: '小时' }] },
  ]));
});

describe('counts to build or deliver are targets', () => check([
  { text: '推进国家物流枢纽、骨干冷链物流基地和陆港等5个物流园区建设。', expect: [{ value: 5, comparator: '=', unit: '个' }] },
  { text: '2020年底前实现市场主体登记注册、学历公证等58项事项异地办理。', ctx: { year: 2020 }, expect: [{ value: 58, comparator: '=', unit: '项' }] },
  { text: '国家组织实施工业污染源全面达标排放等25项重点工程。', expect: [{ value: 25, comparator: '=', unit: '项' }] },
  { text: '重点办好45件民生实事。', expect: [{ value: 45, comparator: '=', unit: '件', text: '重点办好45件民生实事' }] },
  { text: '开发城镇公益性岗位5000个。', expect: [{ value: 5000, comparator: '=', unit: '个' }] },
  { text: '推动60种高频电子证照全国标准化应用。', expect: [{ value: 60, comparator: '=', unit: '种' }] },
  { text: '推进13万个行政村环境综合整治。', expect: [{ value: 13, comparator: '=', unit: '万个' }] },
  { text: '在细颗粒物污染较严重的16个省份实施挥发性有机物总量控制。', expect: [{ value: 16, comparator: '=', unit: '个' }] },
  { text: '以580个优先控制单元为重点,推进流域水环境综合治理。', expect: [{ value: 580, comparator: '=', unit: '个' }] },
  // 专栏 boxes: lists closed by 等 whose members reach a state, and counts in a box's items.
  { text: '双桥河控制单元等40个单元由Ⅳ类升为Ⅲ类;南淝河控制单元等3个单元氨氮浓度下降。', expect: [
    { value: 40, comparator: '=', unit: '个' }, { value: 3, comparator: '=', unit: '个' },
  ] },
  { text: '新建大气辐射自动监测站400个、土壤辐射监测点163个。', expect: [{ value: 400, unit: '个' }, { value: 163, unit: '个' }] },
  { text: '国家级自然保护区每年监测两次,省级自然保护区每年监测一次。', expect: [
    { value: 2, comparator: '=', unit: '次' }, { value: 1, comparator: '=', unit: '次' },
  ] },
  { text: '建成10个百万亩、100个十万亩、1000个万亩防沙治沙基地。', expect: [
    { value: 10, unit: '个' }, { value: 100, unit: '个' }, { value: 1000, unit: '个' },
  ] },
  // Counts named in passing, or of work going on over an existing set, stay out.
  none('持续推进10个病种分级诊疗技术方案在医联体的落实。'),
  none('深入推进3个试点县的综合改革。'),
  none('通过优化资源配置、加强财务管理等9个方面不断明确管理范畴。'),
  none('重点在5个方面11项工作上见行动。'),
  none('加强急救中心建设、胸痛中心建设等5个中心的管理。'),
  none('提高有机磷中毒、急性心梗等10种突发疾病应急自救知识普及覆盖面。'),
  none('每年一次的体检。'),
  none('重点在5个方面加强能力建设。'),
  none('推动3个领域的改革。'),
]));

describe('quantity lexicon: compound units, round magnitudes, halves, baselines', () => check([
  { text: '天然气产能达到22亿方,电力总装机达到1.1亿千瓦。', expect: [
    { value: 22, unit: '亿方', comparator: '=' }, { value: 1.1, unit: '亿千瓦', comparator: '=' },
  ] },
  { text: '确保粮食总产量稳定保持在76亿斤以上。', expect: [{ value: 76, unit: '亿斤', comparator: '>=' }] },
  { text: '林地保有量达到31230万公顷,实施草原围栏1000万公顷。', expect: [
    { value: 31230, unit: '万公顷' }, { value: 1000, unit: '万公顷' },
  ] },
  { text: '限期改造50万蒸吨燃煤锅炉,抢救古树名木60万株。', expect: [{ value: 50, unit: '万蒸吨' }, { value: 60, unit: '万株' }] },
  { text: '地区生产总值突破1万亿元。', expect: [{ value: 1, unit: '万亿元', comparator: '>' }] },
  { text: '新增千万吨产能。', expect: [{ value: 1000, unit: '万吨', comparator: '=' }] },
  { text: '创建百家绿色设计示范企业、百家绿色示范园区、千家绿色示范工厂。', expect: [
    { value: 100, unit: '家' }, { value: 100, unit: '家' }, { value: 1000, unit: '家' },
  ] },
  { text: '将商标变更、续展业务办理时限压缩一半,分别减至1个月、半个月。', expect: [
    { value: 50, unit: '%', comparator: 'decrease' }, { value: 1, unit: '个月', comparator: '=' }, { value: 0.5, unit: '个月', comparator: '=' },
  ] },
  { text: '聚氯乙烯行业每单位产品用汞量在2010年的基础上减少50%。', ctx: { year: 2016 }, expect: [
    { value: 50, unit: '%', comparator: 'decrease', metric: '聚氯乙烯行业每单位产品用汞量' },
  ] },
  none('另一半资金由县级财政承担,三方协商解决。'),
  none('数百家企业参与,上半个月完成报名。'),
  none('2015年,全国森林蓄积量达到151.4亿立方米。', { year: 2016 }),
]));

describe('comparators by GOLD-FORMAT v2: a change is a change whatever qualifier follows', () => check([
  { text: '一产、二产、三产增加值分别增长5%左右、5%以上、5%左右。', expect: [
    { value: 5, comparator: 'increase' }, { value: 5, comparator: 'increase' }, { value: 5, comparator: 'increase' },
  ] },
  { text: '居民消费价格涨幅2%左右。', expect: [{ value: 2, comparator: 'increase', unit: '%' }] },
  { text: '签约服务覆盖率每年提升1-3个百分点。', expect: [{ value: 1, valueMax: 3, comparator: 'increase', unit: '个百分点' }] },
  { text: '个人卫生支出占比每年下降1-3个百分点。', expect: [{ value: 1, valueMax: 3, comparator: 'decrease', unit: '个百分点' }] },
  { text: '药品价格下调15%-30%。', expect: [{ value: 15, valueMax: 30, comparator: 'decrease', unit: '%' }] },
  { text: '全国排放总量下降10%以上。', expect: [{ value: 10, comparator: 'decrease' }] },
  { text: '城市和县城污水处理率分别达到95%和85%左右。', expect: [{ value: 95, comparator: '=' }, { value: 85, comparator: '~' }] },
  { text: '县、乡、村医疗机构分别能够提供45项、10项、6项以上中医适宜技术。', expect: [
    { value: 45, comparator: '>=' }, { value: 10, comparator: '>=' }, { value: 6, comparator: '>=' },
  ] },
  // Comparison signs, and the cells of an indicator table whose row label gives the unit.
  { text: '预约诊疗率≥90%,平均住院日≤9天。', expect: [{ value: 90, comparator: '>=', unit: '%' }, { value: 9, comparator: '<=', unit: '天' }] },
  { text: '空气质量优良天数比率(%)76.7>80-约束性细颗粒物浓度下降(%)--〔18〕约束性', expect: [
    { value: 80, comparator: '>', unit: '%' }, { value: 18, comparator: 'decrease', unit: '%' },
  ] },
  { text: '森林蓄积量(亿立方米)151165〔14〕约束性湿地保有量(亿亩)-≥8-预期性', expect: [
    { value: 14, comparator: 'increase', unit: '亿立方米' }, { value: 8, comparator: '>=', unit: '亿亩' },
  ] },
  { text: '新增水土流失治理面积(万平方公里)--〔27〕预期性', expect: [{ value: 27, comparator: '=', unit: '万平方公里' }] },
  { text: '污染地块安全利用率(%)\t-\t90以上\t约束性', expect: [{ value: 90, comparator: '>=', unit: '%' }] },
  none('空气质量优良天数比率(%)\t85.2\t88\t约束性'),
  none('草原综合植被盖度(%)5456 预期性重点生态功能区所属县域生态环境状况指数60.4>60.4-预期性'),
  none('FEV1/FVC比值正常范围为70,检测编号>3。'),
]));
