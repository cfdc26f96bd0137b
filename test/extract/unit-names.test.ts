import { describe, expect, it } from 'vitest';
import { bodyOf, isUnitName, splitUnits } from '../../src/extract/lexicon/unit-names.js';
import { bothWidths } from './helpers.js';

// Names are recognised by their form; none of these rows is a list the code knows by heart.
const names = [
  // one row per head noun
  { text: '市卫生健康委', unit: true }, { text: '县卫生健康局', unit: true }, { text: '市医改办', unit: true },
  { text: '省卫生健康厅', unit: true }, { text: '财政部', unit: true }, { text: '海关总署', unit: true },
  { text: '县人民医院', unit: true }, { text: '国务院', unit: true }, { text: '市疾控中心', unit: true },
  { text: '医政医管科', unit: true }, { text: '医政股', unit: true }, { text: '行政办公室', unit: true },
  { text: '县卫生监督所', unit: true }, { text: '社区卫生服务站', unit: true }, { text: '市医学会', unit: true },
  { text: '市红十字会', unit: true }, { text: '银保监会', unit: true }, { text: '疫情防控专责组', unit: true },
  { text: '县人民政府', unit: true }, { text: '村卫生室', unit: true }, { text: '人民银行', unit: true },
  { text: '全国妇联', unit: true }, { text: '中国科协', unit: true }, { text: '国务院医改领导小组秘书处', unit: true },
  { text: '工业和信息化部', unit: true }, { text: '中医与科教科', unit: true },
  // collectives
  { text: '各县区', unit: true }, { text: '各地区', unit: true }, { text: '各地', unit: true }, { text: '各省份', unit: true }, { text: '各街道', unit: true }, { text: '各乡镇(街道)', unit: true }, { text: '县直各医疗卫生单位', unit: true }, { text: '各有关部门', unit: true },
  { text: '各旗(区)', unit: true }, { text: '各省(区、市)', unit: true }, { text: '所有三级医院', unit: true },
  { text: '全盟', unit: true }, { text: '各级卫生健康行政部门', unit: true }, { text: '县级以上地方人民政府', unit: true },
  // a remark in parentheses after the name
  { text: '乡镇卫生院(社区卫生服务中心)', unit: true }, { text: '各级医院(含中医院)', unit: true },
  // places sharing one head noun: one collective, as written
  { text: '旗区、盟市卫生健康行政部门', unit: true }, { text: '各省、自治区、直辖市人民政府', unit: true },
  // words that end like a body
  { text: '内部', unit: false }, { text: '干部', unit: false }, { text: '场所', unit: false }, { text: '学科', unit: false },
  { text: '全科', unit: false }, { text: '会议', unit: false }, { text: '社会', unit: false }, { text: '机会', unit: false },
  { text: '座谈会', unit: false }, { text: '宣讲会', unit: false }, { text: '办法', unit: false }, { text: '局面', unit: false },
  // persons and posts
  { text: '医务人员', unit: false }, { text: '书记和院长', unit: false }, { text: '局长xx', unit: false }, { text: '**x', unit: false },
  { text: '领导干部', unit: false }, { text: '专人', unit: false }, { text: '科长', unit: false },
  // 各 before no body
  { text: '各级', unit: false }, { text: '各项', unit: false }, { text: '各类工作', unit: false }, { text: '各种措施', unit: false },
  { text: '所有', unit: false },
  // a verb inside: a clause, not a name
  { text: '会议要求各单位', unit: false }, { text: '各乡镇卫生院具体', unit: false },
  // two complete names are a list, not one name
  { text: '国家发展改革委、国家卫生健康委', unit: false }, { text: '市财政局、市人社局', unit: false },
];

describe('isUnitName', () => {
  it.each(bothWidths(names))('$text ($width) → $unit', ({ input, unit }) => {
    expect(isUnitName(input)).toBe(unit);
  });
});

const posts = [
  { text: '各旗(区)卫生健康委主要负责人或分管领导', body: '各旗(区)卫生健康委' },
  { text: '各旗(区)卫生健康行政部门主要领导及分管领导', body: '各旗(区)卫生健康行政部门' },
  { text: '全盟二级及以上公立医院书记、院长', body: '全盟二级及以上公立医院' },
  { text: '各公立医院书记和院长', body: '各公立医院' },
  { text: '各科室主任', body: '各科室' },
  { text: '市卫生健康委分管领导', body: '市卫生健康委' },
  { text: '县医院院长', body: '县医院' },
  // a post gives its body only when the body is named determinately (各/全/所有, a level or a place)
  { text: '医政科科长', body: null }, { text: '公立医院书记和院长', body: null },
  { text: '各医疗机构主要负责人', body: '各医疗机构' },
  { text: '市卫生健康委', body: '市卫生健康委' },
  // no body named
  { text: '书记和院长', body: null }, { text: '局长xx', body: null }, { text: '医务人员', body: null },
  { text: '党组织书记和院长每人', body: null }, { text: '每名领导干部', body: null }, { text: '科长', body: null },
  { text: '领导干部', body: null }, { text: '各级干部', body: null }, { text: '**x', body: null },
];

describe('bodyOf', () => {
  it.each(bothWidths(posts))('$text ($width) → $body', ({ input, body }) => {
    expect(bodyOf(input)).toBe(body);
  });
});

const lists = [
  { text: '党群科、人事科,财务审计科等', parts: ['党群科', '人事科', '财务审计科'] },
  { text: '人事科,财务审计科', parts: ['人事科', '财务审计科'] },
  { text: '国家发展改革委、国家卫生健康委', parts: ['国家发展改革委', '国家卫生健康委'] },
  { text: '国家医保局、国家卫生健康委、国家药监局等', parts: ['国家医保局', '国家卫生健康委', '国家药监局'] },
  { text: '临洮县中医院、岷县中医院和陇西县中医院', parts: ['临洮县中医院', '岷县中医院', '陇西县中医院'] },
  { text: '中医药研究院和中医药学会', parts: ['中医药研究院', '中医药学会'] },
  { text: '委属单位和各县区', parts: ['委属单位', '各县区'] },
  { text: '市财政局及市人社局', parts: ['市财政局', '市人社局'] },
  { text: '全盟、各旗(区)、各医院', parts: ['全盟', '各旗(区)', '各医院'] },
  { text: '各地区各部门', parts: ['各地区', '各部门'] },
  // kept whole
  { text: '旗区、盟市卫生健康行政部门', parts: ['旗区、盟市卫生健康行政部门'] },
  { text: '各省、自治区、直辖市人民政府', parts: ['各省、自治区、直辖市人民政府'] },
  { text: '各省(区、市)', parts: ['各省(区、市)'] },
  { text: '中医与科教科', parts: ['中医与科教科'] },
  { text: '工业和信息化部、财政部', parts: ['工业和信息化部', '财政部'] },
  { text: '各有关部门和单位', parts: ['各有关部门和单位'] },
  { text: '各级党委和政府', parts: ['各级党委和政府'] },
  { text: '医学会各专业委员会', parts: ['医学会各专业委员会'] },
  // posts after the list give their bodies; persons alone are left for the caller to reject
  { text: '全盟二级及以上公立医院书记、院长', parts: ['全盟二级及以上公立医院'] },
  { text: '医务人员', parts: ['医务人员'] },
  // the export's spaces inside a name
  { text: '公立 医 疗 机 构 管理中心、党 群科', parts: ['公立医疗机构管理中心', '党群科'] },
];

describe('splitUnits', () => {
  it.each(bothWidths(lists))('$text ($width)', ({ input, parts }) => {
    expect(splitUnits(input)).toEqual(parts);
  });
});

// The grammar: [place or level] + [sector or proper core] + [head from a closed list].
const forms = [
  // one row per head (lexicon/unit-heads.ts)
  { text: '市发展改革委', unit: true }, { text: '区教育局', unit: true }, { text: '县医保局', unit: true }, { text: '省人力资源社会保障厅', unit: true },
  { text: '市场监管总局', unit: true }, { text: '市政府办公室', unit: true }, { text: '区政务服务数据管理局', unit: true },
  { text: '街道办事处', unit: true }, { text: '村委会', unit: true }, { text: '社区居委会', unit: true }, { text: '市第一人民医院', unit: true },
  { text: '镇卫生院', unit: true }, { text: '区实验学校', unit: true }, { text: '市机关幼儿园', unit: true }, { text: '各园', unit: true },
  { text: '县疾控中心', unit: true }, { text: '市急救指挥中心', unit: true }, { text: '区综合行政执法队', unit: true }, { text: '市场监管所', unit: true },
  { text: '区领导小组', unit: true }, { text: '督导组', unit: true }, { text: '市医学会', unit: true }, { text: '市个体劳动者协会', unit: true },
  { text: '市工商业联合会', unit: true }, { text: '区人民政府', unit: true }, { text: '市地铁集团', unit: true }, { text: '市燃气公司', unit: true },
  { text: '农业发展银行', unit: true }, { text: '养老服务组织', unit: true }, { text: '市委', unit: true }, { text: '区财政', unit: true }, { text: '同级财政', unit: true },
  { text: '医联体', unit: true }, { text: '幼儿园', unit: true }, { text: '区教育局幼儿招生负责科室', unit: true }, { text: '医联体牵头医院', unit: true },
  { text: '幼儿园的举办部门', unit: true }, { text: '我局', unit: true },
  // lexicon forms (lexicon/body-names.ts) and the same at every level
  { text: '国家发展改革委', unit: true }, { text: '证监会', unit: true }, { text: '中国残联', unit: true }, { text: '市妇联', unit: true },
  { text: '区残联', unit: true }, { text: '县科协', unit: true }, { text: '团市委', unit: true }, { text: '市委组织部', unit: true },
  // collectives, levels and places
  { text: '国务院相关部门', unit: true }, { text: '相关单位', unit: true }, { text: '各县(市、区)', unit: true }, { text: '区属单位', unit: true },
  { text: '市级', unit: true }, { text: '县区', unit: true }, { text: '街道(镇)', unit: true }, { text: '漳县', unit: true }, { text: '天河区', unit: true },
  // not names: verbs or clauses before or inside, slogans, words that end like a head
  { text: '加快推进公立医院', unit: false }, { text: '促进公立医院', unit: false }, { text: '对三级公立医院', unit: false },
  { text: '报区民政部门', unit: false }, { text: '经市民政部门', unit: false }, { text: '鼓励基层医疗卫生机构', unit: false },
  { text: '资助费用由镇人民政府', unit: false }, { text: '老年友好社区和友善医疗机构', unit: false }, { text: '企业和机构', unit: false },
  { text: '工业强市', unit: false }, { text: '城乡', unit: false }, { text: '住房城乡', unit: false }, { text: '部署', unit: false },
  { text: '举办', unit: false }, { text: '政务大厅', unit: false }, { text: '网站', unit: false }, { text: '团队', unit: false },
  { text: '家庭医生团队', unit: false }, { text: '每个区', unit: false },
  { text: '其他负有环境监管职责的部门', unit: true }, { text: '负有安全生产监督管理职责的部门', unit: true }, { text: '负有责任的人员', unit: false },
  { text: '排污企业', unit: true }, { text: '物业服务企业', unit: true }, { text: '企业', unit: false }, { text: '减轻企业', unit: false }, { text: '最大程度尊重企业', unit: false },
  { text: '经民政部门', unit: false }, { text: '研究在环境保护部', unit: false }, { text: '中央在京单位', unit: true }, { text: '户籍所在地街道办事处', unit: true }, { text: '受所在区住房保障部门', unit: false }, { text: '应急管理部门', unit: true }, { text: '经信部门', unit: true }, { text: '中国广州', unit: false },
];

describe('isUnitName: name forms', () => {
  it.each(bothWidths(forms))('$text ($width) → $unit', ({ input, unit }) => {
    expect(isUnitName(input)).toBe(unit);
  });
});

// GOLD-FORMAT v2 "Units": how written lists give names.
const v2lists = [
  // "A、B等C": A, B and the collective C when A and B are complete names
  { text: '海关总署等国务院相关部门', parts: ['海关总署', '国务院相关部门'] },
  { text: '人力资源社会保障部、人民银行、海关总署、税务总局等国务院相关部门及各地区', parts: ['人力资源社会保障部', '人民银行', '海关总署', '税务总局', '国务院相关部门', '各地区'] },
  { text: '中央网信办、公安部等相关单位及相关地区', parts: ['中央网信办', '公安部', '相关单位', '相关地区'] },
  { text: '教育部、国家卫生健康委等部门', parts: ['教育部', '国家卫生健康委'] },
  // sector words before a head: one unit as written
  { text: '民政、卫生健康等部门', parts: ['民政、卫生健康等部门'] },
  { text: '市、区发展改革、工业和信息化、市场监管、残联等单位', parts: ['市、区发展改革、工业和信息化、市场监管、残联等单位'] },
  { text: '同级规划和自然资源、住房城乡建设等部门', parts: ['同级规划和自然资源、住房城乡建设等部门'] },
  { text: '医保、医疗、医药主管部门', parts: ['医保、医疗、医药主管部门'] },
  { text: '市人力资源和社会保障、民政部门', parts: ['市人力资源和社会保障、民政部门'] },
  { text: '财政和医保部门', parts: ['财政和医保部门'] },
  // a shared prefix is not distributed; complete names are split
  { text: '市、区民政部门', parts: ['市、区民政部门'] },
  { text: '各市、县级人民政府', parts: ['各市、县级人民政府'] },
  { text: '各县区、市人民医院', parts: ['各县区', '市人民医院'] },
  { text: '区、镇人民政府和街道办事处', parts: ['区、镇人民政府', '街道办事处'] },
  { text: '各区、街道(镇)', parts: ['各区', '街道(镇)'] },
  { text: '区、街道(镇)', parts: ['区', '街道(镇)'] },
  { text: '市、县区', parts: ['市', '县区'] },
  { text: '区民政部门,街道办事处、镇人民政府以及居家社区养老服务组织', parts: ['区民政部门', '街道办事处', '镇人民政府', '居家社区养老服务组织'] },
  // "及各地区" gives 各地区; a partner after 与 is no agent; a person after 或 is dropped
  { text: '国家医保局及各地区', parts: ['国家医保局', '各地区'] },
  { text: '市卫生健康委与市财政局', parts: ['市卫生健康委'] },
  { text: '基层医疗卫生机构或家庭医生团队', parts: ['基层医疗卫生机构'] },
  // names broken by export spaces are read whole
  { text: '住房城乡建 设部、交通运输部', parts: ['住房城乡建设部', '交通运输部'] },
];

describe('splitUnits: GOLD-FORMAT v2 lists', () => {
  it.each(bothWidths(v2lists))('$text ($width)', ({ input, parts }) => {
    expect(splitUnits(input)).toEqual(parts);
  });
});
