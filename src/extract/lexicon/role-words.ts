/**
 * The words around a body's name that give it a role in a task, for `extract/units/`. Closed lists,
 * written for this project from the wording of Chinese task assignments (分工方案, 实施方案, 工作要点,
 * 管理办法: "牵头单位：…", "（X牵头，Y按职责分工负责）", "由X负责", "X会同Y", "X要…") and checked on the
 * development corpus. Grammar lives in code; only the words are here.
 */
export type Role = 'lead' | 'support' | 'responsible';

/** Label stems: [prefix] + stem + label head ("牵头单位", "配合部门", "市卫健委内牵头处室", "责任主体"). */
export const LABEL_STEMS: Readonly<Record<string, Role>> = {
  牵头: 'lead', 主责: 'lead', 主办: 'lead', 总牵头: 'lead',
  责任: 'responsible', 承办: 'responsible', 实施: 'responsible', 落实: 'responsible', 执行: 'responsible',
  配合: 'support', 协办: 'support', 参与: 'support', 协助: 'support', 协作: 'support', 协同: 'support',
};
/** Label heads that name bodies; those that name persons (牵头领导, 责任人) give no units. */
export const LABEL_HEADS: readonly string[] = ['单位', '部门', '处室', '科室', '主体', '机构', '机关', '处', '科'];
export const PERSON_LABEL_HEADS: readonly string[] = ['领导', '人', '责任人', '负责人', '同志'];

/** Words that give a subject its role when they open its predicate ("X牵头", "X配合", "X负总责"). */
export const ROLE_VERBS: Readonly<Record<string, Role>> = {
  牵头: 'lead', 负总责: 'lead', 总牵头: 'lead', 牵头负责: 'lead', 牵头抓总: 'lead',
  配合: 'support', 参与: 'support', 协助: 'support', 协同: 'support', 协办: 'support',
};

/** Manner words that may stand between a subject and its role verb ("按职责分工负责", "共同参与"). */
export const MANNER: readonly string[] = [
  '按职责分工', '按照职责分工', '按各自职责', '按照各自职责', '按职责', '依职责', '根据职责', '分工', '分别', '各自', '共同',
  '具体', '统一', '积极', '密切', '予以', '负责', '各', '均', '都', '至少',
  // when: "X和Y，每年要发布…"
  '每年', '每季度', '每月', '每半年', '定期', '也', '还',
];

/** Modals of duty: "X要/应/须…" makes X responsible. */
export const MODALS: readonly string[] = ['要', '应', '应当', '应该', '须', '必须', '需', '需要', '将', '务必', '负责', '承担', '负担', '落实'];

/** Modals that give no task: permission, prohibition, possibility ("各区可…", "不得…"). */
export const NOT_DUTIES: readonly string[] = [
  '可', '可以', '不得', '不能', '不应', '不宜', '不需要', '无需', '不必', '不予', '严禁', '禁止', '是', '为', '作为', '属于', '拥有',
  '享有', '获得', '有权', '能够', '能否', '已', '已经', '曾',
  // composition and staffing ("由A、B组成", "X选派人员参加"): no task of their own
  '组成', '构成', '选派', '推举', '派员', '抽调', '共同组成', '联合组成',
];

/** Attendance is no task ("各单位要参加会议", "科室人员要全部出席"). */
export const ATTENDANCE: readonly string[] = ['参加', '出席', '列席', '全部出席', '全体参加', '按时参加', '准时参加'];

/** Words that join a partner to the subject: "X会同Y…" (Y supports). */
export const PARTNER_WORDS: readonly string[] = ['会同', '协同'];

/** Adverbs and prepositions that may open the predicate of a body's clause ("X于6月底前…", "X每年…", "X按照…"). */
export const ADVERBIALS: readonly string[] = [
  '于', '在', '对', '把', '以', '从', '向', '按', '按照', '依照', '依据', '根据', '结合', '依托', '通过', '围绕', '针对', '聚焦',
  '每年', '每季度', '每月', '每半年', '定期', '及时', '统一', '进一步', '积极', '认真', '切实', '全面', '加快', '尽快', '主动',
  '逐步', '率先', '分别', '各自', '共同', '具体', '另行', '立即', '优先', '原则上', '也', '还', '均', '都', '一律', '严格',
  '不断', '持续', '继续', '大力', '着力', '重点', '力争', '确保', '自主', '自行', '直接', '现场', '同步', '限期', '按时',
  '年内', '年底前', '要', '各', '负责', '全程', '充分', '牵头', '统筹', '联合', '会同', '协同', '配合', '参与', '协助', '柔性',
  '至少', '规范', '带头', '亲自', '有序',
];

/** Verbs of assigned work: "X建立…", "X完成…", "X每年委托…" (after an adverbial), "加强X对口帮扶Y". */
export const WORK_VERBS: readonly string[] = [
  '加强', '开展', '完成', '制定', '制订', '建立', '健全', '完善', '推进', '推行', '推动', '推广', '实施', '组织', '做好',
  '抓好', '建成', '设立', '设置', '成立', '组建', '创建', '争创', '配备', '引进', '培训', '储备', '选派', '申报', '启动', '建设',
  '出台', '印发', '发布', '公布', '公示', '公开', '审核', '审查', '核实', '核定', '确定', '认定', '监督', '指导', '督促', '检查',
  '督查', '督导', '评估', '考核', '通报', '报送', '上报', '汇总', '起草', '拟定', '编制', '修订', '研究', '部署', '安排',
  '调度', '支付', '拨付', '分担', '发放', '发出', '通知', '提供', '办理', '受理', '委托', '购买', '协调', '优化', '提升',
  '提高', '强化', '简化', '清理', '取消', '下放', '整合', '探索', '加大', '执行', '贯彻', '进行', '给予', '列入',
  '纳入', '保障', '做到', '实现', '采取', '采用', '利用', '深化', '处理', '查处', '予以', '追究', '选定', '推荐', '举办',
  '开设', '运营', '招录', '招收', '录取', '接收', '签订', '签署', '制作', '打印', '张贴', '发送', '登记', '收集', '整理',
  '维护', '更新', '建档', '培育', '打造', '落地', '对接', '联系', '跟踪', '回访', '监测', '核查', '抽查', '排查', '整改',
  '谋划', '筹备', '召开', '参加', '指定', '明确', '压实', '履行', '承担', '负担', '落实', '牵头推动', '对口帮扶', '对口支援',
  '结对帮扶', '帮扶', '支援', '带领', '宣讲', '宣传', '汇报', '报告', '反馈', '拟订', '组织实施', '分类', '梳理', '选择',
  '衡量', '统计', '促进', '扶持', '激发', '加紧', '换届', '全面推行', '编印',
];

/** Words that may open the predicate of a body's clause. */
export const PREDICATE_OPENERS: readonly string[] = [...ADVERBIALS, ...WORK_VERBS];

/**
 * Verbs whose object is a task done by an agent named inside it: "加强三级医院对口帮扶二级医院",
 * "完成市县乡计生协换届工作", "推进甲县中医院三级中医医院创建工作". Not 推动/督促/指导/鼓励,
 * whose object is another body told to act.
 */
export const LIGHT_VERBS: readonly string[] = ['启动', '推进', '开展', '完成', '加强', '做好', '抓好'];
/**
 * The verbs of such an agent: done to another ("对口帮扶二级医院", "创建全国健康促进县": an object
 * follows), or done by the agent alone ("换届"). "开展无烟党政机关创建": the title to be won.
 */
export const AGENT_VERBS: readonly string[] = ['对口帮扶', '对口支援', '结对帮扶', '帮扶', '支援', '创建', '争创', '带动', '托管'];
export const AGENT_VERBS_ALONE: readonly string[] = ['换届'];
/** A status a body works to win, after its name and the title: "…三甲医院创建", "…二级医院评审". */
export const STATUS_VERBS: readonly string[] = ['创建', '评审', '复审', '达标', '验收', '争创', '创评'];

/** A clause whose subject is a measured quantity states an indicator, not a task ("…比例较上一年提高"). */
/** After a verb, the work is done to the subject: "县级医共体组建完毕" (the body is built, it does not build). */
export const RESULT_COMPLEMENTS: readonly string[] = ['完毕', '到位', '完成', '成功'];

export const INDICATOR_WORDS: readonly string[] = ['比例', '比率', '率', '占比', '数量', '人数', '人次', '水平', '规模', '覆盖面'];
export const INDICATOR_VERBS: readonly string[] = ['较', '比', '达到', '达', '不低于', '不少于', '不高于', '不超过', '提高', '下降', '增长', '提升', '降低', '保持'];

/**
 * Verbs of the list above that also open names of bodies ("联合采购办公室", "监督组", "组织部",
 * "各区", "评估机构"): a name may begin with them; it may begin with no other.
 */
export const NAME_INITIAL_VERBS: readonly string[] = [
  '各', '联合', '组织', '监督', '督导', '评估', '监测', '宣传', '培训', '保障', '建设', '研究', '执行', '审查', '协调', '登记',
  '检查', '督查', '核查', '管理', '统筹', '支援', '帮扶', '整合', '招录', '录取', '受理', '办理', '发布', '调度', '维护', '统一',
  '重点', '具体', '公开', '提供', '分类', '直接', '同步', '宣讲', '报告', '安排', '保护', '服务', '发展',
];

/**
 * Words that stop a predicate opener from being one: "牵头医院", "负责科室", "配合单位", "牵头的"
 * are parts of a name or of an attribute, not the start of a predicate.
 */
export const NOT_AFTER_OPENER: readonly string[] = ['单位', '部门', '处室', '科室', '医院', '机构', '领导', '人', '的', '中心', '小组', '办公室', '组长', '同志'];


/** Words that open a clause before its subject ("同时，", "力争年内", "其中"). */
export const CLAUSE_OPENERS: readonly string[] = [
  '同时', '并且', '并', '另外', '此外', '其中', '力争', '争取', '确保', '年内', '今年', '全年', '原则上', '继续', '最终',
  '首先', '其次', '再次', '最后', '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是', '具体为',
];

/** A sentence that transmits the document itself assigns nothing ("市卫生健康委…联合制定《…》，现印发给你们"). */
export const TRANSMITTALS: readonly string[] = ['印发给你们', '现予印发', '现印发', '转发给你们', '现予公布', '现将有关事项通知如下'];
/** A definition names bodies to say what a word means, not to give them work ("本条例所称院前医疗急救，是指由急救中心…开展的…活动"). */
export const DEFINITIONS: readonly string[] = ['是指', '所称'];
