/**
 * Bodies whose official short names (简称) do not follow the name grammar of `unit-names.ts`
 * ([place or level] + [core] + [head]), or follow it only by accident — with the level and the kind
 * of each body. Data, not code: the recogniser accepts a name found here exactly, or after a level
 * prefix where the entry says it exists at every level ("市妇联", "区残联", "县总工会").
 *
 * Sources:
 * - 《国务院关于机构设置的通知》国发〔2023〕5号 and 《国务院关于部委管理的国家局设置的通知》
 *   国发〔2023〕6号 (the line-up after the 2023 reform: 组成部门, 直属特设机构, 直属机构, 办事机构,
 *   直属事业单位, 部委管理的国家局);
 * - 国发〔2018〕6号 and 国发〔2018〕7号 (the same lists after the 2018 reform), for names found in
 *   documents of 2018–2023 (银保监会, 国务院扶贫办, 国家乡村振兴局 …);
 * - the State Council line-up before 2018 (国发〔2013〕14号/15号), for older names still found in
 *   documents (国家卫生计生委, 工商总局, 质检总局, 食品药品监管总局, 银监会, 保监会 …);
 * - the short forms as the 国务院办公厅 writes them in its task-division plans (重点任务分工方案:
 *   "国家发展改革委", "人力资源社会保障部", "住房城乡建设部", "市场监管总局", "国家医保局" …), and
 *   the 党中央 bodies and 人民团体 that those plans name next to them (中央网信办, 全国妇联, 中国残联 …).
 *
 * level: 'national' — a body of the central government or Party; 'any' — a kind of body that
 * exists at every level and is written with a level prefix below the centre ("市妇联", "县科协").
 * status: 'former' — abolished or renamed, kept because older documents name it.
 */
export type BodyKind =
  | 'state-council'      // 国务院 and its 办公厅
  | 'ministry'           // 国务院组成部门
  | 'special-agency'     // 国务院直属特设机构
  | 'agency'             // 国务院直属机构
  | 'office'             // 国务院办事机构, and offices of its coordinating bodies
  | 'institution'        // 国务院直属事业单位
  | 'state-bureau'       // 部委管理的国家局
  | 'party'              // 党中央 departments and offices
  | 'judicial'           // 最高人民法院, 最高人民检察院
  | 'legislature'        // 全国人大 and its bodies
  | 'mass-organisation'  // 人民团体 and 群团组织
  | 'enterprise';        // central enterprises and policy banks named as units

export interface BodyName {
  /** The short name as documents write it. */
  name: string;
  level: 'national' | 'any';
  kind: BodyKind;
  status?: 'former';
}

type Row = [name: string, kind: BodyKind, status?: 'former'];

/** Central bodies, by kind (short forms; some full forms that do not end in a head are listed too). */
const NATIONAL: Row[] = [
  // 国务院
  ['国务院', 'state-council'], ['国务院办公厅', 'state-council'], ['国办', 'state-council'],
  // 国务院组成部门 (2023)
  ['外交部', 'ministry'], ['国防部', 'ministry'], ['国家发展改革委', 'ministry'], ['国家发改委', 'ministry'],
  ['教育部', 'ministry'], ['科技部', 'ministry'], ['工业和信息化部', 'ministry'], ['工信部', 'ministry'],
  ['国家民委', 'ministry'], ['公安部', 'ministry'], ['国家安全部', 'ministry'], ['民政部', 'ministry'], ['司法部', 'ministry'],
  ['财政部', 'ministry'], ['人力资源社会保障部', 'ministry'], ['人社部', 'ministry'], ['自然资源部', 'ministry'],
  ['生态环境部', 'ministry'], ['住房城乡建设部', 'ministry'], ['住建部', 'ministry'], ['交通运输部', 'ministry'],
  ['水利部', 'ministry'], ['农业农村部', 'ministry'], ['商务部', 'ministry'], ['文化和旅游部', 'ministry'],
  ['国家卫生健康委', 'ministry'], ['国家卫健委', 'ministry'], ['退役军人事务部', 'ministry'],
  ['应急管理部', 'ministry'], ['应急部', 'ministry'], ['人民银行', 'ministry'], ['中国人民银行', 'ministry'],
  ['央行', 'ministry'], ['审计署', 'ministry'],
  // 组成部门 before 2018
  ['国土资源部', 'ministry', 'former'], ['环境保护部', 'ministry', 'former'], ['环保部', 'ministry', 'former'],
  ['农业部', 'ministry', 'former'], ['文化部', 'ministry', 'former'], ['国家卫生计生委', 'ministry', 'former'],
  ['卫生部', 'ministry', 'former'], ['监察部', 'ministry', 'former'],
  ['人力资源和社会保障部', 'ministry'], ['住房和城乡建设部', 'ministry'], ['国家发展和改革委员会', 'ministry'],
  ['国家卫生健康委员会', 'ministry'], ['国家卫生和计划生育委员会', 'ministry', 'former'],
  // 直属特设机构
  ['国务院国资委', 'special-agency'],
  // 国务院直属机构 (2023)
  ['海关总署', 'agency'], ['税务总局', 'agency'], ['国家税务总局', 'agency'], ['市场监管总局', 'agency'],
  ['国家市场监督管理总局', 'agency'], ['金融监管总局', 'agency'], ['国家金融监督管理总局', 'agency'],
  ['证监会', 'agency'], ['中国证监会', 'agency'], ['广电总局', 'agency'], ['国家广电总局', 'agency'],
  ['体育总局', 'agency'], ['国家体育总局', 'agency'], ['国家信访局', 'agency'], ['国家统计局', 'agency'],
  ['国家知识产权局', 'agency'], ['国家国际发展合作署', 'agency'], ['国际发展合作署', 'agency'],
  ['国家医保局', 'agency'], ['国管局', 'agency'], ['国家机关事务管理局', 'agency'],
  ['国务院参事室', 'agency'],
  // 直属机构 and 事业单位 of 2018–2023
  ['银保监会', 'institution', 'former'], ['中国银保监会', 'institution', 'former'],
  // 直属机构 before 2018
  ['工商总局', 'agency', 'former'], ['国家工商总局', 'agency', 'former'], ['质检总局', 'agency', 'former'],
  ['国家质检总局', 'agency', 'former'], ['食品药品监管总局', 'agency', 'former'], ['国家食品药品监管总局', 'agency', 'former'],
  ['安全监管总局', 'agency', 'former'], ['国家安全监管总局', 'agency', 'former'], ['新闻出版广电总局', 'agency', 'former'],
  ['国家林业局', 'agency', 'former'], ['国家旅游局', 'agency', 'former'], ['国家宗教局', 'agency', 'former'],
  ['国家认监委', 'agency', 'former'], ['国家标准委', 'agency', 'former'], ['国家质量监督检验检疫总局', 'agency', 'former'],
  // 办事机构, and offices of coordinating bodies that task-division plans name
  ['国务院研究室', 'office'], ['国务院港澳办', 'office', 'former'], ['国务院侨办', 'office', 'former'],
  ['国务院法制办', 'office', 'former'], ['国务院扶贫办', 'office', 'former'], ['国务院台办', 'office'],
  ['国务院新闻办', 'office'], ['国务院职能转变协调办', 'office'], ['国务院医改办', 'office', 'former'],
  ['国务院安委办', 'office'], ['国务院食安办', 'office'], ['国务院妇儿工委办公室', 'office'], ['全国爱卫办', 'office'],
  ['全国老龄办', 'office'], ['国务院农民工工作领导小组办公室', 'office'], ['国务院残工委', 'office'],
  ['国务院医改领导小组秘书处', 'office'], ['国务院减灾委', 'office'], ['国务院教育督导委员会办公室', 'office'],
  ['国家防总', 'office'], ['国家禁毒委', 'office'], ['国务院防范和处置非法集资部际联席会议', 'office'],
  // 国务院直属事业单位
  ['新华社', 'institution'], ['中国科学院', 'institution'], ['中科院', 'institution'], ['中国社会科学院', 'institution'],
  ['中国社科院', 'institution'], ['中国工程院', 'institution'], ['国务院发展研究中心', 'institution'],
  ['中央广播电视总台', 'institution'], ['中国气象局', 'institution'],
  ['中国地震局', 'institution'], ['国家行政学院', 'institution', 'former'], ['银监会', 'institution', 'former'],
  ['中国银监会', 'institution', 'former'], ['保监会', 'institution', 'former'], ['中国保监会', 'institution', 'former'],
  ['国家电监会', 'institution', 'former'],
  // 部委管理的国家局 (2018, 2023)
  ['国家粮食和储备局', 'state-bureau'], ['国家粮食和物资储备局', 'state-bureau'],
  ['国家能源局', 'state-bureau'], ['国家国防科工局', 'state-bureau'], ['国家烟草局', 'state-bureau'],
  ['国家烟草专卖局', 'state-bureau'], ['国家移民局', 'state-bureau'], ['国家移民管理局', 'state-bureau'],
  ['国家林草局', 'state-bureau'], ['国家林业和草原局', 'state-bureau'], ['国家铁路局', 'state-bureau'],
  ['民航局', 'state-bureau'], ['中国民航局', 'state-bureau'], ['中国民用航空局', 'state-bureau'], ['国家邮政局', 'state-bureau'],
  ['国家文物局', 'state-bureau'], ['国家中医药局', 'state-bureau'], ['国家中医药管理局', 'state-bureau'],
  ['国家疾控局', 'state-bureau'], ['国家疾病预防控制局', 'state-bureau'], ['国家矿山安监局', 'state-bureau'],
  ['国家消防救援局', 'state-bureau'], ['国家外汇局', 'state-bureau'], ['国家外汇管理局', 'state-bureau'],
  ['国家药监局', 'state-bureau'], ['国家药品监督管理局', 'state-bureau'], ['国家数据局', 'state-bureau'],
  ['国家公务员局', 'state-bureau'], ['国家档案局', 'state-bureau'], ['国家保密局', 'state-bureau'],
  ['国家密码局', 'state-bureau'], ['国家密码管理局', 'state-bureau'], ['国家航天局', 'state-bureau'],
  ['国家原子能机构', 'state-bureau'], ['国家核安全局', 'state-bureau'], ['国家乡村振兴局', 'state-bureau', 'former'],
  ['国家煤矿安监局', 'state-bureau', 'former'], ['国家粮食局', 'state-bureau', 'former'], ['国家海洋局', 'state-bureau', 'former'],
  ['国家测绘地信局', 'state-bureau', 'former'], ['国家外专局', 'state-bureau', 'former'],
  // 党中央 bodies that task-division plans name with the ministries
  ['中央组织部', 'party'], ['中组部', 'party'], ['中央宣传部', 'party'], ['中宣部', 'party'], ['中央统战部', 'party'],
  ['中央政法委', 'party'], ['中央网信办', 'party'], ['中央编办', 'party'], ['中央农办', 'party'], ['中央财办', 'party'],
  ['中央外办', 'party'], ['中央台办', 'party'], ['中央港澳办', 'party'], ['中央和国家机关工委', 'party'],
  ['中央纪委国家监委', 'party'], ['中央纪委', 'party'], ['国家监委', 'party'], ['中央社会工作部', 'party'],
  ['中央社会部', 'party'], ['中央金融办', 'party'], ['中央科技办', 'party'], ['中央军委', 'party'], ['中央文明办', 'party'],
  ['中央党校', 'party'], ['国家网信办', 'party'],
  // 最高法 and 最高检, 全国人大
  ['最高人民法院', 'judicial'], ['最高法', 'judicial'], ['最高人民检察院', 'judicial'], ['最高检', 'judicial'],
  ['全国人大常委会', 'legislature'], ['全国人大常委会法工委', 'legislature'], ['全国政协', 'legislature'],
  // 人民团体 at the centre
  ['全国总工会', 'mass-organisation'], ['共青团中央', 'mass-organisation'], ['团中央', 'mass-organisation'],
  ['全国妇联', 'mass-organisation'], ['中国科协', 'mass-organisation'], ['中国残联', 'mass-organisation'],
  ['中国红十字会总会', 'mass-organisation'], ['中国红十字会', 'mass-organisation'], ['全国工商联', 'mass-organisation'],
  ['中国侨联', 'mass-organisation'], ['中国文联', 'mass-organisation'], ['中国作协', 'mass-organisation'],
  ['供销合作总社', 'mass-organisation'], ['中华全国供销合作总社', 'mass-organisation'], ['中国贸促会', 'mass-organisation'],
  ['中国计生协', 'mass-organisation'], ['中国记协', 'mass-organisation'], ['全国台联', 'mass-organisation'],
  ['中国法学会', 'mass-organisation'], ['中国关工委', 'mass-organisation'],
  // central enterprises and policy banks named as units in such plans
  ['国家开发银行', 'enterprise'], ['国开行', 'enterprise'], ['进出口银行', 'enterprise'], ['中国进出口银行', 'enterprise'],
  ['农业发展银行', 'enterprise'], ['中国农业发展银行', 'enterprise'], ['国铁集团', 'enterprise'],
  ['国家电网', 'enterprise'], ['国家电网公司', 'enterprise'], ['南方电网', 'enterprise'], ['中国邮政', 'enterprise'],
  ['中国邮政集团', 'enterprise'], ['中国铁路总公司', 'enterprise', 'former'],
];

/**
 * Mass organisations and kindred bodies that exist at every level: accepted alone ("妇联要…"),
 * and after a level or place prefix ("市妇联", "区残联", "县总工会", "天河区科协").
 */
const AT_EVERY_LEVEL: Row[] = [
  ['妇联', 'mass-organisation'], ['残联', 'mass-organisation'], ['侨联', 'mass-organisation'], ['文联', 'mass-organisation'],
  ['工商联', 'mass-organisation'], ['科协', 'mass-organisation'], ['共青团', 'mass-organisation'], ['团委', 'mass-organisation'],
  ['工会', 'mass-organisation'], ['总工会', 'mass-organisation'], ['红十字会', 'mass-organisation'], ['计生协', 'mass-organisation'],
  ['关工委', 'mass-organisation'], ['供销社', 'mass-organisation'], ['老龄委', 'mass-organisation'], ['爱卫会', 'office'],
  ['爱卫办', 'office'], ['医改办', 'office'], ['残工委', 'office'], ['妇儿工委', 'office'], ['编办', 'party'],
  ['网信办', 'party'], ['文明办', 'party'], ['政法委', 'party'], ['组织部', 'party'], ['宣传部', 'party'], ['统战部', 'party'],
  ['纪委监委', 'party'],
];

export const BODY_NAMES: readonly BodyName[] = [
  ...NATIONAL.map(([name, kind, status]) => ({ name, level: 'national' as const, kind, ...(status ? { status } : {}) })),
  ...AT_EVERY_LEVEL.map(([name, kind, status]) => ({ name, level: 'any' as const, kind, ...(status ? { status } : {}) })),
];
