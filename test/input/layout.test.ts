import { describe, expect, it } from 'vitest';
import { BOLD_RANK, isHeadingText, mergeDrops, rankBoldRuns, type LayoutDrop } from '../../src/input/layout.js';
import { inBothWidths } from '../clean/helpers.js';

describe('isHeadingText: can a line the markup sets as a heading be an outline heading', () => {
  const TITLE = '某市卫生健康委员会关于印发推进某市家庭医生签约服务高质量发展实施方案的通知';
  it.each(inBothWidths([
    { name: 'a short label', text: '参保待遇', heading: true },
    { name: 'a headline with quotes', text: '医保“家庭共济”范围扩大至近亲属', heading: true },
    { name: 'a headline with a number', text: '新版药品目录增加34个药品', heading: true },
    { name: 'a headline with a parenthesis', text: '电脑派位实施(此点仅与公办园相关)', heading: true },
    { name: 'a bold sentence: emphasis', text: '各区要高度重视,切实加强组织领导。', heading: false },
    { name: 'two clauses with a semicolon', text: '提高站位;压实责任', heading: false },
    { name: 'a lead-in ending in a colon', text: '具体要求如下:', heading: false },
    { name: 'too long for a heading', text: '这是一段很长的加粗文字用来强调某项工作的重要意义和具体的实施路径以及各部门应当承担的责任和需要完成的各项任务指标', heading: false },
    { name: 'an annex label', text: '附件1', heading: false },
    { name: 'a label and its value', text: '联系人:张三 电话12345', heading: false },
    { name: 'a date (the signature\'s)', text: '2024年3月1日', heading: false },
    { name: 'a remark in brackets', text: '(此件公开发布)', heading: false },
    { name: 'a document number', text: '某卫发〔2024〕12号', heading: false },
    { name: 'a headline with a year', text: '2025年起实施新版目录', heading: true },
    { name: 'an annex label with a colon', text: '附件:', heading: false },
    { name: 'the document title', text: TITLE, heading: false },
    { name: 'the title of the plan a notice transmits', text: '关于推进某市家庭医生签约服务高质量发展实施方案', heading: false },
    { name: 'empty', text: '  ', heading: false },
  ]))('$name ($width) → $heading', ({ text, heading, write }) => {
    expect(isHeadingText(write(text), [TITLE])).toBe(heading);
  });
});

describe('rankBoldRuns: bold lines in a row head the ones after them', () => {
  const at = (text: string, line: string) => { const i = text.indexOf(line); return [i, i + line.length] as [number, number]; };
  it('a label then a headline: 19, 20; a lone headline after text: 20', () => {
    const text = '参保待遇\n医保家庭共济\n正文一。\n连续参保有激励\n正文二。\n医保药品\n新版目录\n正文三。';
    const headings = ['参保待遇', '医保家庭共济', '连续参保有激励', '医保药品', '新版目录'].map((l) => ({ range: at(text, l), rank: BOLD_RANK }));
    expect(rankBoldRuns(text, headings).map((h) => h.rank)).toEqual([19, 20, 20, 19, 20]);
  });

  it('three in a row: 18, 19, 20', () => {
    const text = '甲\n乙\n丙\n正文。';
    expect(rankBoldRuns(text, ['甲', '乙', '丙'].map((l) => ({ range: at(text, l), rank: BOLD_RANK }))).map((h) => h.rank)).toEqual([18, 19, 20]);
  });

  it('a # heading before a bold line keeps its rank; the bold line is not promoted by it', () => {
    const text = '总体要求\n工作目标\n正文。';
    expect(rankBoldRuns(text, [{ range: at(text, '总体要求'), rank: 2 }, { range: at(text, '工作目标'), rank: BOLD_RANK }]).map((h) => h.rank)).toEqual([2, 20]);
  });

  it('text between two bold lines: both headlines', () => {
    const text = '甲\n正文。\n乙\n正文。';
    expect(rankBoldRuns(text, ['甲', '乙'].map((l) => ({ range: at(text, l), rank: BOLD_RANK }))).map((h) => h.rank)).toEqual([20, 20]);
  });
});

describe('mergeDrops: blocks of one kind next to each other are one report', () => {
  const d = (s: number, e: number, note = 'hidden block', kind: LayoutDrop['kind'] = 'boilerplate'): LayoutDrop => ({ range: [s, e], kind, note });
  it.each([
    { name: 'adjacent', text: 'aaaa\nbbbb\ncccc', drops: [d(0, 5), d(5, 10)], merged: [[0, 10]] },
    { name: 'with white space between', text: 'aaaa\n  \nbbbb', drops: [d(0, 5), d(8, 12)], merged: [[0, 12]] },
    { name: 'text between', text: 'aaaa\nxx\nbbbb', drops: [d(0, 5), d(8, 12)], merged: [[0, 5], [8, 12]] },
    { name: 'other notes', text: 'aaaa\nbbbb', drops: [d(0, 5), d(5, 9, 'metadata table')], merged: [[0, 5], [5, 9]] },
    { name: 'out of order', text: 'aaaa\nbbbb', drops: [d(5, 9), d(0, 5)], merged: [[0, 9]] },
  ])('$name', ({ text, drops, merged }) => {
    expect(mergeDrops(text, drops).map((m) => m.range)).toEqual(merged);
  });

  it('copies are never merged: each has its own original', () => {
    const copy = (s: number, e: number): LayoutDrop => ({ range: [s, e], kind: 'page-copy', note: 'hidden copy of the page text', of: [20, 24] });
    expect(mergeDrops('aaaa\nbbbb', [copy(0, 5), copy(5, 9)])).toHaveLength(2);
  });
});
