import { describe, expect, it } from 'vitest';
import { inBothWidths, run } from './helpers.js';

const PARAGRAPH = '坚持以人民健康为中心,深化医药卫生体制改革,推进健康城市建设,加快构建优质高效的医疗卫生服务体系,不断提高人民群众的获得感、幸福感和安全感。各地要结合实际,细化工作措施,明确责任分工,确保各项任务落到实处。到2022年底,全市县域内就诊率达到90%以上,基层诊疗量占比达到65%以上。';
const SECOND = '建立健全现代医院管理制度,推动公立医院高质量发展,强化公立医院公益性,完善绩效考核,落实党委领导下的院长负责制,持续深化公立医院改革。';

/** Wraps a text at `width` characters, as a fixed-width export does. */
const wrap = (s: string, width = 30) => s.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n');

interface Case { name: string; input: string; expect: string }

const joined: Case[] = [
  { name: 'a paragraph wrapped at a fixed width', input: wrap(PARAGRAPH), expect: PARAGRAPH },
  { name: 'a wrapped paragraph with indented continuation lines', input: wrap(PARAGRAPH).replace(/\n/g, '\n  '), expect: PARAGRAPH },
  { name: 'two wrapped paragraphs: the break after 。 stays', input: `${wrap(PARAGRAPH)}\n${wrap(SECOND)}`, expect: `${PARAGRAPH}\n${SECOND}` },
  { name: 'a year alone on a line, then 年是…', input: '2021\n年是“十四五”的开局之年,全区卫生健康工作将认真贯彻落实。', expect: '2021年是“十四五”的开局之年,全区卫生健康工作将认真贯彻落实。' },
  { name: 'a year alone, a blank line, an indented 年…', input: '  2021\n\n 年 XX 区深化医药卫生体制改革重点工作推进计划表', expect: '  2021年 XX 区深化医药卫生体制改革重点工作推进计划表' },
  { name: 'a line that goes on with ","', input: '推进体制机制改\n\n ,不断提高水平。', expect: '推进体制机制改,不断提高水平。' },
  { name: 'spaced-out words from a table', input: '持 续 深 化公 立 医 院改 革', expect: '持续深化公立医院改革' },
  { name: 'spaces inside unit names', input: '公 立医疗机构管理中心、 公共卫生科、财务审 计科', expect: '公立医疗机构管理中心、公共卫生科、财务审计科' },
  { name: 'a number and its unit', input: '建设面积19330 平方米,总投资2514 万元。', expect: '建设面积19330平方米,总投资2514万元。' },
  { name: 'a year and 年 inside a line', input: '好 2021 年各项工作。', expect: '好2021年各项工作。' },
  // PDF and Word exports break lines anywhere, also inside a marker, a bracket or a quotation.
  { name: 'a break between a bracket and its numeral', input: '按职责分工负责)(\n五)系统梳理现有各层级审批。', expect: '按职责分工负责)(五)系统梳理现有各层级审批。' },
  { name: 'a break between a numeral and its dot', input: '按职责分工负责)3\n.优化药店开设审批。', expect: '按职责分工负责)3.优化药店开设审批。' },
  { name: 'a marker that ends a line, its title on the next', input: '具体措施:1.\n完善全国一体化政务服务平台。', expect: '具体措施:1.完善全国一体化政务服务平台。' },
  { name: 'a break after an opening quote', input: '先行先试推进“\n放管服”改革。', expect: '先行先试推进“放管服”改革。' },
  { name: 'a closing quote that opens a line', input: '实现养老保险关系转移接续“一地办理\n”。推动失业保险扩面。', expect: '实现养老保险关系转移接续“一地办理”。推动失业保险扩面。' },
  // A PDF export's stray spaces inside running text (a clause with punctuation on both sides).
  { name: 'a stray space inside a clause', input: '2020年9月11日,李克强总理在 全国深化“放管服”改革电视电话会议上发表重要讲话,部署改革。', expect: '2020年9月11日,李克强总理在全国深化“放管服”改革电视电话会议上发表重要讲话,部署改革。' },
  { name: 'stray spaces inside names of a parenthesis', input: '降低成本。(市场监管 总局牵头,国家发展改革委、住房城乡建 设部、交通运输部等按职责分工负责)', expect: '降低成本。(市场监管总局牵头,国家发展改革委、住房城乡建设部、交通运输部等按职责分工负责)' },
  { name: 'a stray space in a wrapped line, the clause closed on the next line', input: wrap(`${PARAGRAPH.slice(0, 40)}各地要结合实际,细化工作措施,明确责任分 工,确保各项任务落到实处。${PARAGRAPH.slice(40)}`), expect: `${PARAGRAPH.slice(0, 40)}各地要结合实际,细化工作措施,明确责任分工,确保各项任务落到实处。${PARAGRAPH.slice(40)}` },
  { name: 'a wrapped line that ends on a quotation inside a sentence', input: wrap(`${PARAGRAPH.slice(0, 21)}实施标准“领跑者”制度,${PARAGRAPH.slice(21)}`), expect: `${PARAGRAPH.slice(0, 21)}实施标准“领跑者”制度,${PARAGRAPH.slice(21)}` },
];

const kept: Case[] = [
  { name: 'heading lines', input: '一、总体要求\n(一)工作目标\n到2022年底,基本建成分级诊疗制度。\n(二)基本原则\n坚持问题导向', expect: '一、总体要求\n(一)工作目标\n到2022年底,基本建成分级诊疗制度。\n(二)基本原则\n坚持问题导向' },
  { name: 'a heading after a wrapped paragraph', input: `${wrap(PARAGRAPH)}\n1.加强组织领导\n${wrap(SECOND)}`, expect: `${PARAGRAPH}\n1.加强组织领导\n${SECOND}` },
  { name: 'a wrapped line before an outline item that continues no sentence', input: `${wrap(PARAGRAPH.slice(0, -1))}\n(二)完善医保支付政策`, expect: `${PARAGRAPH.slice(0, -1)}\n(二)完善医保支付政策` },
  { name: 'table cells keep the space between them', input: '医政医管科 党群科、人事科', expect: '医政医管科 党群科、人事科' },
  { name: 'a row of column labels', input: '牵头部门 配合部门 完成时限\n医政医管科 党群科、人事科 2022年6月底前', expect: '牵头部门 配合部门 完成时限\n医政医管科 党群科、人事科 2022年6月底前' },
  { name: 'paragraph breaks after 。 between short paragraphs', input: '全年完成各项任务。\n下一步,继续深化改革。\n坚持问题导向。', expect: '全年完成各项任务。\n下一步,继续深化改革。\n坚持问题导向。' },
  { name: 'a heading that lost its numeral (、主要任务)', input: '一、总体要求\n坚持以人民健康为中心\n、主要任务\n(一)推进分级诊疗', expect: '一、总体要求\n坚持以人民健康为中心\n、主要任务\n(一)推进分级诊疗' },
  { name: 'run-together headings keep the space before a marker', input: '加强组织领导 二、完善医保支付政策', expect: '加强组织领导 二、完善医保支付政策' },
  { name: 'words in Latin letters', input: 'REVIEW CHINA HEALTH INDUSTRY', expect: 'REVIEW CHINA HEALTH INDUSTRY' },
  { name: 'a year alone before a line that is no unit', input: '2021\n全市卫生健康工作要点', expect: '2021\n全市卫生健康工作要点' },
  { name: 'rows of a table whose cells are split by tabs', input: '序号\t工作事项\t主要内容\t牵头单位\n1\t有序扩大家庭医生来源。\t到2023年,力争每万常住人口家庭医生数达到4名,推动人才资源向基层倾斜。\t各区政府\n2\t优化签约服务团队。\t家庭医生可以家庭医生个人为签约主体,也可以组建团队提供签约服务。\t市卫生健康委', expect: '序号\t工作事项\t主要内容\t牵头单位\n1\t有序扩大家庭医生来源。\t到2023年,力争每万常住人口家庭医生数达到4名,推动人才资源向基层倾斜。\t各区政府\n2\t优化签约服务团队。\t家庭医生可以家庭医生个人为签约主体,也可以组建团队提供签约服务。\t市卫生健康委' },
  { name: 'a quotation that ends a sentence, then a new paragraph', input: `${wrap(PARAGRAPH)}\n他说:“要持续深化改革。”\n各地要抓好落实。`, expect: `${PARAGRAPH}\n他说:“要持续深化改革。”\n各地要抓好落实。` },
  { name: 'a number at a line end before a line that is no marker', input: '全年共计完成12\n.5万例。', expect: '全年共计完成12\n.5万例。' },
  { name: 'a subtitle whose break was lost, after a full stop', input: '前期积累的额度清零。对断保人员设置“两个等待期” 自2025年起,除新生儿等特殊群体外。', expect: '前期积累的额度清零。对断保人员设置“两个等待期” 自2025年起,除新生儿等特殊群体外。' },
  { name: 'a heading\'s title ended by a space, its body after it', input: '扫尾工作。 2、积极准备实施药品“三统一”工作 我区自年9月按照原则,实行统一采购。', expect: '扫尾工作。2、积极准备实施药品“三统一”工作 我区自年9月按照原则,实行统一采购。' },
  { name: 'table cells after a comma, with no clause end after them', input: '加强基层能力建设,提升服务水平 医政医管科 2022年底', expect: '加强基层能力建设,提升服务水平 医政医管科 2022年底' },
  { name: 'a paragraph closed by its signature date, then a title, across blank lines', input: `${wrap(PARAGRAPH)}某市卫生健康委员会2022年3月1日\n\n\n某市卫生健康事业发展实施方案\n\n${wrap(SECOND)}`, expect: `${PARAGRAPH}某市卫生健康委员会2022年3月1日\n\n\n某市卫生健康事业发展实施方案\n\n${SECOND}` },
  { name: 'title lines of a notice', input: '某某市卫生健康委员会\n关于印发2022年工作要点的通知\n某卫发〔2022〕5号', expect: '某某市卫生健康委员会\n关于印发2022年工作要点的通知\n某卫发〔2022〕5号' },
];

describe('broken lines and spaces inside words are joined', () => {
  it.each(inBothWidths(joined))('$name ($width)', ({ input, expect: want, write }) => {
    expect(run(write(input)).text).toBe(want);
  });
});

describe('real breaks and separating spaces are kept', () => {
  it.each(inBothWidths(kept))('$name ($width)', ({ input, expect: want, write }) => {
    expect(run(write(input)).text).toBe(want);
  });
});
