/**
 * The vocabulary of administrative body names, for the grammar in `unit-names.ts`:
 * [place or level] + [sector or proper core] + [head]. Closed lists, written for this project from
 * the naming rules of Chinese administrative bodies (机构名称: 部 委 厅 局 署 办 处 科 股 室 …,
 * 事业单位 中心 院 站 所 队, 群团 协会 学会 联合会, 基层 街道办事处 居委会 村委会) and checked on the
 * development corpus; the bodies whose short names follow no head are in `body-names.ts`.
 */

/** Heads that end a body's name ("市卫生健康委", "县医保局", "疫情防控专责组", "社区卫生服务中心"). */
export const HEADS: readonly string[] = [
  // government and Party organs
  '部', '委', '委员会', '厅', '局', '总局', '署', '总署', '办', '办公室', '处', '司', '科', '股', '室', '处室', '科室',
  '政府', '人民政府', '党委', '党组', '党工委', '人大', '政协', '法院', '人民法院', '检察院', '人民检察院', '机关',
  '街道办事处', '办事处', '居委会', '村委会', '居民委员会', '村民委员会', '管委会', '工委',
  // institutions and services
  '中心', '院', '医院', '卫生院', '中医院', '保健院', '研究院', '学院', '科学院', '大学', '学校', '中学', '小学', '幼儿园', '园',
  '所', '站', '队', '卫生室', '诊所', '医共体', '医联体', '医疗集团',
  // groups formed for a task
  '组', '小组', '领导小组', '工作小组', '工作组', '专责组', '专家组', '秘书处',
  // associations and mass organisations
  '组织', '协会', '学会', '联合会', '总会', '商会', '基金会', '促进会', '研究会', '理事会', '红十字会', '工会', '计生协',
  // enterprises that act as units ("排污企业要…", "电网企业负责…", "物业服务企业承担…"; bare "企业" is no name)
  '公司', '集团', '银行', '企业',
  // generic heads of collectives ("各有关部门", "县直各医疗卫生单位", "公立医疗机构")
  '部门', '单位', '机构',
];

/** Heads that name a body only after a level or a place: "区财政", "市、区两级财政", "黄埔海关". */
export const PREFIXED_HEADS: readonly string[] = ['财政', '海关', '两级财政'];

/**
 * Heads that are no name alone: "单位" in "各有关部门和单位", "政府" in "各级党委和政府". (A one-character
 * head is never a name alone; other heads are: "幼儿园要…", "医联体应…".)
 */
export const GENERIC_HEADS: readonly string[] = ['单位', '部门', '机构', '组织', '政府', '人民政府', '中心', '机关', '集团', '公司', '银行', '企业', '处室', '科室', '小组', '总局', '总署', '工委', '办事处'];

/** Words that end like a body but are not one ("干部", "场所", "学科", "部署", "举办", "大厅"). */
export const NOT_BODIES: readonly string[] = [
  '干部', '内部', '外部', '全部', '局部', '本部', '东部', '西部', '中部', '北部', '南部', '东北部', '顶部', '底部', '一部', '细部',
  '场所', '住所', '处所', '厕所', '寓所', '无所', '有所', '哨所',
  '学科', '专科', '全科', '本科', '分科', '内科', '外科', '儿科', '妇科', '眼科', '文科', '理科', '工科', '医科', '预科', '牙科', '骨科',
  '之处', '好处', '此处', '到处', '处处', '益处', '难处', '用处', '住处', '出处', '长处', '短处', '相处', '坏处', '去处', '各处',
  '教室', '会议室', '工作室', '诊室', '病室', '值班室', '实验室', '候诊室', '活动室', '阅览室',
  '部署', '签署', '联署',
  '举办', '创办', '承办', '督办', '主办', '代办', '兴办', '民办', '公办', '合办', '帮办', '包办', '停办', '易办', '难办', '好办',
  '网办', '通办', '快办', '即办', '帮代办', '一网通办', '跨省通办', '一次办', '掌上办', '就近办', '马上办',
  '格局', '布局', '大局', '全局', '结局', '开局', '当局', '出局', '时局', '棋局',
  '大厅', '餐厅', '客厅', '展厅', '门厅',
  '网站', '车站', '驿站', '加油站', '充电站', '服务站点',
  '团队', '车队', '排队', '插队', '入队', '带队', '组队', '领队',
  '改组', '重组', '编组', '分组', '机组', '班组',
  '庭院', '剧院', '住院', '出院', '入院', '影院', '书院',
  '入股', '参股', '持股', '炒股',
  '上司', '官司',
  '社会', '机会', '会议', '大会',
  '中心城区',
  '园区', '公园', '校园', '家园', '乐园', '花园', '菜园', '果园', '田园', '产业园', '科技园',
  '部门间', '单位内',
];

/** Place and level words that stand for a level of government ("市", "县区", "街道"), alone or listed. */
export const LEVEL_WORDS: readonly string[] = [
  '省', '市', '区', '县', '镇', '乡', '村', '旗', '盟', '州', '街道',
  '省级', '市级', '区级', '县级', '镇级', '乡级', '村级', '街镇级', '乡镇级',
  '县区', '区县', '市县', '旗区', '盟市', '乡镇', '镇街', '街镇', '县市区', '市县区', '市县乡',
  '自治区', '直辖市', '计划单列市', '新疆生产建设兵团', '兵团', '省份', '地市',
];

/** Place names end in these ("漳县", "安定区", "天河区", "广州市"); their core has one to four characters. */
export const PLACE_ENDS: readonly string[] = ['省', '市', '县', '区', '旗', '盟', '州', '镇', '乡', '自治区', '自治州', '自治县', '特别行政区'];

/** Words that end like a place but name none ("城乡", "社区", "辖区", "城市"). */
export const NOT_PLACES: readonly string[] = [
  '城乡', '城区', '市区', '郊区', '景区', '园区', '山区', '牧区', '片区', '辖区', '本区', '该区', '全区', '城市', '都市', '超市',
  '本市', '该市', '全市', '本县', '该县', '全县', '本省', '全省', '外省', '外市', '下乡', '家乡', '城镇', '集镇', '小镇',
  '误区', '盲区', '专区', '分区', '社区', '校区', '营区', '住宅区', '开发区', '示范区', '试验区', '保护区', '功能区',
  '上市', '开市', '闭市', '门市', '菜市', '夜市', '股市', '楼市', '车市', '集市',
  // slogans of a place's ambition: "工业强市", "农业大省"
  '强市', '大市', '强省', '大省', '强县', '大县', '强区', '强镇', '名市', '名县',
];

/** Words that make a list of bodies a collective ("各区", "各有关部门", "所有三级医院", "相关单位"). */
export const COLLECTIVE_PREFIXES: readonly string[] = ['各', '所有', '有关', '相关', '其他有关', '其他相关'];

/** "全盟", "全市": the whole of an area acting as one. */
export const WHOLE_AREAS: readonly string[] = ['全盟', '全市', '全县', '全省', '全区', '全旗', '全州', '全镇', '全乡'];

/**
 * Persons and posts: never units; after a body ("各公立医院书记和院长") they give the body.
 * Only the post words; "主要", "分管", "相关" before them are read by the grammar.
 */
export const POSTS: readonly string[] = [
  '负责人', '负责同志', '领导班子', '领导干部', '领导', '书记', '副书记', '院长', '副院长', '局长', '副局长', '主任', '副主任',
  '科长', '处长', '股长', '站长', '所长', '组长', '部长', '厅长', '主席', '干部', '职工', '人员', '工作人员', '医生', '医师',
  '专家', '队员', '成员', '同志', '代表', '委员', '家长', '个人', '患者', '居民', '群众', '老年人', '儿童', '幼儿', '学生',
  '教师', '护士', '村医', '专人', '团队', '每人',
];

/**
 * Words whose first character could end a name and whose second opens what follows: a name does
 * not end inside them ("服务资助所|需资金", "两部|分", "国家药监局组|成").
 */
export const ACROSS_NAME_END: readonly string[] = [
  '所需', '所有', '所在', '所属', '所得', '所以', '所谓', '局面', '部署', '部分', '办理', '办法', '办好', '处理', '处置', '科技',
  '科学', '室内', '站点', '队伍', '院校', '组成', '组建', '会议', '委托', '中心任务', '园区',
];

/** Words that open a clause, never a name, besides the verbs of `role-words.ts` ("特别是", "对于", "则由"). */
export const NOT_NAME_STARTS: readonly string[] = [
  '请', '对', '把', '在', '以', '要', '由', '报', '到', '与', '及', '并', '或', '则', '凡', '据', '对于', '关于', '特别是', '尤其是', '或者',
  '者', '而', '如', '除', '当', '因', '受', '为了', '前往', '用于', '讲评', '讲述', '查找', '对标', '有条件', '未', '其中', '其他', '其余',
  '同时', '另外', '此外', '比如', '例如', '包括', '涉及', '面向', '经', '凡是', '若', '即', '及时', '确保', '力争', '争取',
  // verbs whose object a body is: the object of 鼓励/支持/督促 is no subject
  '鼓励', '支持', '引导', '督促', '指导', '推动', '要求', '动员', '发动', '号召', '带动', '激励', '授权', '委托', '交由', '纳入', '列入',
  // verbs that open a clause of work, besides those of role-words.ts
  '允许', '邀请', '聘请', '促使', '发挥', '补齐', '巩固', '扩大', '深入', '坚持', '提升', '改善', '增强', '构建', '形成', '营造', '满足', '保证', '防止',
  '避免', '杜绝', '坚决', '严厉', '依法', '全力', '努力', '加大', '鼓励', '统一', '完善', '规范', '降低', '减少', '压减', '压缩',
];
