import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { findUnits } from '../../src/extract/units.js';
import { bodyOf, isUnitName } from '../../src/extract/lexicon/unit-names.js';
import { bothWidths, norm } from './helpers.js';

type Row = { text: string; expect: string[] };
function table(title: string, rows: Row[]) {
  describe(title, () => {
    it.each(bothWidths(rows))('$text ($width)', ({ input, expect: want }) => {
      const found = findUnits(input);
      expect(found.map((u) => `${u.role}:${u.name}`)).toEqual(want);
      // every unit points at its name in the text
      for (const u of found) expect(input.slice(u.at[0], u.at[1])).toBe(u.name);
    });
  });
}

table('lead: 牵头, 由X牵头, 牵头单位:, 负总责, (X牵头,…)', [
  { text: '由市卫生健康委牵头', expect: ['lead:市卫生健康委'] },
  { text: '由市委组织部、市卫生健康委牵头,各县区具体落实', expect: ['lead:市委组织部', 'lead:市卫生健康委', 'responsible:各县区'] },
  { text: '牵头单位:市卫生健康委', expect: ['lead:市卫生健康委'] },
  { text: '牵头部门:医政医管科;配合部门:党群科、人事科', expect: ['lead:医政医管科', 'support:党群科', 'support:人事科'] },
  { text: '牵头单位:市卫生健康委 配合单位:市财政局', expect: ['lead:市卫生健康委', 'support:市财政局'] },
  { text: '市医保局牵头,市财政局配合', expect: ['lead:市医保局', 'support:市财政局'] },
  { text: '市卫生健康委牵头组织实施', expect: ['lead:市卫生健康委'] },
  { text: '责任单位:省卫生健康委(牵头),省发展改革委、省财政厅', expect: ['lead:省卫生健康委', 'responsible:省发展改革委', 'responsible:省财政厅'] },
  { text: '(责任单位:市卫生健康委(牵头)、市财政局、市医保局;完成时限:2022年12月底)', expect: ['lead:市卫生健康委', 'responsible:市财政局', 'responsible:市医保局'] },
  { text: '(牵头单位:市卫生健康委;责任单位:各县区人民政府)', expect: ['lead:市卫生健康委', 'responsible:各县区人民政府'] },
  { text: '由医政股、疾控股、疾控中心负总责', expect: ['lead:医政股', 'lead:疾控股', 'lead:疾控中心'] },
  { text: '县委、县政府负总责', expect: ['lead:县委', 'lead:县政府'] },
  { text: '(国家卫生健康委牵头,国家发展改革委、财政部按职责分工负责)', expect: ['lead:国家卫生健康委', 'responsible:国家发展改革委', 'responsible:财政部'] },
  { text: '(国家卫生健康委、国家中医药局牵头,各有关部门按职责分工负责)', expect: ['lead:国家卫生健康委', 'lead:国家中医药局', 'responsible:各有关部门'] },
  { text: '完善公立医院薪酬制度。(人力资源社会保障部、财政部牵头,国家卫生健康委按职责分工负责)', expect: ['lead:人力资源社会保障部', 'lead:财政部', 'responsible:国家卫生健康委'] },
  // no unit: redacted or named persons, 牵头 with no subject, the word in a noun
  { text: '**x牵头', expect: [] },
  { text: '局长张三牵头', expect: [] },
  { text: '牵头推动全市中医康养产业链建设', expect: [] },
  { text: '涉及多个部门的工作,牵头部门要加强协调', expect: [] },
  { text: '组建由县级医院牵头的医共体', expect: [] },
  { text: '建立以国家医学中心为引领的医疗服务体系', expect: [] },
]);

table('support: 配合, 配合单位:, 参与, 协助', [
  { text: '医政科配合', expect: ['support:医政科'] },
  { text: '配合单位:市财政局、市人社局', expect: ['support:市财政局', 'support:市人社局'] },
  { text: '配合部门:党群科,人事科', expect: ['support:党群科', 'support:人事科'] },
  { text: '市财政局、市人社局配合', expect: ['support:市财政局', 'support:市人社局'] },
  { text: '(国家卫生健康委牵头,国家中医药局、国家疾控局配合)', expect: ['lead:国家卫生健康委', 'support:国家中医药局', 'support:国家疾控局'] },
  { text: '(国家卫生健康委牵头,人力资源社会保障部、财政部参与)', expect: ['lead:国家卫生健康委', 'support:人力资源社会保障部', 'support:财政部'] },
  { text: '市妇联参与', expect: ['support:市妇联'] },
  { text: '协助单位:市红十字会', expect: ['support:市红十字会'] },
  { text: '参与单位:市总工会、团市委', expect: ['support:市总工会', 'support:团市委'] },
  { text: '各级医疗机构协助开展', expect: ['support:各级医疗机构'] },
  { text: '市卫生健康委员会配合市医保局做好', expect: ['support:市卫生健康委员会'] },
  // no unit
  { text: '各单位要参加会议', expect: [] },
  { text: '科室人员要全部出席', expect: [] },
  { text: '配合做好相关工作', expect: [] },
  { text: '社会各界要积极参与', expect: [] },
  { text: '医务人员参与', expect: [] },
]);

table('responsible: 责任单位:, 责任主体, 由X负责, X负责…, X要…, (X牵头,Y、Z按职责分工负责)', [
  { text: '责任单位:各县区卫生健康局', expect: ['responsible:各县区卫生健康局'] },
  { text: '责任主体:各医疗机构', expect: ['responsible:各医疗机构'] },
  { text: '由医政科负责', expect: ['responsible:医政科'] },
  { text: '由各县区负责组织实施', expect: ['responsible:各县区'] },
  { text: '市卫生健康委负责', expect: ['responsible:市卫生健康委'] },
  { text: '县医院具体负责', expect: ['responsible:县医院'] },
  { text: '各县区要加强组织领导', expect: ['responsible:各县区'] },
  { text: '各医疗卫生机构应当严格执行', expect: ['responsible:各医疗卫生机构'] },
  { text: '市中医院将建成互联网医院', expect: ['responsible:市中医院'] },
  { text: '(国家医保局、国家卫生健康委按职责分工负责)', expect: ['responsible:国家医保局', 'responsible:国家卫生健康委'] },
  { text: '(教育部、国家卫生健康委等负责)', expect: ['responsible:教育部', 'responsible:国家卫生健康委'] },
  { text: '(国家医保局、国家卫生健康委分别负责)', expect: ['responsible:国家医保局', 'responsible:国家卫生健康委'] },
  { text: '(国家中医药局负责)', expect: ['responsible:国家中医药局'] },
  { text: '(各省级人民政府负责)', expect: ['responsible:各省级人民政府'] },
  { text: '(发展改革委牵头,各有关部门和单位按职责分工负责)', expect: ['lead:发展改革委', 'responsible:各有关部门和单位'] },
  { text: '(人民银行、银保监会按职责分工负责)', expect: ['responsible:人民银行', 'responsible:银保监会'] },
  { text: '由国家医保局、国家卫生健康委、国家药监局等分工负责', expect: ['responsible:国家医保局', 'responsible:国家卫生健康委', 'responsible:国家药监局'] },
  { text: '各旗(区)卫生健康委主要负责人或分管领导要亲自部署', expect: ['responsible:各旗(区)卫生健康委'] },
  { text: '全盟二级及以上公立医院书记、院长要带头宣讲', expect: ['responsible:全盟二级及以上公立医院'] },
  { text: '各科室主任在本科室内宣讲', expect: ['responsible:各科室'] },
  { text: '落实县卫生健康局监管责任和医疗卫生健康服务机构主体责任', expect: ['responsible:县卫生健康局', 'responsible:医疗卫生健康服务机构'] },
  { text: '各省(区、市)要加强组织领导', expect: ['responsible:各省(区、市)'] },
  { text: '各省、自治区、直辖市人民政府要加强组织领导', expect: ['responsible:各省、自治区、直辖市人民政府'] },
  { text: '县级以上地方人民政府要在区域卫生规划中合理配置中医医疗资源', expect: ['responsible:县级以上地方人民政府'] },
  { text: '各地区、各有关部门要高度重视', expect: ['responsible:各地区', 'responsible:各有关部门'] },
  { text: '各地区各部门要加强协调', expect: ['responsible:各地区', 'responsible:各部门'] },
  // "X会同Y": Y supports (GOLD-FORMAT v2 dev 02, 03)
  { text: '国家医保局会同国家卫生健康委推进', expect: ['responsible:国家医保局', 'support:国家卫生健康委'] },
  { text: '国务院医改领导小组秘书处会同有关部门开展年度评估', expect: ['responsible:国务院医改领导小组秘书处', 'support:有关部门'] },
  { text: '财政部开展绩效评价', expect: ['responsible:财政部'] },
  { text: '牵头部门:省卫生健康委 责任部门:各市(州)人民政府', expect: ['lead:省卫生健康委', 'responsible:各市(州)人民政府'] },
  { text: '(省卫生健康委牵头,省财政厅、省医保局按职责分工负责,各市州人民政府落实)', expect: ['lead:省卫生健康委', 'responsible:省财政厅', 'responsible:省医保局', 'responsible:各市州人民政府'] },
  { text: '(国家医保局负责,国家卫生健康委配合)', expect: ['responsible:国家医保局', 'support:国家卫生健康委'] },
  // a subject after the heading's marker or a time limit
  { text: '2.县级以上地方人民政府要合理配置中医医疗资源', expect: ['responsible:县级以上地方人民政府'] },
  { text: '第十条 各级卫生健康行政部门应当加强监督', expect: ['responsible:各级卫生健康行政部门'] },
  { text: '6月底前各县区要完成自查', expect: ['responsible:各县区'] },
  { text: '2022年市人民医院建成互联网医院', expect: ['responsible:市人民医院'] },
  { text: '年底前各医院完成改造', expect: ['responsible:各医院'] },
  { text: '2025年全市县域内就诊率达到90%', expect: [] },
  { text: '6月底前报送市卫生健康委', expect: [] },
  { text: '(国家中医药局、国家卫生健康委负责。列第一位者为牵头部门或单位,其他有关部门和单位按职责分工负责,下同)', expect: ['responsible:国家中医药局', 'responsible:国家卫生健康委'] },
  { text: '乡镇卫生院(社区卫生服务中心)至少引进医学相关专业人才2名', expect: ['responsible:乡镇卫生院(社区卫生服务中心)'] },
  { text: '各级医院(含中医院)要配备检测设备', expect: ['responsible:各级医院(含中医院)'] },
  // the agent inside a nominalised task
  { text: '启动县人民医院二甲医院创建', expect: ['responsible:县人民医院'] },
  { text: '推进甲县中医院和乙县中医院三级中医医院创建工作', expect: ['responsible:甲县中医院', 'responsible:乙县中医院'] },
  { text: '完成市医学会换届工作', expect: ['responsible:市医学会'] },
  // the bodies whose grade is reviewed are its object, not its agents
  { text: '推进基层医疗卫生机构等级评审工作', expect: [] },
  { text: '开展老年友好社区和友善医疗机构创建', expect: [] },
  { text: '巩固好甲县国家健康促进县创建成果', expect: [] },
  { text: '加大健康促进医院创建力度', expect: [] },
  { text: '各省份要于9月底前完成省级平台建设', expect: ['responsible:各省份'] },
  { text: '6月30日,各区要完成自查', expect: ['responsible:各区'] },
  { text: '市住房城乡建设局是全市住房保障行政主管部门,负责组织建立保障体系', expect: ['responsible:市住房城乡建设局'] },
  { text: '区民政部门是养老服务的主管部门', expect: [] },
  { text: '排污企业承担污染治理的主体责任', expect: ['responsible:排污企业'] },
  { text: '电网企业要加快配套电网建设', expect: ['responsible:电网企业'] },
  { text: '进一步减轻企业负担', expect: [] },
  { text: '鼓励企业加大研发投入', expect: [] },
  { text: '财政、税务等政府相关职能部门按照职责分工,协同做好相关工作', expect: ['support:财政、税务等政府相关职能部门'] },
  { text: '市财政局、市税务局按照职责分工,做好相关工作', expect: ['responsible:市财政局', 'responsible:市税务局'] },
  { text: '市卫健委和市财政局,每年要发布名录', expect: ['responsible:市卫健委', 'responsible:市财政局'] },
  { text: '环境保护、工商等部门和单位要配合人民法院落实强制措施', expect: ['support:环境保护、工商等部门和单位'] },
  { text: '三、加强组织保障各地区、各部门要高度重视,加强组织领导', expect: ['responsible:各地区', 'responsible:各部门'] },
  { text: '市卫生健康委制定实施细则。', expect: ['responsible:市卫生健康委'] },
  { text: '市卫生健康委要会同市财政局做好', expect: ['responsible:市卫生健康委', 'support:市财政局'] },
  // the object of 要求/指导/督促 is told to act; the text assigns it no task of its own (issue 14 negatives)
  { text: '会议要求各单位认真落实', expect: [] },
  { text: '指导委属单位和各县区积极申报', expect: [] },
  { text: '发挥好中医药研究院和中医药学会平台作用', expect: ['responsible:中医药研究院', 'responsible:中医药学会'] },
  // recipients, partners, objects, indicators, persons and words that end like a body give no unit
  { text: '各县区要于6月底前将总结报送市卫生健康委', expect: ['responsible:各县区'] },
  { text: '请于3月底前报送市卫生健康委医政科', expect: [] },
  { text: '将材料上报市医改办', expect: [] },
  { text: '积极与省人民医院合作', expect: [] },
  { text: '加强市疾控中心能力建设', expect: [] },
  { text: '全市县域内就诊率达到90%以上', expect: [] },
  { text: '二级以上公立医院预约诊疗率达到50%', expect: [] },
  { text: '医院内部要加强管理', expect: [] },
  { text: '各级干部要带头', expect: [] },
  { text: '公共场所要全面禁烟', expect: [] },
  { text: '重点学科要加强建设', expect: [] },
  { text: '医务人员要提高服务意识', expect: [] },
  { text: '书记和院长要带头宣讲', expect: [] },
  { text: '局长张三要亲自部署', expect: [] },
  { text: '要参加会议', expect: [] },
  { text: '社会力量要积极参与', expect: [] },
  { text: '要把握机会', expect: [] },
]);

describe('findUnits with firstListedLeads ("列第一位者为牵头部门")', () => {
  it.each(bothWidths([
    { text: '(国家中医药局、国家发展改革委、财政部负责)', expect: ['lead:国家中医药局', 'responsible:国家发展改革委', 'responsible:财政部'] },
    { text: '(国家中医药局、国家卫生健康委按职责分工负责)', expect: ['lead:国家中医药局', 'responsible:国家卫生健康委'] },
    { text: '由国家中医药局、教育部负责', expect: ['lead:国家中医药局', 'responsible:教育部'] },
    // one unit alone, or a list that names its lead, or other roles: unchanged
    { text: '(国家中医药局负责)', expect: ['responsible:国家中医药局'] },
    { text: '(国家卫生健康委牵头,财政部、国家医保局负责)', expect: ['lead:国家卫生健康委', 'responsible:财政部', 'responsible:国家医保局'] },
    { text: '(财政部、国家医保局配合)', expect: ['support:财政部', 'support:国家医保局'] },
    { text: '各县区、各医院要加强领导', expect: ['responsible:各县区', 'responsible:各医院'] },
  ]))('$text ($width)', ({ input, expect: want }) => {
    expect(findUnits(input, { firstListedLeads: true }).map((u) => `${u.role}:${u.name}`)).toEqual(want);
  });

  it('applies to every task of a document that states the convention once', () => {
    const doc = parse([
      '中医药发展规划实施分工方案',
      '一、提高中医医疗服务能力',
      '1.全面建成覆盖城乡的中医医疗服务网络。(国家中医药局、国家发展改革委、国家卫生健康委负责。列第一位者为牵头部门或单位,其他有关部门和单位按职责分工负责,下同)',
      '2.县级以上地方人民政府要在区域卫生规划中合理配置中医医疗资源。(国家中医药局、国家发展改革委、财政部负责)',
      '3.加强中医药人才培养。(国家中医药局负责)',
    ].join('\n'));
    expect(doc.tasks.map((t) => t.units.map((u) => `${u.role}:${u.name}`))).toEqual([
      ['lead:国家中医药局', 'responsible:国家发展改革委', 'responsible:国家卫生健康委'],
      ['responsible:县级以上地方人民政府', 'lead:国家中医药局', 'responsible:国家发展改革委', 'responsible:财政部'],
      ['responsible:国家中医药局'],
    ]);
  });
});

describe('a list broken after "、" by a line end', () => {
  // Cleaning joins a line that ends in "、" to the next, so the list stays whole.
  it('"(国家卫生健康委牵头,国家发展改革委、\\n财政部按职责分工负责)" end to end keeps 国家发展改革委 (responsible)', () => {
    const doc = parse('一、重点任务\n(一)推进分级诊疗。完成改革试点任务。(国家卫生健康委牵头,国家发展改革委、\n财政部按职责分工负责)\n');
    expect(doc.tasks.flatMap((t) => t.units.map((u) => `${u.role}:${u.name}`))).toEqual([
      'lead:国家卫生健康委', 'responsible:国家发展改革委', 'responsible:财政部',
    ]);
  });
});

describe('findUnits spans', () => {
  it('points at each unit where it is written, after earlier mentions', () => {
    const text = '由市卫生健康委牵头,市财政局配合;市卫生健康委要加强督导';
    const units = findUnits(text);
    expect(units.map((u) => [u.role, u.name, u.at])).toEqual([
      ['lead', '市卫生健康委', [1, 7]],
      ['support', '市财政局', [10, 14]],
      ['responsible', '市卫生健康委', [17, 23]],
    ]);
  });
});

// A national task-division plan: each task closes with "(X牵头,Y、Z按职责分工负责)" and its kin.
// The expected units are written by hand (fixtures/national-division/expected-units.json).
describe('national task-division plan (fixtures/national-division)', () => {
  const dir = new URL('../../fixtures/national-division/', import.meta.url);
  const input = readFileSync(new URL('input.txt', dir), 'utf8');
  const expected = JSON.parse(readFileSync(new URL('expected-units.json', dir), 'utf8')) as { tasks: Array<{ task: string; units: string[] }> };
  const want = new Map(expected.tasks.map((t) => [t.task, [...t.units].sort()]));

  const toAscii = (s: string) => s.replace(/[，；：（）]/g, (c) => ({ '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' })[c]!).replace(/\u3000/g, ' ');
  const toHtml = (s: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知_政府信息公开</title></head><body>
<div class="nav">首页 &gt; 政策 &gt; 国务院文件</div><div class="article">${s.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</div>
<div class="footer">打印本页 关闭窗口</div></body></html>`;
  const variants = [
    { width: 'full-width punctuation (as written)', text: input, options: {} },
    { width: 'ASCII punctuation', text: toAscii(input), options: {} },
    { width: 'a gov HTML page', text: toHtml(input), options: { inputFormat: 'html' as const } },
  ];

  it.each(variants)('gives exactly the hand-written units per task: $width', ({ text, options }) => {
    const doc = parse(text, options);
    const got = new Map<string, string[]>();
    for (const t of doc.tasks) {
      if (!t.units.length) continue;
      const key = `${t.path[0]!.match(/^[一二三四五六七八九十]+、/)?.[0] ?? t.path[0]}/${t.path[t.path.length - 1]}`;
      got.set(key, t.units.map((u) => `${u.role}:${u.name}`).sort());
    }
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
  });

  it('points every unit span at its name in the source', () => {
    const doc = parse(input, { includeText: true });
    const cps = [...doc.source.text!];
    // the source keeps its full-width brackets; the name is given normalised
    for (const t of doc.tasks) for (const u of t.units) expect(norm(cps.slice(u.span[0], u.span[1]).join(''))).toBe(u.name);
  });
});

// Issue 14: one table per role cue, the same cue in every kind of document; negatives after each.
table('cue: labelled lists and column labels, a prefix naming whose offices', [
  { text: '市卫健委内牵头处室:基层处;市卫健委内配合处室:医政处、人事处', expect: ['lead:基层处', 'support:医政处', 'support:人事处'] },
  { text: '牵头部门(单位):市医保局;配合部门(单位):市财政局,市卫生健康委', expect: ['lead:市医保局', 'support:市财政局', 'support:市卫生健康委'] },
  { text: '主责单位:区教育局 协办单位:区财政局', expect: ['lead:区教育局', 'support:区财政局'] },
  { text: '责任单位:各区人民政府(牵头)、市民政局', expect: ['lead:各区人民政府', 'responsible:市民政局'] },
  // persons under a label, and a label in running text, give nothing
  { text: '牵头领导:张三;责任人:李四', expect: [] },
  { text: '请各牵头单位认真组织', expect: [] },
]);

table('cue: responsibility parentheticals and their lists', [
  { text: '(市场监管总局牵头,人力资源社会保障部、人民银行、海关总署、税务总局等国务院相关部门及各地区按职责分工负责)',
    expect: ['lead:市场监管总局', 'responsible:人力资源社会保障部', 'responsible:人民银行', 'responsible:海关总署', 'responsible:税务总局', 'responsible:国务院相关部门', 'responsible:各地区'] },
  { text: '(国务院办公厅、国家发展改革委牵头,工业和信息化部、公安部、中央网信办等相关单位按职责分工负责)',
    expect: ['lead:国务院办公厅', 'lead:国家发展改革委', 'responsible:工业和信息化部', 'responsible:公安部', 'responsible:中央网信办', 'responsible:相关单位'] },
  { text: '(银保监会及各地区按职责分工负责)', expect: ['responsible:银保监会', 'responsible:各地区'] },
  { text: '(市场监管总局及相关地区按职责分工负责)', expect: ['responsible:市场监管总局', 'responsible:相关地区'] },
  { text: '(国务院办公厅牵头,各地区、各部门负责)', expect: ['lead:国务院办公厅', 'responsible:各地区', 'responsible:各部门'] },
  { text: '(市卫生健康委牵头,市发展改革委、市财政局配合)', expect: ['lead:市卫生健康委', 'support:市发展改革委', 'support:市财政局'] },
  { text: '(省卫生健康委牵头,省民政厅、省医保局按职责分工负责)', expect: ['lead:省卫生健康委', 'responsible:省民政厅', 'responsible:省医保局'] },
  // a remark that assigns nothing
  { text: '(此件公开发布)', expect: [] },
  { text: '(以下简称试点工作小组)', expect: [] },
]);

table('cue: 由X负责/牵头/负担/另行制定', [
  { text: '由区财政负担', expect: ['responsible:区财政'] },
  { text: '所需资金由市、区两级财政按照现行财政体制分担', expect: ['responsible:市、区两级财政'] },
  { text: '具体办法由市医疗保障局另行制定', expect: ['responsible:市医疗保障局'] },
  { text: '由幼儿园自主招生', expect: ['responsible:幼儿园'] },
  { text: '由有权机关责令改正', expect: ['responsible:有权机关'] },
  { text: '由市卫生健康委员会牵头', expect: ['lead:市卫生健康委员会'] },
  { text: '由幼儿园的举办部门会同幼儿园具体制订', expect: ['responsible:幼儿园的举办部门', 'support:幼儿园'] },
  { text: '由区养老服务指导单位会同镇人民政府、街道办事处自收到申请之日起15个工作日组织复核',
    expect: ['responsible:区养老服务指导单位', 'support:镇人民政府', 'support:街道办事处'] },
  // composition, direction, attribute, permission: no agent
  { text: '由国务院办公厅、国家医保局、国家卫生健康委组成工作小组', expect: [] },
  { text: '由国家医保局、国家卫生健康委选派人员参加', expect: [] },
  { text: '由城市三级医院向基层医疗卫生机构转诊的人数较上一年提高', expect: [] },
  { text: '由教育局核定的招生计划', expect: [] },
  { text: '可由市医疗保险经办机构选定部分医疗机构', expect: [] },
  { text: '本条例所称院前医疗急救,是指由急救中心和急救网络医院开展的医疗活动', expect: [] },
]);

table('cue: X会同Y, X协同Y', [
  { text: '市、区民政部门应当会同同级规划和自然资源、住房城乡建设等部门,综合考虑', expect: ['responsible:市、区民政部门', 'support:同级规划和自然资源、住房城乡建设等部门'] },
  { text: '建立工作机制,会同本级财政部门制定资助标准', expect: ['support:本级财政部门'] },
  { text: '市、区发展改革、工业和信息化、市场监管、残联等单位按各自职责协同实施本办法', expect: ['support:市、区发展改革、工业和信息化、市场监管、残联等单位'] },
  { text: '区教育局协同区卫生健康局开展入园体检', expect: ['responsible:区教育局', 'support:区卫生健康局'] },
]);

table('cue: a body as the subject of a duty or of the work', [
  { text: '各区要引导二级医疗机构医师到基层服务', expect: ['responsible:各区'] },
  { text: '市民政部门每年委托第三方机构开展星级评定', expect: ['responsible:市民政部门'] },
  { text: '国家卫生健康委于2019年3月底前完成系统建设', expect: ['responsible:国家卫生健康委'] },
  { text: '2019年6月底前各省份要出台具体实施方案', expect: ['responsible:各省份'] },
  { text: '医保部门加强协议管理', expect: ['responsible:医保部门'] },
  { text: '医联体牵头医院牵头、成员单位共同参与,成立双向转诊管理中心', expect: ['lead:医联体牵头医院', 'support:成员单位'] },
  { text: '区民政部门,街道办事处、镇人民政府以及居家社区养老服务组织做好数据采集工作',
    expect: ['responsible:区民政部门', 'responsible:街道办事处', 'responsible:镇人民政府', 'responsible:居家社区养老服务组织'] },
  { text: '区教育局幼儿招生负责科室立即对报名数据进行审核', expect: ['responsible:区教育局幼儿招生负责科室'] },
  { text: '我局将进行专项检查', expect: ['responsible:我局'] },
  { text: '各区卫生健康局,要加强日常管理', expect: ['responsible:各区卫生健康局'] },
  { text: '对于指引患者外购药品的医疗机构,要予以提醒', expect: [] },
  { text: '县、乡、村各医疗机构分别能够提供中医药服务', expect: [] },
  // objects of 鼓励/指导/督促/支持, recipients, addressees, permissions, prohibitions, the past, persons, posts, places
  { text: '鼓励基层医疗卫生机构提供外配处方流转服务', expect: [] },
  { text: '督促地方城市管理部门规范执法行为', expect: [] },
  { text: '支持有条件的地方建立一站式服务体系', expect: [] },
  { text: '指导各地认真落实各项任务', expect: [] },
  { text: '报区民政部门审核', expect: [] },
  { text: '向区教育局报备', expect: [] },
  { text: '各区人民政府,市政府各部门、各直属机构:', expect: [] },
  { text: '现将《实施方案》印发给你们,请认真贯彻执行', expect: [] },
  { text: '市卫生健康委、市财政局联合制定《实施方案》,现印发给你们,请贯彻执行', expect: [] },
  { text: '各区可根据实际情况提高资助标准', expect: [] },
  { text: '养老服务组织不得套取资助资金', expect: [] },
  { text: '广东省更新了药品目录', expect: [] },
  { text: '2022年3月1日,市政府召开专题会议,研究部署有关工作', expect: [] },
  { text: '社区医院建设评价细则', expect: [] },
  { text: '加强对各地区的指导', expect: [] },
  { text: '推动各地各部门落实', expect: [] },
  { text: '附件:1.医联体建设监测指标\n2.医联体建设任务分工表', expect: [] },
  { text: '5月8日,区卫生健康局组织开展培训', expect: [] },
  { text: '县级医共体组建完毕', expect: [] },
  { text: '医共体与城市三级医院建立帮扶关系比例较上一年提高', expect: [] },
  { text: '家长要按时为幼儿报名', expect: [] },
  { text: '科长要带头宣讲', expect: [] },
  { text: '公立医院书记和院长要率先做表率', expect: [] },
  { text: '可到街道政务服务中心办理', expect: [] },
  { text: '工业强市建设取得成效', expect: [] },
]);

describe('cue: a heading that names a group is the subject of its body', () => {
  it.each(bothWidths([
    { text: '1.监督组。负责对药品集中采购工作进行监督', expect: ['responsible:监督组'] },
    { text: '3.集中采购小组。负责集中采购具体实施工作', expect: ['responsible:集中采购小组'] },
    { text: '2.工作要求。负责同志要带头', expect: [] },
  ]))('$text ($width)', ({ input, expect: want }) => {
    expect(findUnits(input).map((u) => `${u.role}:${u.name}`)).toEqual(want);
  });
  it('reads the heading of the section when the body is a text of its own', () => {
    const units = findUnits('负责提供技术咨询', { heading: { text: '2.专家组。', at: -6 } });
    expect(units.map((u) => [u.role, u.name, u.at])).toEqual([['responsible', '专家组', [-4, -1]]]);
  });
});

describe('names broken by the export\'s spaces are read whole', () => {
  it.each(bothWidths([{ text: '(住房城乡建 设部、司法部等国务院相关部门及各地区按职责分工负责)' }]))('$text ($width)', ({ input }) => {
    const units = findUnits(input);
    expect(units.map((u) => `${u.role}:${u.name}`)).toEqual(['responsible:住房城乡建设部', 'responsible:司法部', 'responsible:国务院相关部门', 'responsible:各地区']);
    // the span covers the name as written, the space inside it too
    expect(input.slice(units[0]!.at[0], units[0]!.at[1])).toBe('住房城乡建 设部');
  });
});

describe('units: a lead marker cut from its name', () => {
  it.each([
    ['牵头单位:(牵头)/市卫生健康委;配合单位:市医保局。'],
    ['牵头单位：（牵头）／市卫生健康委；配合单位：市医保局。'],
    ['牵头单位:(牵头)、市卫生健康委;配合单位:市医保局。'],
    ['牵头单位：（牵头）、市卫生健康委；配合单位：市医保局。'],
  ])('%s: the marker names no unit, the names are kept, nothing throws', (text) => {
    const names = findUnits(norm(text), {}).map((u) => u.name);
    expect(names).toContain('市卫生健康委');
    expect(names).toContain('市医保局');
    expect(names.every((n) => !/[(（]?牵头[)）]?/.test(n))).toBe(true);
  });
  it('a marker before 、 is no sector word sharing the next name\'s head', () => {
    expect(isUnitName('(牵头)、市财政局')).toBe(false);
    expect(isUnitName('（牵头）、市财政局')).toBe(false);
    // a sector word before a shared head still is
    expect(isUnitName('民政、卫生健康部门')).toBe(true);
  });
  it('an empty name is no unit name', () => {
    expect(isUnitName('')).toBe(false);
    expect(bodyOf('')).toBeNull();
  });
});
