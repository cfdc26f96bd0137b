import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { ParseFile } from '../../src/file.js';
import type { Layout } from '../../src/input/layout.js';
import { fold, inBothWidths } from './helpers.js';

/** A layout over `text` whose blocks and headings are given by their text. */
function layout(text: string, spec: { drops?: Array<[string, 'boilerplate' | 'page-copy', string?]>; headings?: Array<[string, number]>; rows?: string[] }): Layout {
  const range = (s: string): [number, number] => { const i = text.indexOf(s); return [i, i + s.length]; };
  return {
    drops: (spec.drops ?? []).map(([s, kind, of]) => ({ range: range(s), kind, note: kind === 'page-copy' ? 'hidden copy of the page text' : 'hidden block', ...(of ? { of: range(of) } : {}) })),
    headings: (spec.headings ?? []).map(([s, rank]) => ({ range: range(s), rank })),
    tableRows: (spec.rows ?? []).map(range),
  };
}

describe('the layout through the cleaner', () => {
  it.each(inBothWidths([{ name: 'blocks' }]))('its blocks are dropped and reported with their source spans ($width)', ({ write }) => {
    const text = write('用户登录 您好 退出\n一、总体要求\n(一)各单位要高度重视,6月底前完成。\n网络支持 IPv6 网络\n');
    const file = new ParseFile('a.html');
    const cleaned = clean(text, file, {}, layout(text, { drops: [[write('用户登录 您好 退出\n'), 'boilerplate'], [write('网络支持 IPv6 网络\n'), 'boilerplate']] }));
    expect(cleaned.text.text).toBe(fold(write('一、总体要求\n(一)各单位要高度重视,6月底前完成。\n')));
    expect(file.copies.map((c) => [c.kind, c.note, text.slice(...c.span)])).toEqual([
      ['boilerplate', 'hidden block', write('用户登录 您好 退出\n')],
      ['boilerplate', 'hidden block', write('网络支持 IPv6 网络\n')],
    ]);
  });

  it('a copy keeps its original', () => {
    const text = '一、总体要求\n各单位要高度重视。\n一、总体要求\n各单位要高度重视。\n';
    const file = new ParseFile('a.html');
    const l: Layout = { drops: [{ range: [19, text.length], kind: 'page-copy', note: 'hidden copy of the page text', of: [0, 18] }], headings: [], tableRows: [] };
    clean(text, file, {}, l);
    expect(file.copies).toEqual([{ kind: 'page-copy', span: [19, text.length], of: [0, 18], note: 'hidden copy of the page text' }]);
  });

  it('headings are carried into the cleaned text: those that survive and start their line', () => {
    const text = '当前位置:首页 > 政务服务\n参保待遇\n医保家庭共济范围扩大\n职工医保个人账户可用于支付近亲属的费用。\n';
    const cleaned = clean(text, new ParseFile('a.md'), {}, layout(text, { headings: [['当前位置:首页 > 政务服务', 2], ['参保待遇', 19], ['医保家庭共济范围扩大', 20]] }));
    const t = cleaned.text.text;
    // The breadcrumb was chrome: its heading is gone with it.
    expect(cleaned.layout.headings.map((h) => [t.slice(h.at, t.indexOf('\n', h.at)), h.rank])).toEqual([['参保待遇', 19], ['医保家庭共济范围扩大', 20]]);
  });

  it('table rows are carried into the cleaned text', () => {
    const text = '一、总体要求\n1\t(一)推进医共体建设\t县卫健局\n';
    const cleaned = clean(text, new ParseFile('a.html'), {}, layout(text, { rows: ['1\t(一)推进医共体建设\t县卫健局'] }));
    expect(cleaned.layout.tableRows.map((r) => cleaned.text.text.slice(...r))).toEqual(['1\t(一)推进医共体建设\t县卫健局']);
  });

  it('plain text has no layout', () => {
    expect(clean('一、总体要求\n', new ParseFile('a.txt')).layout).toEqual({ headings: [], tableRows: [] });
  });
});
