/**
 * The words that show a number defines a rule (who qualifies, how much is paid, how long a step may
 * take) rather than a level the work must reach. Source: the wording of administrative measures
 * (管理办法), payment and reimbursement standards (医保支付标准, 费用范围及标准), diagnostic criteria
 * lists and enrolment notices as local governments publish them; GOLD-FORMAT v2 "Not targets".
 * Read by extract/targets/rules.ts.
 */

/** Verbs of meeting criteria before a count of them: "至少符合下列1项", "具有下列4项…指征的". */
export const CRITERIA_VERBS = ['符合', '具备', '具有', '满足', '有'];

/** "以下1项", "下列4项": a count of the document's own list of criteria or items. */
export const OWN_LIST_WORDS = ['以下', '下列', '如下', '上述', '前述'];

/** Nouns of criteria after a count: "1项临床标准", "4项以上指征", "一项以上指标", "3项或3项以上情形". */
export const CRITERIA_NOUNS = ['标准', '指征', '特征', '情形', '条件', '指标', '症状', '表现', '试验', '体征', '检查'];

/**
 * Words after a share or an amount that make it a payment rule: "以评估价的50%计算和收取",
 * "按不低于采购金额的30%提前预付", "85%的支付比例", "80%用于薪酬分配".
 */
export const PAYMENT_WORDS = [
  '支付', '计算', '收取', '报销', '预付', '结算', '缴纳', '缴费', '计发', '核定', '用于', '分担', '补偿', '退还', '返还', '计入',
  '核拨', '拨付', '承担',
];

/** Nouns of what eligible people or bodies receive: "20万元服务奖励", "每人每月400元补贴". */
export const BENEFIT_NOUNS = ['奖励', '奖补', '补贴', '补助', '资助', '津贴', '奖金', '救助', '抚恤', '待遇', '生活费', '零用钱'];

/** Words before a rate that make it a contribution rule: "年缴费费率…为0.15%". */
export const CONTRIBUTION_WORDS = ['费率', '缴费', '缴纳', '缴存', '缴交'];

/** A basis per head: "每人每月2413元", "每户每年…" — the amount is a benefit or fee standard. */
export const PER_HEAD = /每(?:人|户|名|位)/u;

/** Units of procedural time: "在5个工作日内完成初核" allows a step that much time (a deadline at most). */
export const PROCEDURAL_UNITS = ['个工作日', '工作日'];

/** Clause openers of a condition or its consequence: "若…则剩余的学位…直至招生比例的100%". */
export const CONDITION_OPENERS = ['则', '若', '凡', '如果', '如若', '倘若'];

/**
 * Subjects that make a sentence an instruction to applicants, not work of the bodies:
 * "家长登录…选择1所幼儿园进行报名".
 */
export const APPLICANT_SUBJECTS = [
  '家长', '申请人', '参保人', '参保人员', '考生', '投保人', '报名者', '申报人',
  // beneficiaries and parties to a contract: "承租人应自收到…通知之日起1个月内结清有关费用"
  '承租人', '承租', '申请家庭', '保障对象', '救助对象', '供养对象', '资助对象', '服务对象', '当事人', '纳税人', '缴费人',
  '受益人', '权利人', '监护人', '购房人', '业主', '住户', '租户',
];

/** Verbs of receiving a benefit after a number: "最多选择其中3个病种享受相应的…待遇". */
export const ENTITLEMENT_VERBS = ['享受', '领取', '申领'];

/** What follows the 的 that closes a condition: "…达到1000人次,且…的,给予一次性补贴15万元". */
export const CONSEQUENCE_HEADS = ['给予', '予以', '可', '奖励', '补贴', '补助', '享受', '纳入', '按', '由', '视为', '不予'];
