import { describe, expect, it } from 'vitest';
import { markdownToText, readMarkdown } from '../../src/input/markdown.js';
import { fullWidth } from '../clean/helpers.js';
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

/** A reader service's export of a gov news page: header, site chrome, the article, footer, the flattened copy. */
const EXPORT = [
  'Title: 某省多项医保新措1月1日起实施 - 某市人民政府门户网站',
  '',
  'URL Source: https://www.example.gov.cn/zwfw/content/post_1.html',
  '',
  'Markdown Content:',
  '*   [首页](https://www.example.gov.cn/)',
  '*   [政务公开](https://www.example.gov.cn/zwgk/)',
  '*   [政务服务](https://www.example.gov.cn/zwfw/)',
  '',
  '#### [语言](javascript:;)',
  '',
  '用户登录',
  '',
  '当前位置：[首页](https://www.example.gov.cn/)>[政务服务](https://www.example.gov.cn/zwfw/)',
  '',
  '# 某省多项医保新措1月1日起实施',
  '',
  '*   ![Image 1](https://www.example.gov.cn/a.png) 听全文',
  '*   _![Image 2](https://www.example.gov.cn/b.png)_ 2025-01-01',
  '*   _![Image 3](https://www.example.gov.cn/c.png)_ 来源：某某日报',
  '',
  '1月1日起，某省医保有不少新变化。',
  '',
  '**参保待遇**',
  '',
  '**医保“家庭共济”范围扩大至近亲属**',
  '',
  '职工医保个人账户可用于支付参保人员本人及其近亲属符合规定的费用。',
  '',
  '**连续参保和基金零报销有激励**',
  '',
  '自2025年起，对连续参加居民医保满4年的参保人员，提高大病保险最高支付限额。',
  '',
  '**医保药品**',
  '',
  '**新版药品目录增加34个药品**',
  '',
  '各统筹地区要在2025年2月底前完成目录调整工作，定点医疗机构要及时调整本机构用药目录，对国家谈判药品做到应配尽配。',
  '',
  '相关新闻',
  '',
  '*   [某省医保政策解读 2024-12-30](https://www.example.gov.cn/a.html)',
  '*   [某市医保经办指南 2024-12-28](https://www.example.gov.cn/b.html)',
  '',
  '网站标识码：4401000004 ICP备案号：某ICP备2022092331号-1',
].join('\n');

describe('readMarkdown: a web page exported to Markdown', () => {
  const at = (r: ReturnType<typeof readMarkdown>) => ({
    drops: r.layout.drops.map((d) => [d.note, r.text.slice(...d.range).trim().split('\n')[0]]),
    headings: r.layout.headings.map((h) => [r.text.slice(...h.range), h.rank]),
  });

  it('the export header and the site header before the title are boilerplate; the title is meta.title', () => {
    const r = readMarkdown(EXPORT);
    expect(r.meta).toEqual({ title: '某省多项医保新措1月1日起实施' });
    expect(at(r).drops.slice(0, 2)).toEqual([['export header', 'Title: 某省多项医保新措1月1日起实施 - 某市人民政府门户网站'], ['site header', '首页']]);
  });

  it('lists of links after the article are navigation', () => {
    expect(at(readMarkdown(EXPORT)).drops.slice(2)).toEqual([['navigation links', '某省医保政策解读 2024-12-30']]);
  });

  it('wholly bold lines are headings; a label heading the headline after it ranks above it; the title is none', () => {
    expect(at(readMarkdown(EXPORT)).headings).toEqual([
      ['参保待遇', 19], ['医保“家庭共济”范围扩大至近亲属', 20], ['连续参保和基金零报销有激励', 20], ['医保药品', 19], ['新版药品目录增加34个药品', 20],
    ]);
  });

  it.each([
    { name: '# headings rank by their depth', md: '# 某市工作方案\n\n正文。\n\n## 工作目标\n\n正文。\n\n### 具体指标\n\n正文。', headings: [['工作目标', 2], ['具体指标', 3]], title: '某市工作方案' },
    { name: 'several # headings: none is the title unless it opens the text', md: '前言。\n\n# 总体要求\n\n正文。\n\n# 主要任务\n\n正文。', headings: [['总体要求', 1], ['主要任务', 1]], title: undefined },
    { name: 'a heading that is a link is navigation', md: '#### [语言](javascript:;)\n\n正文。', headings: [], title: undefined },
    { name: 'a bold line holding a link is navigation', md: '**[首页](/)**\n\n正文。', headings: [], title: undefined },
    { name: 'a paragraph partly bold is no heading', md: '**(一)加强领导。**各单位要高度重视。', headings: [], title: undefined },
    { name: 'a bold sentence is emphasis', md: '**各单位要高度重视。**\n\n正文。', headings: [], title: undefined },
  ])('$name', ({ md, headings, title }) => {
    for (const write of [(x: string) => x, fullWidth]) {
      const r = readMarkdown(md.replace(/[^\n#*[\]()/:;. ]+/g, (t) => write(t)));
      expect(at(r).headings.map(([t, rank]) => [String(t).replace(/[（）]/g, (c) => (c === '（' ? '(' : ')')), rank])).toEqual(headings);
      expect(r.meta.title).toBe(title);
    }
  });

  it('a table row of two cells or more is noted as a table row', () => {
    const r = readMarkdown('| 序号 | 任务 |\n|---|---|\n| 1 | （一）推进医共体建设 |');
    expect(r.layout.tableRows.map((x) => r.text.slice(...x))).toEqual(['序号\t任务', '1\t（一）推进医共体建设']);
  });

  it('"Markdown Content:" followed by the page in the same paragraph', () => {
    const r = readMarkdown('Title: 某区推进家庭医生签约服务\n\nURL Source: http://www.example.gov.cn/a.html\n\nMarkdown Content:\n[无障碍阅读](javascript:;)[长者助手](javascript:;)\n\n# 某区推进家庭医生签约服务\n\n正文。');
    expect(at(r).drops).toEqual([['export header', 'Title: 某区推进家庭医生签约服务'], ['site header', '无障碍阅读长者助手']]);
    expect(r.text.split('\n')).toContain('Markdown Content:');
  });
});

describe('Markdown exports through parse()', () => {
  it('chrome dropped and reported, bold headings as unnumbered sections in two levels', () => {
    const doc = parse(EXPORT, { path: 'page.md', includeText: true });
    expect(doc.meta.title).toBe('某省多项医保新措1月1日起实施');
    const flat = (list: typeof doc.sections): string[] => list.flatMap((s) => [`${s.level}${s.marker}|${s.style}|${s.ordinal}|${s.title}`, ...flat(s.children)]);
    expect(flat(doc.sections)).toEqual([
      '1|unnumbered|null|参保待遇', '2|unnumbered|null|医保“家庭共济”范围扩大至近亲属', '2|unnumbered|null|连续参保和基金零报销有激励',
      '1|unnumbered|null|医保药品', '2|unnumbered|null|新版药品目录增加34个药品',
    ]);
    const text = doc.source.text!;
    const removed = doc.copies.map((c) => text.slice(...c.span)).join('\n');
    for (const chrome of ['URL Source', '用户登录', '听全文', '来源：某某日报', '某省医保政策解读', 'ICP备案号']) expect(removed).toContain(chrome);
    // The date of the tool row is chrome, no deadline.
    expect(doc.tasks.flatMap((t) => t.deadlines.map((d) => d.text))).not.toContain('2025-01-01');
  });

  it('the article repeated on one flattened line after the footer is a page-copy', () => {
    const lines = EXPORT.split('\n');
    const article = lines.slice(lines.indexOf('# 某省多项医保新措1月1日起实施'), lines.indexOf('相关新闻'));
    const body = article.filter((l) => l && !l.startsWith('*   ')).map((l) => l.replace(/\*\*/g, '').replace(/^# /, '')).join(' ');
    const doc = parse(`${EXPORT}\n\n${body}`, { path: 'page.md', includeText: true });
    const copies = doc.copies.filter((c) => c.kind === 'page-copy');
    expect(copies).toHaveLength(1);
    expect(doc.source.text!.slice(...copies[0]!.span)).toBe(body);
  });
});
