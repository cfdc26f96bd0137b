/**
 * The words around a number that decide whether it is a target and how it compares.
 * Lists, not patterns: each is a closed class of Chinese function words or verbs.
 */
export type Comparator = '>=' | '>' | '<=' | '<' | '=' | '~' | 'range' | 'increase' | 'decrease';

/**
 * Words written right before the number ("不低于60%", "较上年提高10个百分点"), longest first so
 * that 不低于 is not read as 低于. `level` marks words that state a level (达到, 提高到), which
 * 以上 / 以下 after the number may sharpen; a change (提高 N) stays a change.
 */
export const LEFT_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = ([
  ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['不得低于', '>='], ['不得少于', '>='], ['大于等于', '>='], ['至少', '>='], ['最少', '>='],
  ['超过', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'], ['突破', '>'],
  ['不高于', '<='], ['不超过', '<='], ['不大于', '<='], ['不多于', '<='], ['不得超过', '<='], ['不得高于', '<='], ['最多', '<='], ['至多', '<='],
  ['控制在', '<='], ['降至', '<='], ['降到', '<='], ['降低到', '<='], ['降低至', '<='], ['下降到', '<='], ['下降至', '<='],
  ['减少到', '<='], ['减少至', '<='], ['缩短到', '<='], ['缩短至', '<='], ['压缩到', '<='], ['压缩至', '<='],
  ['低于', '<'], ['少于', '<'], ['小于', '<'],
  ['达到', '='], ['达', '='], ['为', '='], ['稳定在', '='], ['保持在', '='], ['维持在', '='], ['提高到', '='], ['提高至', '='],
  ['提升到', '='], ['提升至', '='], ['减至', '='], ['减到', '='], ['压减至', '<='], ['压减到', '<='], ['缩减至', '<='], ['缩减到', '<='], ['增加到', '='], ['增加至', '='], ['增长到', '='], ['增长至', '='], ['增至', '='], ['上升到', '='], ['上升至', '='],
  // Signs, as indicator tables and standards write them: "≥8", ">80", "<5".
  ['≥', '>='], ['⩾', '>='], ['≤', '<='], ['⩽', '<='], ['>', '>'], ['<', '<'],
  ['大约', '~'], ['约为', '~'], ['约占', '~'], ['约', '~'], ['近', '~'],
  ['提高', 'increase'], ['提升', 'increase'], ['增加', 'increase'], ['增长', 'increase'], ['上升', 'increase'], ['上调', 'increase'], ['增幅', 'increase'], ['涨幅', 'increase'],
  ['下降', 'decrease'], ['降低', 'decrease'], ['减少', 'decrease'], ['缩短', 'decrease'], ['压缩', 'decrease'], ['下调', 'decrease'], ['降幅', 'decrease'], ['压减', 'decrease'], ['缩减', 'decrease'],
] as Array<[string, Comparator]>).sort((a, b) => b[0].length - a[0].length);

/** 为 is a comparator ("比例为60%") except as the end of another word (分为, 作为, 成为, 认为…). */
export const NOT_BEFORE_WEI = '分作成认行因称视更较最尤以极广难大改划列评归合并转';

/** Adverbs that may stand before the verb rather than the number: "至少建成…中的2个", "至少有一所". */
export const FAR_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [['至少', '>='], ['最少', '>='], ['最多', '<='], ['至多', '<=']];

/** Words right after the unit. 内 counts only after short durations ("2小时内到达现场"). */
export const RIGHT_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='], ['以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<='], ['左右', '~'], ['内', '<='],
];

/**
 * Verbs of building, delivering, recruiting, training or selecting: a plain count right after one
 * ("建设12个基层中医馆", "组建2000人") or after its object ("引进…专业人才42名") is a goal to deliver.
 * Verbs of ongoing work on an existing set (推进, 加强, 完善, 巩固, 落实) are deliberately absent.
 */
export const ACHIEVE_VERBS = [
  '建设', '新建', '建成', '组建', '创建', '建立', '打造', '培训', '培养', '带教', '引进', '招聘', '招录', '招收', '争取', '评选',
  '选派', '派出', '选拔', '遴选', '新增', '增设', '配备', '配置', '储备', '备用', '设置', '设立', '开设', '命名', '认定', '培育',
  '招募', '完成', '举办', '开展', '提供', '发放', '资助', '扶持', '救助', '改造', '筛查', '随访', '接种', '表彰', '选树', '派驻',
  '下派', '接收', '投放', '安装', '签约', '招生', '召开', '举行', '出台', '制定', '修订', '选择', '选取', '开通', '建',
  '开发', '办好', '办成', '实施', '整治', '修复', '治理', '改良', '抚育', '复壮', '抢救', '淘汰', '替代', '更新', '转化',
  '造林', '种植', '回收', '新培育', '打造',
];

/**
 * Verbs of advancing work that take a count to deliver ("推进13万个行政村环境综合整治", "推动60种电子证照
 * 标准化应用") unless an adverb says the work goes on over a set already there (`ONGOING_ADVERBS`).
 */
export const ADVANCE_VERBS = ['推进', '推动'];

/** "持续推进10个病种…的落实": work going on over an existing set, not a count to deliver. */
export const ONGOING_ADVERBS = ['持续', '继续', '深入', '进一步', '不断'];

/**
 * Words that open a clause naming where or on what the work is done: "在16个省份实施…",
 * "对378个江河湖库实施严格保护", "以580个优先控制单元为重点". Stance words may stand before them.
 */
export const SCOPE_FRAMES = ['在', '对', '以', '于', '选择', '选取'];
export const SCOPE_LEADS = ['重点', '要', '并', '同时', '将', '拟', '力争', '率先', '优先', '逐步', '分批'];

/**
 * What the work does there, after the count ("…实施总氮总量控制", "…启动先行区建设", "…为重点"):
 * with a scope frame or a list closed by 等, the count is the number of places or things to cover.
 */
export const SCOPE_WORK = [
  '实施', '开展', '启动', '建设', '试点', '示范', '为重点', '整治', '治理', '保护', '修复', '办理', '应用', '改造', '推广',
  // …or the state they reach: "…等40个单元由Ⅳ类升为Ⅲ类", "…等3个单元氨氮浓度下降".
  '升为', '降为', '下降', '达到', '达标',
];

/**
 * Nouns of aspects and stages, not things: a count of them ("在5个方面加强建设", "推动3个领域改革")
 * names how the work is organised, not what it delivers.
 */
export const ASPECT_NOUNS = ['方面', '领域', '环节', '层面', '维度', '阶段', '步骤', '原则', '要点', '途径', '渠道', '机制', '问题'];

/** "每年监测两次", "每季度至少主动联系1次": a frequency of work, a goal in 次. */
export const FREQUENCY = /每(?:年|季度|季|月|周|半年|学期|天|日)/u;
export const FREQUENCY_UNITS = ['次'];

/** Verbs that make an amount of money a goal ("完成年度15.7亿元建设任务"); without one, money is an input ("下达…400万元"). */
export const MONEY_GOAL_VERBS = ['完成', '实现', '达到', '争取', '筹集', '募集', '突破', '引进', '招商'];

/** Marks of what already happened ("去年新增…", "已反馈45个项目", "取消了15%"): its numbers are results, not goals. */
export const PAST_MARKERS = /已|曾|去年|截至|截止|以来|现有(?!基础|水平)|先后|(?<![为除])了(?![解结])/u;
/** Every character a match of PAST_MARKERS can open with. */
export const PAST_MARKERS_FIRST = '已曾去截以现先了';

/** Forward-looking words that let a work summary's sentence state a goal after all. */
export const FORWARD_CUES = /力争|确保|下一步|下一年|明年|今后|计划到|目标是|目标为/u;

/**
 * Characters that, right before a count, show it is not the postposed count of a goal
 * ("重点在5个方面", "清单的29个", "和28个", "等10种", "指标体系中27项").
 */
export const FUNCTION_CHARS = '的在中和与及等对了有是从向把被将于以或其共计各这那该此上内外';

/**
 * Verbs at which a noun phrase after the number ends, so that "100名帮扶专家培养带教500名" gives
 * the metric 帮扶专家, and "一所基层医疗卫生机构达到推荐标准" gives 基层医疗卫生机构.
 */
export const NOUN_ENDS = ['达到', '实施', '开展', '提供', '能够', '完成', '进行', '参加', '培养', '带教', '免费', '建成', '必须', '实现', '纳入'];

/** Words stripped from the front of a metric: stance, time and frame words ("力争2022年全市的…"). */
export const METRIC_LEAD =
  /^(?:确保|力争|努力|累计|全面|进一步|持续|要|并|同时|其中|原则上|按照|依照|按|实现|使得?|推动|促进|年内|全年|今年|当年|(?:到|至)?\d{4}年(?:底|末)?,?|全(?:市|县|区|省|盟|旗|国)的?)/u;

/** Every character a match of METRIC_LEAD can open with: where none stands, nothing is stripped. */
export const METRIC_LEAD_FIRST = '确力努累全进持要并同其原按依实使推促年今当到至0123456789';

/**
 * The baseline, modal and rate words stripped from the end of a metric ("县域内就诊率较上年",
 * "签约服务率必须", "生产总值年均", "失业率由9.2%").
 */
export const METRIC_TAIL =
  /(?:(?:较|比|与)(?:上一?年度?|去年|前一年|上年同期|改革前|\d{4}年)(?:相比)?|在\d{4}年(?:底|末)?的?基础上|(?:由|从)\d+(?:\.\d+)?[^\d,]{0,4}|年均|平均|同比|环比|再|必须|要|应|需|须|将|均|分别|都|全部|也|各|稳定|保持|维持|的|中的|等)$/u;
/** Every character a match of METRIC_TAIL can open with: it is tried only where one stands. */
export const METRIC_TAIL_FIRST = '较比与在由从年平同环再必要应需须将均分都全也各稳保维的中等';
