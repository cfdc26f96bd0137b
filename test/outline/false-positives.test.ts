/**
 * One table per false-positive family: text that looks like a marker but is not a heading. Each row
 * puts the look-alike where the numbering sequence would take it — in the slot of the next expected
 * sibling (二、三季度 right after 一、, 投入2.3亿元 right after 1., 按第三条执行 right after 第二条),
 * or with a chain of later siblings that would support it — so that only the rule that rejects it
 * keeps the outline right. Every row runs as written and in its full-width variant.
 */
import { describe, expect, it } from 'vitest';
import { fullWidth, rowsOf, type Row } from './helpers.js';

interface Case { name: string; text: string; expect: Row[] }

const variants = (cases: Case[]) => cases.flatMap((c) => [
  { ...c, variant: 'ascii', input: c.text },
  { ...c, variant: 'full-width', input: fullWidth(c.text) },
]);

function table(family: string, cases: Case[]): void {
  describe(family, () => {
    it('has at least 10 rows', () => expect(cases.length).toBeGreaterThanOrEqual(10));
    it.each(variants(cases))('$name ($variant)', ({ input, expect: want }) => {
      expect(rowsOf(input)).toEqual(want);
    });
  });
}

// Frames: the body line sits where a look-alike would be the next heading.
const TWO_DUN: Row[] = [['一、', 1, 1, '总体要求'], ['二、', 1, 2, '重点任务']];
/** Slot 二、 at a line start. */
const dun = (name: string, body: string): Case => ({ name, text: `一、总体要求\n${body}\n二、重点任务`, expect: TWO_DUN });
/** Slot 二、 in one long line. */
const dunLine = (name: string, body: string): Case => ({ name, text: `一、总体要求。${body}二、重点任务。推进改革。`, expect: TWO_DUN });
/** Slot 三、. */
const dun3 = (name: string, body: string): Case => ({
  name, text: `一、总体要求\n二、重点任务\n${body}\n三、保障措施`, expect: [...TWO_DUN, ['三、', 1, 3, '保障措施']],
});
/** Slot (二), or a new level under (一). */
const paren = (name: string, body: string): Case => ({
  name, text: `一、总体要求\n(一)指导思想\n${body}\n(二)基本原则`,
  expect: [['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '指导思想'], ['(二)', 2, 2, '基本原则']],
});
const TWO_ARABIC: Row[] = [['1.', 1, 1, '加强领导'], ['2.', 1, 2, '完善制度']];
/** Slot 2. */
const arabic = (name: string, body: string): Case => ({ name, text: `1.加强领导\n${body}\n2.完善制度`, expect: TWO_ARABIC });
/** Slot 3. */
const arabic3 = (name: string, body: string): Case => ({
  name, text: `1.加强领导\n2.完善制度\n${body}\n3.强化考核`, expect: [...TWO_ARABIC, ['3.', 1, 3, '强化考核']],
});
/** Slot 第三条, cited from 第二条. */
const article = (name: string, body: string, title = body.replace(/。$/, '')): Case => ({
  name, text: `第一条 目的。\n第二条 ${body}\n第三条 范围。`,
  expect: [['第一条', 1, 1, '目的'], ['第二条', 1, 2, title], ['第三条', 1, 3, '范围']],
});
/** Slot 2.1 under a bare 2 (journal article). */
const journal = (name: string, body: string): Case => ({
  name, text: `1 引言\n2 方法\n${body}\n2.1 数据\n2.2 分析`,
  expect: [['1', 1, 1, '引言'], ['2', 1, 2, '方法'], ['2.1', 2, 1, '数据'], ['2.2', 2, 2, '分析']],
});
/** Slot bare 3 (journal article). */
const journal3 = (name: string, body: string): Case => ({
  name, text: `1 引言\n2 方法\n2.1 数据\n${body}\n3 结果\n3.1 描述`,
  expect: [['1', 1, 1, '引言'], ['2', 1, 2, '方法'], ['2.1', 2, 1, '数据'], ['3', 1, 3, '结果'], ['3.1', 2, 1, '描述']],
});
/** Slot 一、 as the first heading, with 二、 三、 following to support it. */
const chain = (name: string, body: string): Case => ({
  name, text: `${body}\n二、重点任务\n三、保障措施`, expect: [['二、', 1, 2, '重点任务'], ['三、', 1, 3, '保障措施']],
});

table('一是 / 二是 inline enumerations', [
  dun('in one sentence', '一是加强组织领导,二是完善工作机制,三是强化督导考核。'),
  dunLine('in one long line', '一是加强组织领导;二是完善工作机制;三是强化督导考核。'),
  dun('one a line', '一是加强组织领导。\n二是完善工作机制。\n三是强化督导考核。'),
  dun('indented, one a line', '  一是要加强组织领导。\n  二是要完善工作机制。'),
  paren('under (一)', '一是坚持党的领导,二是坚持人民至上。'),
  arabic('under 1.', '一是建立机制;二是明确责任。'),
  dun('after a lead-in', '主要有以下做法:一是强化领导,成立了领导小组;二是完善制度,出台了实施办法。'),
  dun3('三是 in the slot of 三、', '一是加强领导,二是完善机制,三是强化保障。'),
  dun('其一是 / 其二是', '其一是加强领导,其二是完善机制。'),
  chain('before 二、 三、', '一是加强领导。二是完善机制。三是强化保障。'),
  {
    name: 'inside a run-in heading of a one-line plan',
    text: '一、总体要求(一)指导思想。一是坚持改革;二是坚持创新。(二)基本原则。坚持人民至上。',
    expect: [['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '指导思想'], ['(二)', 2, 2, '基本原则']],
  },
]);

table('三级医院, 二、三季度, 三、四级手术 (numerals with measure words and numeral lists)', [
  dun('三级医院 / 二级医院', '全市三级医院全面推行,二级医院逐步推开。'),
  dun('二、三季度 at a line start', '二、三季度完成督导。'),
  dun3('三、四级手术 in the slot of 三、', '三、四级手术占比提高到85%。'),
  dunLine('二、三级公立医院in one long line', '全市二、三级公立医院全面推行。'),
  dun('二、三类', '二、三类疫苗接种率达到95%。'),
  dun('二、三产业', '二、三产业融合发展。'),
  dun('二、三月份', '二、三月份完成。'),
  dun('二、三批', '二、三批试点项目。'),
  dun3('三、四个方面', '三、四个方面取得突破。'),
  dun('二、三甲医院', '二、三甲医院对口帮扶。'),
  dun('第一、二批', '第一、二批试点。'),
  dun('二、三、四季度', '二、三、四季度分别开展1次。'),
  dun('quarter rows of a work-plan table', '一季度\t完成方案\n二、三季度\t推进实施\n四季度\t总结评估'),
]);

table('(一) in a citation', [
  paren('第三条(二)项 in the slot of (二)', '依照《条例》第三条(二)项规定执行。'),
  dun('第三条(一)项、(二)项 as a new level', '符合第三条(一)项、(二)项规定的。'),
  dun('第(一)项', '依照本办法第五条第(一)项规定执行。'),
  paren('本条第一款(二)、(三)项', '符合本条第一款(二)、(三)项情形的,不予受理。'),
  dun('(一)至(三)项 at a line start', '(一)至(三)项另行规定。'),
  paren('前款(二)项', '前款(二)项所列情形。'),
  paren('(二)款', '有第十条(二)款规定情形的。'),
  paren('〔二〕项', '按照第三条〔二〕项规定执行。'),
  {
    name: '第四条(2)项 in the slot of (2)',
    text: '1.加强领导\n(1)建立机制\n按照第四条(2)项执行。\n(2)明确责任',
    expect: [['1.', 1, 1, '加强领导'], ['(1)', 2, 1, '建立机制'], ['(2)', 2, 2, '明确责任']],
  },
  {
    name: 'in one long line',
    text: '一、总体要求(一)指导思想。依照《条例》第三条(二)项规定执行。(二)基本原则。坚持改革。',
    expect: [['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '指导思想'], ['(二)', 2, 2, '基本原则']],
  },
  {
    name: 'but 项目 and 款项 begin titles',
    text: '(一)项目建设\n(二)款项管理',
    expect: [['(一)', 1, 1, '项目建设'], ['(二)', 1, 2, '款项管理']],
  },
]);

table('1.5万, 2.3亿元, 4.9% (decimals)', [
  arabic('1.5万', '新增床位1.5万张。'),
  arabic('2.3亿元 in the slot of 2.', '投入2.3亿元。'),
  arabic('4.9%', '增长4.9%。'),
  arabic('2.5个百分点', '比上年提高2.5个百分点。'),
  arabic('2.93名', '每万人拥有2.93名全科医生。'),
  arabic3('3.5万 in the slot of 3.', '新增3.5万人。'),
  journal('2.1亿元 in the slot of 2.1', '投入2.1亿元。'),
  journal3('3.2% and 3.1万 before the bare 3', '增长3.2%,达到3.1万人。'),
  dun('2.3倍, 1.5万元', 'GDP增长2.3倍,人均1.5万元。'),
  {
    name: 'in one long line',
    text: '1.加强领导。增长2.5个百分点,投入2.3亿元。2.完善制度。',
    expect: TWO_ARABIC,
  },
  arabic('2.0版', '达到2.0版标准。'),
]);

table('dates', [
  arabic('2021.02.27', '于2021.02.27印发。'),
  arabic('2022年2月27日', '2022年2月27日印发。'),
  arabic('6月11-13日', '6月11-13日召开。'),
  dun('a date and 起施行', '2021年2月27日印发,3月1日起施行。'),
  journal('2.1日 in the slot of 2.1', '于2.1日前完成。'),
  arabic3('2022.3.1 in the slot of 3.', '于2022.3.1施行。'),
  arabic3('2022.3', '截至2022.3底。'),
  arabic('2月1日-3月1日', '2月1日-3月1日开展。'),
  dun('(2022年3月1日起施行)', '(2022年3月1日起施行)'),
  dun('二〇二二年二月二十七日', '二〇二二年二月二十七日'),
  {
    name: '1.2月 under a 1.',
    text: '一、总体要求\n(一)指导思想\n1.坚持原则\n2022年1.2月完成。\n2.明确目标',
    expect: [['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '指导思想'], ['1.', 3, 1, '坚持原则'], ['2.', 3, 2, '明确目标']],
  },
]);

table('第三条 citations', [
  article('本条例第三条规定', '依照本条例第三条规定执行。'),
  article('第三条第二款', '符合第三条第二款的,予以支持。'),
  article('按第三条执行', '按第三条执行。'),
  article('参照第三条', '参照第三条办理。'),
  article('第三条所列', '有第三条所列情形的,不予受理。'),
  article('第三条、第四条', '适用第三条、第四条的规定。'),
  article('除第三条外', '除第三条外,适用本条例。'),
  article('见第三条', '见第三条。'),
  article('根据第三条', '根据第三条确定。'),
  // A space ends a title that has begun (it stands for a lost line break), hence the short title.
  article('第三条 after a space', '本条例 第三条规定的部门负责。', '本条例'),
  {
    name: 'in one long line',
    text: '第一条 目的。第二条 违反第三条规定的,责令改正。第三条 范围。',
    expect: [['第一条', 1, 1, '目的'], ['第二条', 1, 2, '违反第三条规定的,责令改正'], ['第三条', 1, 3, '范围']],
  },
  {
    name: 'a chapter cited before it starts',
    text: '第一章 总则\n第一条 目的。\n第二条 本条例第二章另有规定的除外。\n第二章 职责\n第三条 范围。',
    expect: [['第一章', 1, 1, '总则'], ['第一条', 2, 1, '目的'], ['第二条', 2, 2, '本条例第二章另有规定的除外'], ['第二章', 1, 2, '职责'], ['第三条', 2, 3, '范围']],
  },
  dun('第五条第二款 in a notice', '依照本办法第五条第二款规定执行。'),
]);

table('①②③ run into a paragraph', [
  dun('no separators', '按照①自评②复核③运用的程序开展。'),
  dun('at a line start, then commas', '①自评,②复核,③运用。'),
  dun('a note', '注:①数据来源于统计局;②按可比价格计算。'),
  arabic('after a lead-in', '要做到①加强领导;②完善机制;③强化考核。'),
  dunLine('in one long line', '要做到①加强领导;②完善机制。'),
  paren('inside a sentence', '包括①门诊②住院③药品三类费用。'),
  dun('the first at a line start', '①为预期性指标,②为约束性指标。'),
  journal3('in a journal paragraph', '结果显示:①满意度提高;②等候时间缩短。'),
  dun('a list of circled numbers', '重点做好①②③项工作。'),
  dun('indicator references', '指标①②分别为预期性和约束性指标。'),
]);

table('numbers with measure words', [
  dun('4个方面', '围绕4个方面推进。'),
  dun('5大主题', '突出5大主题。'),
  arabic('2个中心', '建设2个中心。'),
  dun('1 个目标, 2 大任务', '1 个目标,2 大任务。'),
  journal3('3个方面 before the bare 3', '共3个方面。'),
  journal3('3 个 with a space', '共3 个方面。'),
  journal3('3月底前', '3月底前完成。'),
  journal3('3 例患者', '共纳入3 例患者。'),
  journal3('3 型糖尿病', '3 型糖尿病患者。'),
  journal3('3 家医院', '3 家医院参与。'),
  journal3('3 年来', '3 年来,成效明显。'),
]);

table('统一、规范 (一 inside a word before 、)', [
  dun('统一、', '坚持统一、规范、高效的原则。'),
  chain('统一、 before 二、 三、', '坚持统一、规范、高效的原则。'),
  chain('多规合一、', '实行多规合一、统筹管理。'),
  chain('始终如一、', '始终如一、坚持不懈。'),
  chain('其一、', '其一、加强领导。'),
  chain('唯一、', '实行唯一、权威的标准。'),
  chain('之一、', '作为重点之一、加快推进。'),
  chain('逐一、', '实施逐一、分类管理。'),
  chain('同一、 专一、 单一、', '同一、专一、单一的管理。'),
  chain('整齐划一、', '整齐划一、规范有序。'),
  chain('口径统一。', '做到数出一门、口径统一。'),
  dunLine('in one long line', '坚持统一、规范。'),
]);

/** The attachment list at the end of a notice, after the last heading. */
const attached = (name: string, list: string): Case => ({
  name, text: `一、总体要求\n二、保障措施\n(一)加强领导。\n${list}`,
  expect: [['一、', 1, 1, '总体要求'], ['二、', 1, 2, '保障措施'], ['(一)', 2, 1, '加强领导']],
});
table('附件: 1.… (a notice\'s attachment list)', [
  attached('one line', '附件:1.重点任务分工表 2.联系人名单'),
  attached('one a line', '附件:1.重点任务分工表\n2.联系人名单'),
  attached('the list on the next lines', '附件:\n1.重点任务分工表\n2.联系人名单'),
  attached('indented', '附件:1.重点任务分工表\n    2.联系人名单'),
  attached('1、', '附件:1、重点任务分工表\n2、联系人名单'),
  attached('(1)', '附件:(1)重点任务分工表\n(2)联系人名单'),
  attached('no colon', '附件 1.重点任务分工表\n2.联系人名单'),
  attached('three items', '附件:1.重点任务分工表\n2.联系人名单\n3.报送模板'),
  attached('after the signature', '某市卫生健康委员会\n2022年4月12日\n附件:1.重点任务分工表\n2.联系人名单'),
  attached('1) items', '附件:1)重点任务分工表\n2)联系人名单'),
]);
