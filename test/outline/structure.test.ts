/**
 * The shape of the tree: levels by first appearance, mixed-style siblings, numbering gaps, lost and
 * garbled numerals, catalogues, headings run together in one long line, numbering continued across
 * sections, regulations, titles, and spans back into the source.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import type { Section } from '../../src/index.js';
import { fullWidth, outline, rowsOf, type Row } from './helpers.js';

const rowsBoth = (text: string) => ({ ascii: rowsOf(text), full: rowsOf(fullWidth(text)) });

function expectRows(text: string, want: Row[]): void {
  const { ascii, full } = rowsBoth(text);
  expect(ascii).toEqual(want);
  expect(full).toEqual(want);
}

describe('levels by order of first appearance', () => {
  it('GB/T 9704 order: 一、 → (一) → 1. → (1)', () => {
    expectRows('一、总体要求\n(一)指导思想\n1.坚持原则\n(1)具体要求\n(2)工作方法\n2.明确目标\n(二)基本原则\n二、重点任务\n(一)深化改革', [
      ['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '指导思想'], ['1.', 3, 1, '坚持原则'], ['(1)', 4, 1, '具体要求'], ['(2)', 4, 2, '工作方法'],
      ['2.', 3, 2, '明确目标'], ['(二)', 2, 2, '基本原则'], ['二、', 1, 2, '重点任务'], ['(一)', 2, 1, '深化改革'],
    ]);
  });

  it('a compilation deviates: 篇 → 一、 → 1、 → (一) (as in seed 003)', () => {
    expectRows('篇一:医改工作总结\n一、组织领导\n二、主要做法\n1、加快推进\n2、积极准备\n3、健全体系\n(一)加强建设\n(二)加强队伍\n三、促进均等化\n篇二:汇报\n一、主要做法', [
      ['篇一', 1, 1, '医改工作总结'], ['一、', 2, 1, '组织领导'], ['二、', 2, 2, '主要做法'], ['1、', 3, 1, '加快推进'], ['2、', 3, 2, '积极准备'],
      ['3、', 3, 3, '健全体系'], ['(一)', 4, 1, '加强建设'], ['(二)', 4, 2, '加强队伍'], ['三、', 2, 3, '促进均等化'], ['篇二', 1, 2, '汇报'], ['一、', 2, 1, '主要做法'],
    ]);
  });

  it('(1) before 1. puts 1. below it', () => {
    expectRows('一、总体要求\n(1)坚持原则\n1.具体要求\n二、重点任务\n(1)深化改革', [
      ['一、', 1, 1, '总体要求'], ['(1)', 2, 1, '坚持原则'], ['1.', 3, 1, '具体要求'], ['二、', 1, 2, '重点任务'], ['(1)', 2, 1, '深化改革'],
    ]);
  });

  it('levels are per parent: (一) under 一、 and 1. under 二、 are both level 2', () => {
    expectRows('一、总体要求\n(一)指导思想\n二、重点任务\n1.深化改革\n2.强化保障\n三、保障措施\n(一)加强领导', [
      ['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '指导思想'], ['二、', 1, 2, '重点任务'], ['1.', 2, 1, '深化改革'], ['2.', 2, 2, '强化保障'],
      ['三、', 1, 3, '保障措施'], ['(一)', 2, 1, '加强领导'],
    ]);
  });

  it('chapters with 一、 sections inside', () => {
    expectRows('第一章 总则\n一、适用范围\n二、基本原则\n第二章 职责\n一、市级职责', [
      ['第一章', 1, 1, '总则'], ['一、', 2, 1, '适用范围'], ['二、', 2, 2, '基本原则'], ['第二章', 1, 2, '职责'], ['一、', 2, 1, '市级职责'],
    ]);
  });
});

describe('siblings written in mixed styles stay one level', () => {
  it('1) 2) then (3) (as in seed 001)', () => {
    expectRows('一、总体要求\n1.宣讲\n1)宣讲主体\n2)宣讲对象\n(3)宣讲方式\n(4)宣讲程序\n2.内容', [
      ['一、', 1, 1, '总体要求'], ['1.', 2, 1, '宣讲'], ['1)', 3, 1, '宣讲主体'], ['2)', 3, 2, '宣讲对象'], ['(3)', 3, 3, '宣讲方式'], ['(4)', 3, 4, '宣讲程序'], ['2.', 2, 2, '内容'],
    ]);
  });
  it('(1) (2) then 3)', () => {
    expectRows('(1)宣讲主体\n(2)宣讲对象\n3)宣讲方式', [['(1)', 1, 1, '宣讲主体'], ['(2)', 1, 2, '宣讲对象'], ['3)', 1, 3, '宣讲方式']]);
  });
  it('1. 2. then 3、', () => {
    expectRows('1.加强领导\n2.完善机制\n3、强化保障', [['1.', 1, 1, '加强领导'], ['2.', 1, 2, '完善机制'], ['3、', 1, 3, '强化保障']]);
  });
});

describe('numbering gaps', () => {
  const cases: Array<{ text: string; rows: Row[]; message: string; at: string }> = [
    {
      text: '一、总体要求\n三、保障措施\n四、组织实施',
      rows: [['一、', 1, 1, '总体要求'], ['三、', 1, 3, '保障措施'], ['四、', 1, 4, '组织实施']],
      message: '二、 expected before 三、', at: '三、',
    },
    {
      text: '一、总体要求\n(一)目标\n(三)原则\n二、重点任务',
      rows: [['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '目标'], ['(三)', 2, 3, '原则'], ['二、', 1, 2, '重点任务']],
      message: '(二) expected before (三)', at: '(三)',
    },
    {
      text: '1.加强领导\n3.强化保障\n4.严格考核',
      rows: [['1.', 1, 1, '加强领导'], ['3.', 1, 3, '强化保障'], ['4.', 1, 4, '严格考核']],
      message: '2. expected before 3.', at: '3.',
    },
    {
      text: '第一条 目的。\n第三条 范围。',
      rows: [['第一条', 1, 1, '目的'], ['第三条', 1, 3, '范围']],
      message: '第二条 expected before 第三条', at: '第三条',
    },
    {
      text: '二、重点任务\n三、保障措施',
      rows: [['二、', 1, 2, '重点任务'], ['三、', 1, 3, '保障措施']],
      message: '一、 expected before 二、', at: '二、',
    },
  ];
  it.each(cases)('$message', ({ text, rows, message, at }) => {
    const r = outline(text);
    expect(r.rows).toEqual(rows);
    const gaps = r.file.messages.filter((m) => m.code === 'numbering-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.severity).toBe('warning');
    expect(gaps[0]!.message).toBe(message);
    expect(text.slice(gaps[0]!.span![0], gaps[0]!.span![1])).toBe(at);
  });
  it('no gap, no diagnostic', () => {
    expect(outline('一、总体要求\n(一)目标\n(二)原则\n二、重点任务').codes).not.toContain('numbering-gap');
  });
});

describe('lost and garbled numerals are inferred from the sequence', () => {
  const cases: Array<{ name: string; text: string; rows: Row[]; inferred: number }> = [
    {
      name: 'a lost numeral (、主要任务) between 一、 and 三、',
      text: '一、总体要求\n、主要任务\n三、实施步骤',
      rows: [['一、', 1, 1, '总体要求'], ['二、', 1, 2, '主要任务'], ['三、', 1, 3, '实施步骤']], inferred: 1,
    },
    {
      name: 'a garbled numeral (?、) between 一、 and 三、, title kept with its ?',
      text: '一、总体要求\n?、完善医保?付政策\n三、保障措施',
      rows: [['一、', 1, 1, '总体要求'], ['二、', 1, 2, '完善医保?付政策'], ['三、', 1, 3, '保障措施']], inferred: 1,
    },
    {
      name: 'two garbled numerals before 三、',
      text: '?、因地制宜推进建设\n?、完善医保政策\n三、加强监管',
      rows: [['一、', 1, 1, '因地制宜推进建设'], ['二、', 1, 2, '完善医保政策'], ['三、', 1, 3, '加强监管']], inferred: 2,
    },
    {
      name: 'between 七、 and 九、, and after 九、 at the end (as in seed 002)',
      text: '一、甲项\n二、乙项\n三、丙项\n四、丁项\n五、戊项\n六、己项\n七、庚项\n?、做实家庭医?签约服务\n九、壬项\n?、推进信息化建设',
      rows: [
        ['一、', 1, 1, '甲项'], ['二、', 1, 2, '乙项'], ['三、', 1, 3, '丙项'], ['四、', 1, 4, '丁项'], ['五、', 1, 5, '戊项'], ['六、', 1, 6, '己项'],
        ['七、', 1, 7, '庚项'], ['八、', 1, 8, '做实家庭医?签约服务'], ['九、', 1, 9, '壬项'], ['十、', 1, 10, '推进信息化建设'],
      ],
      inferred: 2,
    },
    {
      name: 'a garbled (?) between (一) and (三)',
      text: '(一)加强领导\n(?)完善机制\n(三)强化保障',
      rows: [['(一)', 1, 1, '加强领导'], ['(二)', 1, 2, '完善机制'], ['(三)', 1, 3, '强化保障']], inferred: 1,
    },
    {
      name: 'a garbled character before 、 in body text leaves no slot: not a heading',
      text: '一、总体要求\n二、重点任务\n(一)深化改革\n?、结余留?、合理超?分担\n(二)强化保障\n三、保障措施',
      rows: [['一、', 1, 1, '总体要求'], ['二、', 1, 2, '重点任务'], ['(一)', 2, 1, '深化改革'], ['(二)', 2, 2, '强化保障'], ['三、', 1, 3, '保障措施']], inferred: 0,
    },
  ];
  it.each(cases)('$name', ({ text, rows, inferred }) => {
    const r = outline(text);
    expect(r.rows).toEqual(rows);
    expect(r.codes.filter((c) => c === 'numeral-inferred')).toHaveLength(inferred);
    // ordinal is null only when nothing can be inferred; every heading here has a place in its sequence.
    expect(r.nodes.every((n) => n.ordinal !== null)).toBe(true);
  });
  it('the numeral-inferred diagnostic points at the marker', () => {
    const text = '一、总体要求\n、主要任务\n三、实施步骤';
    const d = outline(text).file.messages.find((m) => m.code === 'numeral-inferred')!;
    expect(d.severity).toBe('info');
    expect(text.slice(d.span![0], d.span![1])).toBe('、');
    expect(d.message).toContain('inferred as 2');
  });
});

describe('catalogues', () => {
  const catalogue = '一、深化改革 1.持续深化公立医院改革 2.对标XXX市绩效考核 二、完善公共卫生 1.加快应急体系建设\n'
    + '一、深化改革\n1.持续深化公立医院改革\n一季度完成方案。\n2.对标市绩效考核\n四季度完成考核。';
  it('a catalogue and its repeated detail give one tree, no heading twice', () => {
    const r = outline(catalogue);
    expect(r.rows).toEqual([
      ['一、', 1, 1, '深化改革'], ['1.', 2, 1, '持续深化公立医院改革'], ['2.', 2, 2, '对标XXX市绩效考核'],
      ['二、', 1, 2, '完善公共卫生'], ['1.', 2, 1, '加快应急体系建设'],
    ]);
    const seen = r.rows.map(([m, l, , t]) => `${l}${m}${t}`);
    expect(new Set(seen).size).toBe(seen.length);
  });
  it('reports the catalogue as info', () => {
    const d = outline(catalogue).file.messages.filter((m) => m.code === 'catalogue');
    expect(d).toHaveLength(1);
    expect(d[0]!.severity).toBe('info');
  });
  it('attaches the detail to the catalogue entry (even with a slightly different title)', () => {
    const r = outline(catalogue);
    const bodyOf = (title: string) => r.nodes.find((n) => n.title === title)!.body!.map(([a, b]) => r.text.slice(a, b)).join('');
    expect(bodyOf('持续深化公立医院改革')).toContain('一季度完成方案');
    expect(bodyOf('对标XXX市绩效考核')).toContain('四季度完成考核');
  });
  it('a regulation\'s 目录 of chapters, then the chapters', () => {
    const r = outline('目录\n第一章 总则\n第二章 职责\n第三章 附则\n第一章 总则\n第一条 目的。\n第二章 职责\n第二条 市政府负责。\n第三章 附则\n第三条 施行日期。');
    expect(r.rows).toEqual([
      ['第一章', 1, 1, '总则'], ['第一条', 2, 1, '目的'], ['第二章', 1, 2, '职责'], ['第二条', 2, 2, '市政府负责'], ['第三章', 1, 3, '附则'], ['第三条', 2, 3, '施行日期'],
    ]);
    expect(r.codes).toContain('catalogue');
  });
  it('a garbled numeral in the detail attaches to its catalogue entry instead of adding a second 一、', () => {
    const r = outline('篇一:总结 一、做法 二、成效\n篇一:总结\n?、做法\n内容A。\n二、成效\n内容B。');
    expect(r.rows).toEqual([['篇一', 1, 1, '总结'], ['一、', 2, 1, '做法'], ['二、', 2, 2, '成效']]);
    const first = r.nodes[1]!;
    expect(first.body!.map(([a, b]) => r.text.slice(a, b)).join('')).toContain('内容A');
  });
  it('a journal article\'s table of contents, then its sections', () => {
    const r = outline('目录\n1 引言\n2 方法\n2.1 数据\n2.2 分析\n3 结果\n1 引言\n本文研究。\n2 方法\n2.1 数据\n数据来自年鉴。\n2.2 分析\n采用回归。\n3 结果\n结果显著。');
    expect(r.rows).toEqual([['1', 1, 1, '引言'], ['2', 1, 2, '方法'], ['2.1', 2, 1, '数据'], ['2.2', 2, 2, '分析'], ['3', 1, 3, '结果']]);
    expect(r.codes).toContain('catalogue');
    const data = r.nodes.find((n) => n.marker === '2.1')!;
    expect(data.body!.map(([a, b]) => r.text.slice(a, b)).join('')).toContain('数据来自年鉴');
  });
  it('a one-line catalogue of run-in headings, then the detail at line starts', () => {
    expectRows('一、总体要求(一)指导思想;(二)基本原则;二、重点任务(一)深化改革;(二)强化保障\n一、总体要求\n(一)指导思想\n内容。\n(二)基本原则\n内容。', [
      ['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '指导思想'], ['(二)', 2, 2, '基本原则'], ['二、', 1, 2, '重点任务'], ['(一)', 2, 1, '深化改革'], ['(二)', 2, 2, '强化保障'],
    ]);
  });
});

describe('a notice with numbered items, then its attachment with an outline of its own', () => {
  const text = '关于做好某项工作的通知\n各单位:\n现将有关事项通知如下:\n一、高度重视\n各单位要高度重视。\n二、认真落实\n请认真落实。\n'
    + '附件\n某某实施方案\n一、总体要求\n内容。\n二、重点任务\n(一)深化改革\n内容。\n三、保障措施\n内容。';
  it('the attachment\'s 一、 starts the numbering again', () => {
    expectRows(text, [
      ['一、', 1, 1, '高度重视'], ['二、', 1, 2, '认真落实'],
      ['一、', 1, 1, '总体要求'], ['二、', 1, 2, '重点任务'], ['(一)', 2, 1, '深化改革'], ['三、', 1, 3, '保障措施'],
    ]);
    expect(outline(text).codes).toContain('numbering-restart');
  });
  it('but a catalogue\'s repeat is no restart', () => {
    const r = outline('一、总体要求\n二、重点任务\n一、总体要求\n内容。\n二、重点任务\n内容。');
    expect(r.rows).toEqual([['一、', 1, 1, '总体要求'], ['二、', 1, 2, '重点任务']]);
    expect(r.codes).not.toContain('numbering-restart');
  });
  it('nor is an inline list in a body', () => {
    const r = outline('一、总体要求\n二、重点任务\n做好:一、加强领导;二、完善机制。\n三、保障措施');
    expect(r.rows).toEqual([['一、', 1, 1, '总体要求'], ['二、', 1, 2, '重点任务'], ['三、', 1, 3, '保障措施']]);
  });
});

describe('headings run together in one long line', () => {
  it('a national plan: 一、 and (一) run in, (一) numbered on across 二、', () => {
    const text = '深化医药卫生体制改革2022年重点工作任务 重点抓好以下工作:一、加快构建有序的就医和诊疗新格局(一)发挥国家医学中心引领作用。推进建设。(国家发展改革委牵头,财政部按职责分工负责)(二)增强市县级医院服务能力。实施"千县工程"。(国家卫生健康委负责)二、深入推广三明市医改经验(三)加大经验推广力度。各省份结合实际推广。(国家卫生健康委牵头,各有关部门按职责分工负责)(四)推进医疗服务价格改革。建立机制。(国家医保局牵头)';
    expectRows(text, [
      ['一、', 1, 1, '加快构建有序的就医和诊疗新格局'], ['(一)', 2, 1, '发挥国家医学中心引领作用'], ['(二)', 2, 2, '增强市县级医院服务能力'],
      ['二、', 1, 2, '深入推广三明市医改经验'], ['(三)', 2, 3, '加大经验推广力度'], ['(四)', 2, 4, '推进医疗服务价格改革'],
    ]);
  });
  it('numbering restarted under each 一、 in one line', () => {
    expectRows('一、总体要求(一)指导思想。以人民为中心。(二)基本原则。坚持改革。二、重点任务(一)深化改革。推进改革。(二)强化保障。加强投入。', [
      ['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '指导思想'], ['(二)', 2, 2, '基本原则'], ['二、', 1, 2, '重点任务'], ['(一)', 2, 1, '深化改革'], ['(二)', 2, 2, '强化保障'],
    ]);
  });
  it('run-in headings followed by line-start ones (as in seed 004)', () => {
    expectRows('一、总体要求(一)指导思想。以人民为中心。(二)基本原则。坚持改革。二、重点任务\n(一)深化改革\n(二)强化保障', [
      ['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '指导思想'], ['(二)', 2, 2, '基本原则'], ['二、', 1, 2, '重点任务'], ['(一)', 2, 1, '深化改革'], ['(二)', 2, 2, '强化保障'],
    ]);
  });
  it('1. numbered on under each 二、 at line starts', () => {
    expectRows('一、总体要求\n1.坚持原则\n2.明确目标\n二、重点任务\n3.深化改革\n4.强化保障', [
      ['一、', 1, 1, '总体要求'], ['1.', 2, 1, '坚持原则'], ['2.', 2, 2, '明确目标'], ['二、', 1, 2, '重点任务'], ['3.', 2, 3, '深化改革'], ['4.', 2, 4, '强化保障'],
    ]);
  });
  it('an inline enumeration does not take the slot of the next line-start heading', () => {
    expectRows('一、总体要求\n做好以下工作:一、加强领导;二、完善机制;三、强化保障。\n二、重点任务\n三、保障措施', [
      ['一、', 1, 1, '总体要求'], ['二、', 1, 2, '重点任务'], ['三、', 1, 3, '保障措施'],
    ]);
    expectRows('一、总体要求\n二、重点任务\n要做到(一)加强领导;(二)完善机制。\n(一)深化改革\n(二)强化保障', [
      ['一、', 1, 1, '总体要求'], ['二、', 1, 2, '重点任务'], ['(一)', 2, 1, '深化改革'], ['(二)', 2, 2, '强化保障'],
    ]);
  });
});

describe('regulations: 第X章 → 第X条', () => {
  const text = '第一章 总则\n第一条 为了规范管理,制定本条例。\n第二条 本条例适用于全市。\n第二章 职责\n'
    + '第三条 有下列情形之一的,按第四条执行:\n(一)未经批准擅自执业的;\n(二)超范围执业的。\n第四条 由卫生健康主管部门责令改正。\n'
    + '第五条 违反本条例第三条规定的,依照第二条处理。\n(一)情节轻微的,予以警告;\n(二)情节严重的,依法处理。\n第三章 附则\n第六条 本条例自2022年1月1日起施行。';
  it('articles numbered on across chapters, items restart in each article, citations are no headings', () => {
    expectRows(text, [
      ['第一章', 1, 1, '总则'], ['第一条', 2, 1, '为了规范管理,制定本条例'], ['第二条', 2, 2, '本条例适用于全市'],
      ['第二章', 1, 2, '职责'], ['第三条', 2, 3, '有下列情形之一的,按第四条执行'], ['(一)', 3, 1, '未经批准擅自执业的'], ['(二)', 3, 2, '超范围执业的'],
      ['第四条', 2, 4, '由卫生健康主管部门责令改正'], ['第五条', 2, 5, '违反本条例第三条规定的,依照第二条处理'], ['(一)', 3, 1, '情节轻微的,予以警告'], ['(二)', 3, 2, '情节严重的,依法处理'],
      ['第三章', 1, 3, '附则'], ['第六条', 2, 6, '本条例自2022年1月1日起施行'],
    ]);
    expect(outline(text).codes).not.toContain('numbering-gap');
  });
  it('in one line with no spaces', () => {
    expectRows('第一章总则第一条为了规范,制定本办法。第二条本办法适用于全市。第二章职责第三条市政府负责,按第四条执行。第四条区政府配合。', [
      ['第一章', 1, 1, '总则'], ['第一条', 2, 1, '为了规范,制定本办法'], ['第二条', 2, 2, '本办法适用于全市'],
      ['第二章', 1, 2, '职责'], ['第三条', 2, 3, '市政府负责,按第四条执行'], ['第四条', 2, 4, '区政府配合'],
    ]);
  });
});

describe('titles', () => {
  it.each([
    ['up to 。', '一、总体要求。坚持人民至上。', '总体要求'],
    ['up to ;', '一、总体要求;坚持人民至上。', '总体要求'],
    ['up to :', '一、总体要求:坚持人民至上。', '总体要求'],
    ['up to the line end', '一、总体要求\n坚持人民至上。', '总体要求'],
    ['a sentence heading keeps its commas', '一、推进分级诊疗,提高基层服务能力。', '推进分级诊疗,提高基层服务能力'],
    ['trailing punctuation dropped', '一、总体要求,\n坚持人民至上。', '总体要求'],
    ['a year first', '一、2022年工作回顾\n内容。', '2022年工作回顾'],
    // Typeset and PDF-exported text sets a space between digits and Chinese ("2023 年").
    ['a year first, spaced from 年', '一、2023 年工作回顾\n内容。\n二、2024 年重点工作\n内容。', '2023 年工作回顾'],
    ['an item with a spaced year (the space inside the title is read away)', '1.2024 年目标\n内容。\n2.2025 年目标\n内容。', '2024年目标'],
    ['a Latin abbreviation first', '一、CT设备配置\n内容。', 'CT设备配置'],
    ['quotes first', '一、“十四五”时期发展成效\n内容。', '“十四五”时期发展成效'],
    ['a book title first', '一、《条例》解读\n内容。', '《条例》解读'],
  ])('%s', (_name, text, title) => {
    expect(rowsOf(text)[0]![3]).toBe(title);
    expect(rowsOf(fullWidth(text))[0]![3]).toBe(title);
  });
  it('up to the next run-in marker', () => {
    expect(rowsOf('一、打好健康扶贫攻坚战(一)精准推动政策落实。内容。').map((r) => r[3])).toEqual(['打好健康扶贫攻坚战', '精准推动政策落实']);
  });
  it('run-on titles are cut where their siblings\' shared ending says the heading ends (as in seed 001)', () => {
    expect(rowsOf('1)构建运营管理组织体系上有行动三级医院全面推行总会计师制度。\n2)明确运营管理重点任务上有行动。\n3)优化资源配置上有行动。\n4)加强成本管控上有行动。').map((r) => r[3])).toEqual([
      '构建运营管理组织体系上有行动', '明确运营管理重点任务上有行动', '优化资源配置上有行动', '加强成本管控上有行动',
    ]);
  });
});

describe('spans point back into the source as written', () => {
  const flat = (list: Section[]): Section[] => list.flatMap((s) => [s, ...flat(s.children)]);
  it('full-width source: the span is the marker and title as typed', () => {
    const source = '一、总体要求\n（一）指导思想。以人民为中心。\n１．坚持原则\n（１）具体要求，细化措施\n二、重点任务';
    const doc = parse(source, { includeText: true });
    const text = [...doc.source.text!];
    expect(flat(doc.sections).map((s) => text.slice(s.span[0], s.span[1]).join(''))).toEqual([
      '一、总体要求', '（一）指导思想', '１．坚持原则', '（１）具体要求，细化措施', '二、重点任务',
    ]);
    expect(flat(doc.sections).map((s) => s.marker)).toEqual(['一、', '(一)', '1.', '(1)', '二、']);
  });
  it('spans count code points (an emoji before the outline shifts them by one each)', () => {
    const doc = parse('😀通知\n一、总体要求\n二、重点任务', { includeText: true });
    const text = [...doc.source.text!];
    expect(doc.sections.map((s) => text.slice(s.span[0], s.span[1]).join(''))).toEqual(['一、总体要求', '二、重点任务']);
  });
  it('a section\'s style and id follow the contract', () => {
    const doc = parse('一、总体要求\n(一)指导思想\n1.坚持原则\n1)具体\n(1)细则\n①要点\n②难点\n二、重点任务');
    const all = flat(doc.sections);
    expect(all.map((s) => [s.id, s.style])).toEqual([
      ['s1', 'cn-dun'], ['s1.1', 'cn-paren'], ['s1.1.1', 'arabic-dot'], ['s1.1.1.1', 'arabic-right-paren'], ['s1.1.1.1.1', 'arabic-paren'], ['s1.1.1.1.1.1', 'circled'], ['s1.1.1.1.1.2', 'circled'], ['s2', 'cn-dun'],
    ]);
  });
});

describe('real documents (issue 13): numeral titles, colons, gaps, enumerations, run-together catalogues', () => {
  it('a title may open with a year, at a line start or run together after a sentence end', () => {
    expectRows('一、重点任务\n1.2022年底前完成建设。\n2.推进改革。', [['一、', 1, 1, '重点任务'], ['1.', 2, 1, '2022年底前完成建设'], ['2.', 2, 2, '推进改革']]);
    expectRows('一、重点任务(一)深化改革。具体措施:1.2021年6月底前研究提出方案。(某部牵头)2.推进改革。(某部负责)3.2020年底前开展专项治理。(某局负责)', [
      ['一、', 1, 1, '重点任务'], ['(一)', 2, 1, '深化改革'], ['1.', 3, 1, '2021年6月底前研究提出方案'], ['2.', 3, 2, '推进改革'], ['3.', 3, 3, '2020年底前开展专项治理'],
    ]);
  });
  it('a title may open with a count at a line start (1. 80周岁…, 1.80周岁… beside 2.)', () => {
    expectRows('(一)第一类对象。\n1. 分散供养人员;\n2. 100周岁及以上的;\n(二)第二类对象。\n1.80周岁及以上的;\n2.纯老家庭人员。', [
      ['(一)', 1, 1, '第一类对象'], ['1.', 2, 1, '分散供养人员'], ['2.', 2, 2, '100周岁及以上的'], ['(二)', 1, 2, '第二类对象'], ['1.', 2, 1, '80周岁及以上的'], ['2.', 2, 2, '纯老家庭人员'],
    ]);
  });
  it('a title with a Latin word inside, at a line start', () => {
    expectRows('(一)婴幼儿,符合下列其中一项:\n1. 为HIV感染母亲所生,分离试验阳性;\n2. 为HIV感染母亲所生,两次检测阳性。', [
      ['(一)', 1, 1, '婴幼儿,符合下列其中一项'], ['1.', 2, 1, '为HIV感染母亲所生,分离试验阳性'], ['2.', 2, 2, '为HIV感染母亲所生,两次检测阳性'],
    ]);
  });
  it('an article at a line start whose title opens with 以下/和 is the article, not a citation', () => {
    expectRows('第二十二条 申请应当符合下列条件:\n(一)年满18周岁。\n第二十三条以下情形不纳入家庭收入计算范围:\n(一)抚恤金;\n(二)自有住房。\n第二十四条和第二十三条所称住房,按产权证认定。', [
      ['第二十二条', 1, 22, '申请应当符合下列条件'], ['(一)', 2, 1, '年满18周岁'], ['第二十三条', 1, 23, '以下情形不纳入家庭收入计算范围'],
      ['(一)', 2, 1, '抚恤金'], ['(二)', 2, 2, '自有住房'], ['第二十四条', 1, 24, '和第二十三条所称住房,按产权证认定'],
    ]);
    // Inside a line it stays a citation.
    expectRows('第五条 依照本办法第二十三条以下的规定执行。\n第六条 本办法自印发之日起施行。', [['第五条', 1, 5, '依照本办法第二十三条以下的规定执行'], ['第六条', 1, 6, '本办法自印发之日起施行']]);
  });
  it('第一部分:title keeps its title after the colon', () => {
    expectRows('第一部分:一类病种\n一、高血压病\n第二部分:二类病种\n二、精神分裂症', [
      ['第一部分', 1, 1, '一类病种'], ['一、', 2, 1, '高血压病'], ['第二部分', 1, 2, '二类病种'], ['二、', 2, 2, '精神分裂症'],
    ]);
  });
  it('items enumerated inside a sentence after a colon are no headings', () => {
    expectRows('一、招生对象\n(一)优先条件。包括:(1)幼儿与父母同住的;(2)业主是祖辈的;(3)唯一居住地的。\n(二)报名材料。', [
      ['一、', 1, 1, '招生对象'], ['(一)', 2, 1, '优先条件'], ['(二)', 2, 2, '报名材料'],
    ]);
    expectRows('一、诊断标准\n1.典型症状。\n2.至少符合下列1项特征:(1)肌肉僵直;(2)静止性震颤;(3)姿势不稳。\n3.排除其他疾病。', [
      ['一、', 1, 1, '诊断标准'], ['1.', 2, 1, '典型症状'], ['2.', 2, 2, '至少符合下列1项特征'], ['3.', 2, 3, '排除其他疾病'],
    ]);
  });
  it('in a text whose headings open their lines, a list started after a colon mid-paragraph is the paragraph\'s', () => {
    expectRows('一、报名\n(一)材料。\n资格审核时须提供如下证明材料:(1)户口簿。如有其它情况,另行提供。(2)其它有关资料。\n(二)时间。', [
      ['一、', 1, 1, '报名'], ['(一)', 2, 1, '材料'], ['(二)', 2, 2, '时间'],
    ]);
  });
  it('a lost marker does not drop the later siblings run together after a sentence end', () => {
    const text = '一、总体要求(一)指导思想。坚持改革。(二)基本原则。坚持创新。(四)主要目标。到2025年完成。(五)实施步骤。分步推进。二、重点任务(一)深化改革。推进改革。';
    expectRows(text, [
      ['一、', 1, 1, '总体要求'], ['(一)', 2, 1, '指导思想'], ['(二)', 2, 2, '基本原则'], ['(四)', 2, 4, '主要目标'], ['(五)', 2, 5, '实施步骤'],
      ['二、', 1, 2, '重点任务'], ['(一)', 2, 1, '深化改革'],
    ]);
    expect(outline(text).codes).toContain('numbering-gap');
  });
  it('a catalogue run together, its next chapter glued to the title before it, is the body\'s catalogue', () => {
    expectRows('目录\n第一章 发展基础 第一节 主要成效第二章 总体要求 第一节 主要目标\n第一章 发展基础\n第一节 主要成效\n内容。\n第二章 总体要求\n第一节 主要目标\n内容。', [
      ['第一章', 1, 1, '发展基础'], ['第一节', 2, 1, '主要成效'], ['第二章', 1, 2, '总体要求'], ['第一节', 2, 1, '主要目标'],
    ]);
  });
  it('but a chapter cited in a sentence is none', () => {
    expectRows('第一章 总则\n第一条 适用范围。按本条例第二章规定执行。\n第二章 职责\n第二条 职责分工。', [
      ['第一章', 1, 1, '总则'], ['第一条', 2, 1, '适用范围'], ['第二章', 1, 2, '职责'], ['第二条', 2, 2, '职责分工'],
    ]);
  });
});
