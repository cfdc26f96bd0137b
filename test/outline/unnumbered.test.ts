import { describe, expect, it } from 'vitest';
import { ParseFile } from '../../src/file.js';
import { MappedText } from '../../src/clean/mapped-text.js';
import { buildOutline } from '../../src/outline/index.js';
import { scanCandidates } from '../../src/outline/candidates.js';
import { unnumberedDepth, withLayoutHeadings } from '../../src/outline/styles/unnumbered.js';
import type { TextLayout } from '../../src/clean/layout.js';
import { normalize } from '../../src/clean/normalize.js';
import { fold, fullWidth } from '../clean/helpers.js';

describe('unnumberedDepth: a layout heading takes its depth from its rank', () => {
  it.each([
    { name: 'the first heading', ranks: [], rank: 20, depth: 0 },
    { name: 'a headline under a label', ranks: [19], rank: 20, depth: 1 },
    { name: 'a sibling headline', ranks: [19, 20], rank: 20, depth: 1 },
    { name: 'the next label closes the headline and the label', ranks: [19, 20], rank: 19, depth: 0 },
    { name: 'an <h2> after an <h3> opened first takes its place', ranks: [3], rank: 2, depth: 0 },
    { name: 'under a numbered heading', ranks: [undefined], rank: 20, depth: 1 },
    { name: 'a label over numbered items closes them', ranks: [20, undefined, undefined], rank: 20, depth: 0 },
    { name: 'a bold line under the numbered items of an <h2>', ranks: [2, undefined], rank: 20, depth: 2 },
  ])('$name', ({ ranks, rank, depth }) => {
    expect(unnumberedDepth(ranks, rank)).toBe(depth);
  });
});

/** The layout of a text whose heading lines are given. */
function layoutOf(text: string, headings: Array<[string, number]>, rows: string[] = []): TextLayout {
  return {
    headings: headings.map(([line, rank]) => ({ at: text.indexOf(`${line}\n`), rank })),
    tableRows: rows.map((r) => [text.indexOf(r), text.indexOf(r) + r.length] as [number, number]),
  };
}

function rows(text: string, layout: TextLayout) {
  // Width folding keeps every index here: the layout's positions hold in the folded text.
  const { nodes } = buildOutline(normalize(MappedText.identity(text)), new ParseFile('a.md'), layout);
  return nodes.map((n) => [n.level, n.marker, n.style, n.ordinal, n.title]);
}

describe('buildOutline with the layout\'s headings', () => {
  it.each([
    { width: 'ascii', write: (s: string) => s },
    { width: 'full-width', write: fullWidth },
  ])('labels over headlines over numbered items ($width)', ({ write }) => {
    const lines = ['参保待遇', '医保家庭共济范围扩大', '职工医保个人账户可用于支付近亲属的费用。', '连续参保有激励',
      '1.连续参保满4年的,提高大病保险最高支付限额。', '2.当年基金零报销的,次年提高支付限额。', '医保药品', '新版药品目录增加34个药品', '正文。'].map(write);
    const text = `${lines.join('\n')}\n`;
    const layout = layoutOf(text, [[lines[0]!, 19], [lines[1]!, 20], [lines[3]!, 20], [lines[6]!, 19], [lines[7]!, 20]]);
    expect(rows(text, layout).map((r) => r.slice(0, 4))).toEqual([
      [1, '', 'unnumbered', null], [2, '', 'unnumbered', null], [2, '', 'unnumbered', null],
      [3, '1.', 'arabic-dot', 1], [3, '2.', 'arabic-dot', 2], [1, '', 'unnumbered', null], [2, '', 'unnumbered', null],
    ]);
    expect(rows(text, layout).filter((r) => r[2] === 'unnumbered').map((r) => r[4])).toEqual([lines[0], lines[1], lines[3], lines[6], lines[7]].map((l) => fold(l!)));
  });

  it('a numbered line set in bold stays numbered; a marker inside a heading line is a word of its title', () => {
    const text = '一、总体要求\n第1.5代医保系统上线\n正文。\n';
    const layout = layoutOf(text, [['一、总体要求', 20], ['第1.5代医保系统上线', 20]]);
    expect(rows(text, layout)).toEqual([[1, '一、', 'cn-dun', 1, '总体要求'], [2, '', 'unnumbered', null, '第1.5代医保系统上线']]);
  });

  it.each([
    { width: 'ascii', line: '一、一年至少认证一次' },
    { width: 'full-width', line: '（一）一年至少认证一次' },
  ])('a bold line opening with a numeral stays the numbering\'s, even where its marker is passed over ($width)', ({ line }) => {
    const text = normalize(MappedText.identity(`${line}\n正文。\n`)).text;
    expect(rows(text, layoutOf(text, [[text.split('\n')[0]!, 20]])).filter((r) => r[2] === 'unnumbered')).toEqual([]);
  });

  it('the whole line is the title, spaces and all', () => {
    const text = '国家 组织 药品集中采购\n正文。\n';
    expect(rows(text, layoutOf(text, [['国家 组织 药品集中采购', 2]]))).toEqual([[1, '', 'unnumbered', null, '国家 组织 药品集中采购']]);
  });

  it.each([
    { width: 'ascii', row: '1.门诊人次数与出院人次数比\t定量\t计算方法:门诊患者人次数/同期出院患者人次数。' },
    { width: 'full-width', row: '1．门诊人次数与出院人次数比\t定量\t计算方法：门诊患者人次数／同期出院患者人次数。' },
  ])('a numbered cell of a data-table row is no heading ($width)', ({ row }) => {
    const text = `一、总体要求\n正文。\n${row}\n二、指标体系\n`;
    expect(rows(text, layoutOf(text, [], [row])).map((r) => r[1])).toEqual(['一、', '二、']);
    // Without the layout (plain text) too: a line of tab-separated cells is a table row (outline/table-labels.ts).
    expect(rows(text, { headings: [], tableRows: [] }).map((r) => r[1])).toEqual(['一、', '二、']);
  });

  it('withLayoutHeadings leaves the candidates alone without a layout', () => {
    const text = '一、总体要求\n(一)目标\n';
    expect(withLayoutHeadings(scanCandidates(text), text, undefined)).toEqual(scanCandidates(text));
  });
});
