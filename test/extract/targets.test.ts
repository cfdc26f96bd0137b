import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FoundTarget, findTargets } from '../../src/extract/targets.js';
import { PASSAGES, goldTargets, predict, score } from './support/gold-targets.js';

type Expected = Partial<Omit<FoundTarget, 'at'>> & Pick<FoundTarget, 'text'>;
interface Row { text: string; expect: Expected[]; summary?: boolean; year?: number }

/** Runs one row: the targets found, in order, with the fields the row states; every span reproduces its text. */
function check(row: Row): void {
  const found = findTargets(row.text, { summary: row.summary, year: row.year });
  for (const f of found) expect(row.text.slice(f.at[0], f.at[1])).toBe(f.text);
  expect(found.map((f) => f.text)).toEqual(row.expect.map((e) => e.text));
  row.expect.forEach((e, i) => expect(found[i]).toMatchObject(e));
}

const one = (text: string, target: Expected, summary?: boolean): Row => ({ text, expect: [target], summary });
const none = (text: string, summary?: boolean): Row => ({ text, expect: [], summary });

const atLeast: Row[] = [
  one('临床路径管理患者三级医院不低于60%,', { text: '临床路径管理患者三级医院不低于60%', comparator: '>=', value: 60, unit: '%' }),
  one('推进分时段预约挂号应用,预约诊疗线上挂号比例达90%以上。', { text: '预约诊疗线上挂号比例达90%以上', comparator: '>=', value: 90, unit: '%', metric: '预约诊疗线上挂号比例' }),
  one('县级各组建不少于30人的核酸检测队伍。', { text: '县级各组建不少于30人的核酸检测队伍', comparator: '>=', value: 30, unit: '人', metric: '核酸检测队伍' }),
  one('各县级医疗卫生机构至少引进医学相关专业人才5名。', { text: '各县级医疗卫生机构至少引进医学相关专业人才5名', comparator: '>=', value: 5, unit: '名', metric: '医学相关专业人才' }),
  one('参加3个月以上的进修学习。', { text: '参加3个月以上的进修学习', comparator: '>=', value: 3, unit: '个月', metric: '进修学习' }),
  one('实现50+N种常见病救治不出乡。', { text: '实现50+N种常见病救治不出乡', comparator: '>=', value: 50, unit: '种' }),
  one('市人民医院要建设1万管以上检测能力的移动方舱实验室,', { text: '市人民医院要建设1万管以上检测能力的移动方舱实验室', comparator: '>=', value: 1, unit: '万管' }),
  one('二级及以上公立医院门诊患者预约诊疗率达到50%及以上。', { text: '二级及以上公立医院门诊患者预约诊疗率达到50%及以上', comparator: '>=', value: 50, unit: '%' }),
  one('每万人口全科医生数不少于3.93人。', { text: '每万人口全科医生数不少于3.93人', comparator: '>=', value: 3.93, unit: '人', metric: '每万人口全科医生数' }),
  one('党组织书记和院长每人分别至少在全院范围宣讲一次。', { text: '党组织书记和院长每人分别至少在全院范围宣讲一次', comparator: '>=', value: 1, unit: '次', metric: '在全院范围宣讲' }),
  one('0-6岁儿童健康管理率达到90%以上。', { text: '0-6岁儿童健康管理率达到90%以上', comparator: '>=', value: 90, unit: '%', metric: '0-6岁儿童健康管理率' }),
  one('争取专家培养带教500名以上专业技术人员。', { text: '争取专家培养带教500名以上专业技术人员', comparator: '>=', value: 500, unit: '名' }),
];

const above: Row[] = [
  one('城乡居民医保参保率超过95%。', { text: '城乡居民医保参保率超过95%', comparator: '>', value: 95, unit: '%', metric: '城乡居民医保参保率' }),
  one('基层就诊率高于65%。', { text: '基层就诊率高于65%', comparator: '>', value: 65, unit: '%' }),
  one('全市中药材种植面积突破10万亩。', { text: '全市中药材种植面积突破10万亩', comparator: '>', value: 10, unit: '万亩', metric: '中药材种植面积' }),
  one('惠及30余万人次。', { text: '惠及30余万人次', comparator: '>', value: 30, unit: '万人次' }),
  one('举办各类文化活动100余场。', { text: '举办各类文化活动100余场', comparator: '>', value: 100, unit: '场' }),
  one('县域内住院量占比大于90%。', { text: '县域内住院量占比大于90%', comparator: '>', value: 90, unit: '%', metric: '县域内住院量占比' }),
  one('培训乡村医生1000多人。', { text: '培训乡村医生1000多人', comparator: '>', value: 1000, unit: '人' }),
  one('新增床位多于200张。', { text: '新增床位多于200张', comparator: '>', value: 200, unit: '张' }),
  one('病床使用率超过85%,', { text: '病床使用率超过85%', comparator: '>', value: 85, unit: '%' }),
  one('全年接诊量超过10万人次。', { text: '全年接诊量超过10万人次', comparator: '>', value: 10, unit: '万人次' }),
];

const atMost: Row[] = [
  one('(2小时内到达现场,', { text: '2小时内到达现场', comparator: '<=', value: 2, unit: '小时', metric: '到达现场' }),
  one('24小时内基本查清传播链)。', { text: '24小时内基本查清传播链', comparator: '<=', value: 24, unit: '小时' }),
  one('门诊患者平均等候时间不超过30分钟。', { text: '门诊患者平均等候时间不超过30分钟', comparator: '<=', value: 30, unit: '分钟', metric: '门诊患者平均等候时间' }),
  one('药占比不高于30%。', { text: '药占比不高于30%', comparator: '<=', value: 30, unit: '%', metric: '药占比' }),
  one('城镇调查失业率控制在5.5%以内。', { text: '城镇调查失业率控制在5.5%以内', comparator: '<=', value: 5.5, unit: '%' }),
  one('婴儿死亡率降至5‰以下。', { text: '婴儿死亡率降至5‰以下', comparator: '<=', value: 5, unit: '‰', metric: '婴儿死亡率' }),
  one('孕产妇死亡率下降到14.5/10万以下。', { text: '孕产妇死亡率下降到14.5/10万以下', comparator: '<=', value: 14.5, unit: '/10万' }),
  one('院前急救平均反应时间15分钟以内。', { text: '院前急救平均反应时间15分钟以内', comparator: '<=', value: 15, unit: '分钟' }),
  one('平均住院日不超过9天。', { text: '平均住院日不超过9天', comparator: '<=', value: 9, unit: '天' }),
  one('个人卫生支出占卫生总费用的比重降至27%以下。', { text: '个人卫生支出占卫生总费用的比重降至27%以下', comparator: '<=', value: 27, unit: '%' }),
  one('接到报告后30分钟内完成响应。', { text: '接到报告后30分钟内完成响应', comparator: '<=', value: 30, unit: '分钟' }),
  one('空床率低于5%。', { text: '空床率低于5%', comparator: '<', value: 5, unit: '%' }),
];

const equal: Row[] = [
  one('力争2022年全市的居民健康素养水平达到22%。', { text: '力争2022年全市的居民健康素养水平达到22%', comparator: '=', value: 22, unit: '%', metric: '居民健康素养水平' }),
  one('建设12个基层中医馆,实现全覆盖。', { text: '建设12个基层中医馆', comparator: '=', value: 12, unit: '个', metric: '基层中医馆' }),
  one('市人民医院按照救治床位500张的要求,加快改造。', { text: '市人民医院按照救治床位500张的要求', comparator: '=', value: 500, unit: '张', metric: '救治床位' }),
  one('力争年内柔性引进高层次专家人才10名,', { text: '力争年内柔性引进高层次专家人才10名', comparator: '=', value: 10, unit: '名', metric: '高层次专家人才' }),
  one('为1000名白内障患者免费实施复明手术。', { text: '为1000名白内障患者', comparator: '=', value: 1000, unit: '名', metric: '白内障患者' }),
  one('争取省级中医特色优势专科建设单位2个,', { text: '争取省级中医特色优势专科建设单位2个', comparator: '=', value: 2, unit: '个', metric: '省级中医特色优势专科建设单位' }),
  one('评选“卫生行业青年骨干人才”50名。', { text: '评选“卫生行业青年骨干人才”50名', comparator: '=', value: 50, unit: '名' }),
  one('努力完成年度15.7亿元建设任务,', { text: '努力完成年度15.7亿元建设任务', comparator: '=', value: 15.7, unit: '亿元', metric: '年度建设任务' }),
  one('新农合政策范围内住院费用支付比例为75%。', { text: '新农合政策范围内住院费用支付比例为75%', comparator: '=', value: 75, unit: '%' }),
  one('原则上按照一个感染者备用100间的标准配备隔离房间。', { text: '原则上按照一个感染者备用100间的标准配备隔离房间', comparator: '=', value: 100, unit: '间' }),
  one('市级组建2000人,', { text: '市级组建2000人', comparator: '=', value: 2000, unit: '人', metric: null }),
  one('人均预期寿命达到79岁。', { text: '人均预期寿命达到79岁', comparator: '=', value: 79, unit: '岁', metric: '人均预期寿命' }),
  one('组织召开3次专题会议。', { text: '组织召开3次专题会议', comparator: '=', value: 3, unit: '次', metric: '专题会议' }),
  one('推动1000家县医院达到三级医院医疗服务能力水平。', { text: '推动1000家县医院', comparator: '=', value: 1000, unit: '家', metric: '县医院' }),
  one('门诊患者满意度达到 90 %。', { text: '门诊患者满意度达到 90 %', comparator: '=', value: 90, unit: '%', metric: '门诊患者满意度' }),
  one('全市煤炭产能达到1969万吨/年。', { text: '全市煤炭产能达到1969万吨/年', comparator: '=', value: 1969, unit: '万吨/年', metric: '煤炭产能' }),
];

const about: Row[] = [
  one('基本药物配备使用比例达到60%左右。', { text: '基本药物配备使用比例达到60%左右', comparator: '~', value: 60, unit: '%' }),
  one('采购所有药品数量的50%左右。', { text: '采购所有药品数量的50%左右', comparator: '~', value: 50, unit: '%' }),
  one('集聚约2万名外地生源。', { text: '集聚约2万名外地生源', comparator: '~', value: 2, unit: '万名' }),
  one('床位使用率保持在85%左右。', { text: '床位使用率保持在85%左右', comparator: '~', value: 85, unit: '%', metric: '床位使用率' }),
  one('大约300家医疗机构接入平台。', { text: '大约300家医疗机构接入平台', comparator: '~', value: 300, unit: '家' }),
  one('帮助近3万户居民解决办证难问题。', { text: '帮助近3万户居民解决办证难问题', comparator: '~', value: 3, unit: '万户' }),
  one('每年培训约500人次。', { text: '每年培训约500人次', comparator: '~', value: 500, unit: '人次' }),
  one('财政投入约1.2亿元。', { text: '财政投入约1.2亿元', comparator: '~', value: 1.2, unit: '亿元' }),
  one('家庭医生签约率约为40%。', { text: '家庭医生签约率约为40%', comparator: '~', value: 40, unit: '%', metric: '家庭医生签约率' }),
  one('核酸检测能力达到每日1万份左右。', { text: '核酸检测能力达到每日1万份左右', comparator: '~', value: 1, unit: '万份' }),
];

const ranges: Row[] = [
  one('各县区要按照救治床位80-100张的要求,', { text: '各县区要按照救治床位80-100张的要求', comparator: 'range', value: 80, valueMax: 100, unit: '张', metric: '救治床位' }),
  one('年内建立医疗联合体、专科联盟、技术联盟2-3个,', { text: '年内建立医疗联合体、专科联盟、技术联盟2-3个', comparator: 'range', value: 2, valueMax: 3, unit: '个', metric: '医疗联合体、专科联盟、技术联盟' }),
  one('新增1-2个市域“专科联盟”牵头单位,', { text: '新增1-2个市域“专科联盟”牵头单位', comparator: 'range', value: 1, valueMax: 2, unit: '个', metric: '市域“专科联盟”牵头单位' }),
  one('推荐命名10-20家“健康企业建设评估合格企业”,', { text: '推荐命名10-20家“健康企业建设评估合格企业”', comparator: 'range', value: 10, valueMax: 20, unit: '家' }),
  one('力争实现250-300种常见病不出县。', { text: '力争实现250-300种常见病不出县', comparator: 'range', value: 250, valueMax: 300, unit: '种' }),

  one('建设二至三个区域医疗中心。', { text: '建设二至三个区域医疗中心', comparator: 'range', value: 2, valueMax: 3, unit: '个' }),

  one('每个县建设1至2所县级医院。', { text: '每个县建设1至2所县级医院', comparator: 'range', value: 1, valueMax: 2, unit: '所' }),
  one('组织培训200-300人次。', { text: '组织培训200-300人次', comparator: 'range', value: 200, valueMax: 300, unit: '人次' }),
  one('每个中心配备3-5名专职人员。', { text: '每个中心配备3-5名专职人员', comparator: 'range', value: 3, valueMax: 5, unit: '名' }),
  one('门诊量保持在500-800人次。', { text: '门诊量保持在500-800人次', comparator: 'range', value: 500, valueMax: 800, unit: '人次' }),
];

const changes: Row[] = [
  one('县域内就诊率较上年提高10个百分点,基本实现大病不出县。', { text: '县域内就诊率较上年提高10个百分点', comparator: 'increase', value: 10, unit: '个百分点', metric: '县域内就诊率' }),
  one('转诊的人数较上一年提高10%以上;', { text: '转诊的人数较上一年提高10%以上', comparator: 'increase', value: 10, unit: '%', metric: '转诊的人数' }),
  one('门诊人次数增长10%左右。', { text: '门诊人次数增长10%左右', comparator: 'increase', value: 10, unit: '%' }),
  one('医疗服务收入占比提升5个百分点。', { text: '医疗服务收入占比提升5个百分点', comparator: 'increase', value: 5, unit: '个百分点' }),
  one('城乡居民医保人均财政补助标准增加30元。', { text: '城乡居民医保人均财政补助标准增加30元', comparator: 'increase', value: 30, unit: '元' }),
  one('药品费用下降10%以上。', { text: '药品费用下降10%以上', comparator: 'decrease', value: 10, unit: '%', metric: '药品费用' }),
  one('平均住院日缩短0.5天。', { text: '平均住院日缩短0.5天', comparator: 'decrease', value: 0.5, unit: '天' }),
  one('抗菌药物使用率同比下降3个百分点。', { text: '抗菌药物使用率同比下降3个百分点', comparator: 'decrease', value: 3, unit: '个百分点', metric: '抗菌药物使用率' }),
  one('地区生产总值年均增长6%。', { text: '地区生产总值年均增长6%', comparator: 'increase', value: 6, unit: '%', metric: '地区生产总值' }),
  one('把技术劳务项目价格上调50%。', { text: '把技术劳务项目价格上调50%', comparator: 'increase', value: 50, unit: '%' }),
  one('检查检验费用下调20%。', { text: '检查检验费用下调20%', comparator: 'decrease', value: 20, unit: '%' }),
  // v2: a change stays a change over a range; valueMax keeps the range's upper end.
  one('个人卫生支出占比每年下降1-3个百分点。', { text: '个人卫生支出占比每年下降1-3个百分点', comparator: 'decrease', value: 1, valueMax: 3, unit: '个百分点' }),
  one('药品价格下调15%-30%。', { text: '药品价格下调15%-30%', comparator: 'decrease', value: 15, valueMax: 30, unit: '%' }),
  one('城镇调查失业率由9.2%下降到6%以内。', { text: '城镇调查失业率由9.2%下降到6%以内', comparator: '<=', value: 6, unit: '%', metric: '城镇调查失业率' }),
];

const lists: Row[] = [
  { text: '65岁以上老年人高血压、糖尿病管理率分别达到70%、50%,', expect: [
    { text: '65岁以上老年人高血压、糖尿病管理率分别达到70%', comparator: '=', value: 70, unit: '%', metric: '65岁以上老年人高血压管理率' },
    { text: '50%', comparator: '=', value: 50, unit: '%', metric: '65岁以上老年人糖尿病管理率' },
  ] },
  { text: '县、乡、村各医疗机构分别能够提供45项、10项、6项以上中医适宜技术。', expect: [
    { text: '县、乡、村各医疗机构分别能够提供45项', comparator: '>=', value: 45, unit: '项', metric: '中医适宜技术' },
    { text: '10项', comparator: '>=', value: 10, unit: '项' },
    { text: '6项以上中医适宜技术', comparator: '>=', value: 6, unit: '项' },
  ] },
  { text: '市级组建2000人、县区各组建400人的核酸采样队伍。', expect: [
    { text: '市级组建2000人', comparator: '=', value: 2000, unit: '人' },
    { text: '县区各组建400人的核酸采样队伍', comparator: '=', value: 400, unit: '人', metric: '核酸采样队伍' },
  ] },
  { text: '创建省级卫生乡镇21个、村70个、社区21个、单位70个。', expect: [
    { text: '创建省级卫生乡镇21个', value: 21, unit: '个', comparator: '=', metric: '省级卫生乡镇' },
    { text: '村70个', value: 70, unit: '个', comparator: '=' },
    { text: '社区21个', value: 21, unit: '个', comparator: '=' },
    { text: '单位70个', value: 70, unit: '个', comparator: '=' },
  ] },
  { text: '市、县区各组建不少于5支、每支不少于10人的流调队伍。', expect: [
    { text: '市、县区各组建不少于5支', comparator: '>=', value: 5, unit: '支' },
    { text: '每支不少于10人的流调队伍', comparator: '>=', value: 10, unit: '人' },
  ] },
  { text: '60%的二级以上医疗机构、20%的乡镇卫生院和社区卫生服务中心能够提供传统中医康复服务。', expect: [
    { text: '60%的二级以上医疗机构', comparator: '=', value: 60, unit: '%', metric: '二级以上医疗机构' },
    { text: '20%的乡镇卫生院和社区卫生服务中心', comparator: '=', value: 20, unit: '%' },
  ] },
  { text: '力争实现250-300种常见病、80%大病不出县。', expect: [
    { text: '力争实现250-300种常见病', comparator: 'range', value: 250, valueMax: 300, unit: '种' },
    { text: '80%大病不出县', comparator: '=', value: 80, unit: '%' },
  ] },
  { text: '市人民医院按照救治床位500张、重症救治床位50张的要求,', expect: [
    { text: '市人民医院按照救治床位500张', comparator: '=', value: 500, unit: '张', metric: '救治床位' },
    { text: '重症救治床位50张的要求', comparator: '=', value: 50, unit: '张', metric: '重症救治床位' },
  ] },
  { text: '城镇居民人均可支配收入和农村居民人均可支配收入年均分别增长5.2%和8.0%。', expect: [
    { text: '城镇居民人均可支配收入和农村居民人均可支配收入年均分别增长5.2%', comparator: 'increase', value: 5.2, unit: '%', metric: '城镇居民人均可支配收入' },
    { text: '8.0%', comparator: 'increase', value: 8, unit: '%', metric: '农村居民人均可支配收入' },
  ] },
  { text: '二级、三级医院平均住院日分别不超过10天、9天。', expect: [
    { text: '二级、三级医院平均住院日分别不超过10天', comparator: '<=', value: 10, unit: '天' },
    { text: '9天', comparator: '<=', value: 9, unit: '天' },
  ] },
  { text: '到2025年,建成5个国家级和20个省级临床重点专科。', expect: [
    { text: '建成5个国家级', comparator: '=', value: 5, unit: '个' },
    { text: '20个省级临床重点专科', comparator: '=', value: 20, unit: '个', metric: '省级临床重点专科' },
  ] },
  { text: '规范管理率均达到65%;', expect: [{ text: '规范管理率均达到65%', comparator: '=', value: 65, unit: '%', metric: '规范管理率' }] },
];

const chinese: Row[] = [
  one('百分之六十的县达到标准。', { text: '百分之六十的县', comparator: '=', value: 60, unit: '%' }),
  one('至少建成三个区域医疗中心。', { text: '至少建成三个区域医疗中心', comparator: '>=', value: 3, unit: '个', metric: '区域医疗中心' }),
  one('每县区至少有一所基层医疗卫生机构达到推荐标准。', { text: '每县区至少有一所基层医疗卫生机构', comparator: '>=', value: 1, unit: '所', metric: '基层医疗卫生机构' }),
  one('每名医师至少下乡一次。', { text: '每名医师至少下乡一次', comparator: '>=', value: 1, unit: '次' }),
  one('配备不少于两名专职人员。', { text: '配备不少于两名专职人员', comparator: '>=', value: 2, unit: '名' }),
  one('新建十二所乡镇卫生院。', { text: '新建十二所乡镇卫生院', comparator: '=', value: 12, unit: '所', metric: '乡镇卫生院' }),
  one('签约覆盖率提高百分之五。', { text: '签约覆盖率提高百分之五', comparator: 'increase', value: 5, unit: '%' }),
  one('选派二十名医师下乡。', { text: '选派二十名医师下乡', comparator: '=', value: 20, unit: '名' }),
  one('基层就诊率提高两个百分点。', { text: '基层就诊率提高两个百分点', comparator: 'increase', value: 2, unit: '个百分点' }),
  one('财政投入增幅不低于百分之六点五。', { text: '财政投入增幅不低于百分之六点五', comparator: '>=', value: 6.5, unit: '%' }),
  one('每个县建设三至五个示范点。', { text: '每个县建设三至五个示范点', comparator: 'range', value: 3, valueMax: 5, unit: '个' }),
  one('每个科室至少确定一个质控员。', { text: '每个科室至少确定一个质控员', comparator: '>=', value: 1, unit: '个' }),
  one('婴儿死亡率控制在千分之八以下。', { text: '婴儿死亡率控制在千分之八以下', comparator: '<=', value: 8, unit: '‰' }),
];

const placeholders: Row[] = [
  one('签约服务率必须达到X%。', { text: '签约服务率必须达到X%', comparator: '=', value: null, unit: '%', placeholder: true, metric: '签约服务率' }),
  one('新农合参合率稳定在X%以上,', { text: '新农合参合率稳定在X%以上', comparator: '>=', value: null, unit: '%', placeholder: true, metric: '新农合参合率' }),
  one('政策范围支付比例达到X%。', { text: '政策范围支付比例达到X%', comparator: '=', value: null, unit: '%', placeholder: true }),
  one('建立健全决策机制、民主管理和后勤管理等X项制度,', { text: '建立健全决策机制、民主管理和后勤管理等X项制度', comparator: '=', value: null, unit: '项', placeholder: true, metric: '制度' }),
  one('培训XX名全科医生。', { text: '培训XX名全科医生', comparator: '=', value: null, unit: '名', placeholder: true, metric: '全科医生' }),
  one('覆盖率提高X个百分点。', { text: '覆盖率提高X个百分点', comparator: 'increase', value: null, unit: '个百分点', placeholder: true }),
  one('每队不少于X人。', { text: '每队不少于X人', comparator: '>=', value: null, unit: '人', placeholder: true }),
  one('建设X个示范中心。', { text: '建设X个示范中心', comparator: '=', value: null, unit: '个', placeholder: true }),
  one('新建x所卫生院。', { text: '新建x所卫生院', comparator: '=', value: null, unit: '所', placeholder: true }),
  one('住院费用报销比例达到X%左右。', { text: '住院费用报销比例达到X%左右', comparator: '~', value: null, unit: '%', placeholder: true }),
  none('X月底前县级医共体组建完毕。'),
  none('全面推进健康X重大战略,为X经济社会发展提供保障,制定《X县建立现代医院管理制度实施方案》。'),
];

const negatives: Row[] = [
  none('2021年,重点在5个方面11项工作上见行动。'), // the document's own structure
  none('本年度重点学习《关于推动公立医院高质量发展的意见》等四个文件。'),
  none('宣讲分讲授、讲解、讲评、讲述四个层次,对4个重点宣讲文件要全面讲。'),
  none('重点做好“十大任务,49项工作”。'),
  none('持续推进10个病种分级诊疗技术方案在医联体的落实。'), // a set defined elsewhere
  none('通过优化资源配置、加强财务管理等9个方面不断明确管理范畴。'),
  none('从讲医改、见行动、出成效三个维度全面评价本次活动情况。'),
  none('积极争取健康快车第七次停靠我市。'), // ordinal
  none('完成陇西县第二人民医院建设改造任务。'),
  none('二级以上医院设立总药师,三级医院全面推行总会计师制度。'), // class names
  none('做好65岁以上老年人健康管理,确保5岁以下儿童死亡率持续稳定下降。'),
  none('居民2周患病首选基层医疗卫生机构的比例较上年提升。'),
  none('不断增强“四个意识”,做到“两个维护”,实现“三个全覆盖”。'), // slogans
  none('一人一团队,一人一策,分类救治。'),
  none('严格按照“1346”时序和“3246”调度机制要求,加大“六位一体”建设,做到“2+4+24”。'),
  none('巩固拓展有效衔接六大机制和五项行动,实施好三孩生育政策,落实中央八项规定精神。'),
  none('认真落实《医疗机构工作人员廉洁从业九项准则》。'),
  none('利用省上下达市级400万元、安定区360万元项目资金。'), // funds allocated are inputs
  none('去年新增社区卫生服务中心17家。'), // past results
  none('努力落实国家两部委已反馈45个项目专项债券资金。'),
  none('自工作开展以来区政府召开领导小组会2次。'),
  none('加强和完善5个县域医学中心、5个县域急危重症救治中心建设。'), // objects of ongoing work
  none('加强2022年投资项目清单的29个建设项目调度,加强32个重大带动性基础设施项目和28个重点前期推进项目调度。'),
  none('持续推进健康定西17项专项行动,加强对考核指标体系中27项指标的监测。'),
  none('提高有机磷中毒、急性心梗、脑出血等10种突发疾病应急自救知识普及覆盖面。'),
  none('医疗服务收入占医疗收入比例较上一年明显提高。'), // a direction with no number
  none('定卫办发〔2022〕13号,2022年2月27日印发,【公布日期】2022.02.27'),
  none('建立一支高素质队伍,建设一批区域医疗中心。'), // 一 as the article "a"
  none('按照每1000人口配备床位标准执行,DOI:10.16659,R197.32,COVID-19疫苗。'),
  none('实行7×24小时值班。'),
  none('覆盖全省14个市(州),全省共有二级以上医院300家,分3个阶段推进。'), // scope, status, phases
  none('指标体系包括5个一级指标、15个二级指标。'),
  none('设立专项资金500万元。'),
  none('使服务水平达到一个新水平,再提高一个档次。'), // 一个 as the article "a"
  none('配备X光机、X线机和X射线防护设备。'),
];

const summaries: Row[] = [
  none('截止12月11日,全区共收缴合疗基金304.10万元,共计10.4846万人,占农业人口94%。', true),
  none('群众知晓率达98%以上,接种率达到97.9%。', true),
  none('今年通过“振兴计划”招进23名医学院校本科和大专毕业生。', true),
  none('使医务人员可变动工资占到工资总量的80%以上。', true),
  one('下一步,力争群众知晓率达到98%以上。', { text: '力争群众知晓率达到98%以上', comparator: '>=', value: 98, unit: '%' }, true),
  one('力争群众知晓率达到98%以上。', { text: '力争群众知晓率达到98%以上', comparator: '>=', value: 98, unit: '%' }),
  none('全县现有公立医疗机构17个,其中公立医院2个、乡镇卫生院15个。', true),
  none('完成投资1000万元,计划建设面积7200平方米。', true),
  none('把体现医务人员技术劳务的项目上调50%,对大型检查和检验项目分别下调15%。', true),
  { text: '2020年,全国医疗卫生机构总数达到102万个,床位910万张。', expect: [], year: 2022 },
  { text: '县域内就诊率较2020年提高10个百分点。', year: 2022, expect: [{ text: '县域内就诊率较2020年提高10个百分点', comparator: 'increase', value: 10, unit: '个百分点', metric: '县域内就诊率' }] },
  one('明年确保签约率达到60%。', { text: '明年确保签约率达到60%', comparator: '=', value: 60, unit: '%' }, true),
];

const families: Record<string, Row[]> = {
  '>= (不低于, 不少于, 至少, 以上)': atLeast,
  '> (超过, 高于, 突破, 余/多)': above,
  '<= and < (不超过, 以内, 以下, N小时内, 低于)': atMost,
  '= (达到, 为, counts to build or deliver)': equal,
  '~ (左右, 约, 近)': about,
  'range (80-100张, 二至三个)': ranges,
  'increase / decrease (提高, 增长, 下降, 下调)': changes,
  'lists (分别, 、, 以上 over a list)': lists,
  'Chinese numerals (百分之六十, 三个, 一所)': chinese,
  'placeholders (X%, X项)': placeholders,
  'not targets': negatives,
  'work summaries and past years': summaries,
};

describe('findTargets', () => {
  for (const [family, rows] of Object.entries(families)) {
    describe(family, () => {
      it.each(rows.map((r) => [r.text, r] as const))('%s', (_, row) => check(row));
    });
  }

  it('has at least 10 rows per family and 20 negatives', () => {
    for (const rows of Object.values(families)) expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(negatives.length).toBeGreaterThanOrEqual(20);
  });
});

describe('findTargets on the annotated seeds', () => {
  // The scorer's rule: value equal, unit equal, texts overlapping. Measured: F1 1.000 on 002 篇五 (60/60),
  // 001 (5/5) and 004 (4/4), no false positives on 000 and the summary 003.
  for (const [id, passage] of Object.entries(PASSAGES)) {
    it(`matches the gold of ${id}`, () => {
      const s = score(goldTargets(passage.seed), predict(passage));
      expect(s.f1, JSON.stringify({ missed: s.missed, spurious: s.spurious }, null, 1)).toBeGreaterThanOrEqual(0.85);
      if (s.comparatorAcc !== null) expect(s.comparatorAcc).toBeGreaterThanOrEqual(0.9);
    });
  }
  it('scores F1 >= 0.85 over all of them together', () => {
    let tp = 0, gold = 0, pred = 0;
    for (const passage of Object.values(PASSAGES)) {
      const s = score(goldTargets(passage.seed), predict(passage));
      tp += s.tp; gold += s.gold; pred += s.pred;
    }
    const p = tp / pred, r = tp / gold;
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.85);
  });
});

/** Spans are in bounds, reproduce their text, hold a digit or numeral, and come in order without overlapping. */
function wellFormed(text: string, found: FoundTarget[]): void {
  let last = 0;
  for (const f of found) {
    expect(f.at[0]).toBeGreaterThanOrEqual(last);
    expect(f.at[1]).toBeGreaterThan(f.at[0]);
    expect(f.at[1]).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.at[0], f.at[1])).toBe(f.text);
    last = f.at[1];
  }
}

describe('findTargets on any input', () => {
  const pieces = ['1', '2', '0', '.', '5', '-', '+', 'N', 'X', '%', '、', ',', '。', '(', ')', '“', '”', '《', '》', '一', '两', '十', '百', '万', '亿',
    '点', '分之', '个', '项', '名', '人', '万元', '个百分点', '小时', '内', '以上', '以下', '左右', '至少', '不低于', '达到', '提高', '较上年',
    '建设', '组建', '分别', '第', '每', '已', '等', '的', '率', '医院', '床位', '张', '年', '月'];

  it('never throws and returns well-formed spans on strings built from its own vocabulary', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.boolean(), (parts, summary) => {
      const text = parts.join('');
      wellFormed(text, findTargets(text, { summary }));
    }), { numRuns: 2000 });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      wellFormed(text, findTargets(text, {}));
    }), { numRuns: 1000 });
  });

  // Linear time: every look around a number is bounded, so 1 MB inputs finish (no timing assertion;
  // a quadratic scan would run into the test timeout instead).
  it.each([
    ['a plan paragraph repeated', PASSAGES['002'].paragraphs.join('')],
    ['one clause with no punctuation', '至少建设12个基层中医馆和'],
    ['digits', '1'],
    ['Chinese numerals', '一'],
    ['open quotes', '“5个'],
    ['ranges and lists', '80-100张、'],
  ])('handles 1 MB of %s', (_, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const found = findTargets(text, {});
    expect(Array.isArray(found)).toBe(true);
    wellFormed(text, found.slice(0, 1000));
  });
});
