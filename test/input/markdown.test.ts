import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/input/markdown.js';
import { parse } from '../../src/parse.js';

describe('markdownToText', () => {
  it.each([
    { name: 'headings are lines without their #', md: '# 2021年工作要点\n\n## 一、总体要求\n\n### (一)指导思想', text: '2021年工作要点\n一、总体要求\n(一)指导思想' },
    { name: 'setext headings', md: '工作要点\n====\n\n一、总体要求\n------', text: '工作要点\n一、总体要求' },
    { name: 'paragraph lines stay lines', md: '第一行\n第二行\n\n第三段', text: '第一行\n第二行\n第三段' },
    { name: 'ordered list items keep their "1." marker', md: '1. 不断优化服务\n2. 完善分级诊疗', text: '1.不断优化服务\n2.完善分级诊疗' },
    { name: 'ordered markers keep their own number and style', md: '3) 第三项\n4) 第四项', text: '3)第三项\n4)第四项' },
    { name: 'bullets carry no marker', md: '- 甲\n- 乙\n* 丙\n+ 丁', text: '甲\n乙\n丙\n丁' },
    { name: 'nested lists', md: '1. 甲\n   - 子项\n2. 乙', text: '1.甲\n子项\n2.乙' },
    { name: 'a list item with two paragraphs', md: '1. 甲\n\n   续段\n2. 乙', text: '1.甲\n续段\n2.乙' },
    { name: 'task list checkboxes are not markers', md: '- [ ] 待办\n- [x] 已办\n1. [ ] 编号', text: '待办\n已办\n1.编号' },
    { name: 'table rows as tab-separated lines, the delimiter row dropped', md: '| 序号 | 任务 | 责任单位 |\n|---|:---:|---|\n| 1 | 推进医共体 | 县卫健局 |', text: '序号\t任务\t责任单位\n1\t推进医共体\t县卫健局' },
    { name: 'inline markup in table cells', md: '| **粗** | [链接](a.html) |\n|--|--|\n| a \\| b | `c` |', text: '粗\t链接\na | b\tc' },
    { name: 'link text kept, target dropped', md: '详见[《实施方案》](http://example.gov.cn/a.doc "附件")。', text: '详见《实施方案》。' },
    { name: 'reference links keep their text', md: '见[附件一][1]。\n\n[1]: http://example.gov.cn/a.doc', text: '见附件一。' },
    { name: 'images dropped', md: '前![图一](a.png)后\n\n![图二][img]\n\n[img]: b.png', text: '前后' },
    { name: 'emphasis and code keep their text', md: '**重点**任务、*次要*与`代码`', text: '重点任务、次要与代码' },
    { name: 'blockquotes keep their text', md: '> 引用的文字\n> 第二行', text: '引用的文字\n第二行' },
    { name: 'code blocks keep their lines', md: '```\n第一行\n第二行\n```', text: '第一行\n第二行' },
    { name: 'inline HTML tags are removed, their text kept', md: '<div>块内文字</div>\n\n段内<b>加粗</b>文字', text: '块内文字\n段内加粗文字' },
    { name: 'a hard break is a new line', md: '第一行  \n第二行', text: '第一行\n第二行' },
    { name: '"~" ranges survive (no single-tilde strikethrough)', md: '2021~2025年完成1~2个', text: '2021~2025年完成1~2个' },
    { name: 'thematic breaks are dropped', md: '甲\n\n---\n\n乙', text: '甲\n乙' },
  ])('$name', ({ md, text }) => {
    expect(markdownToText(md)).toBe(text);
  });

  it('stays linear on a long run of unclosed "<"', () => {
    const started = performance.now();
    markdownToText(`<div>${'<'.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('Markdown through parse()', () => {
  const md = '# 2021年工作要点\n\n## 一、总体要求\n\n1. [不断优化](a.md)服务\n\n| 任务 | 时限 |\n|---|---|\n| 推进 | 6月底前 |\n';

  it.each(['plan.md', 'plan.markdown'])('%s is Markdown by its extension', (path) => {
    const doc = parse(md, { path, includeText: true });
    expect(doc.source.format).toBe('markdown');
    expect(doc.source.text).toBe('2021年工作要点\n一、总体要求\n1.不断优化服务\n任务\t时限\n推进\t6月底前');
  });

  it('is detected by content on stdin', () => {
    expect(parse(md, { path: '-' }).source.format).toBe('markdown');
  });

  it('--input-format text keeps the Markdown as it is', () => {
    const doc = parse(md, { path: 'plan.md', inputFormat: 'text', includeText: true });
    expect(doc.source.format).toBe('text');
    expect(doc.source.text).toBe(md);
  });
});
