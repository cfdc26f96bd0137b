/**
 * Nesting deeper than any real document (issue 17): parse() never throws for text, the text is
 * kept, and the diagnostic `nesting-flattened` says what happened. Real pages are untouched.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { load } from 'cheerio/slim';
import { parse } from '../../src/parse.js';
import { capHtmlNesting, deepestNesting, capInlineOpeners, capMarkdownNesting, flattenDeepHtml, MAX_PARSER_DEPTH, MAX_EMPHASIS_RUNS, MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH } from '../../src/input/nesting.js';
import type { DomNode } from '../../src/input/html.js';

const body = '一、总体要求\n（一）6月底前由市卫生健康委牵头完成。';
const bodyAscii = '一、总体要求\n(一)6月底前由市卫生健康委牵头完成。';

function depthOf(root: DomNode): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of n.children ?? []) stack.push([c, d + 1]);
  }
  return max;
}

describe('deep HTML is flattened, never overflows the stack', () => {
  it.each([
    { name: '12 000 unclosed <div><p>', html: `<html><body>${'<div><p>'.repeat(12_000)}${body.replace('\n', '<p>')}</body></html>` },
    { name: '12 000 unclosed <font>', html: `<html><body>${'<font>'.repeat(12_000)}${body.replace('\n', '<br>')}</body></html>` },
    { name: '12 000 closed <div>', html: `<html><body>${'<div>'.repeat(12_000)}${body.replace('\n', '<br>')}${'</div>'.repeat(12_000)}</body></html>` },
    { name: 'ASCII brackets', html: `<html><body>${'<span>'.repeat(12_000)}${bodyAscii.replace('\n', '<p>')}</body></html>` },
  ])('$name', ({ html }) => {
    const doc = parse(html, { inputFormat: 'html', includeText: true });
    expect(doc.diagnostics.map((d) => d.code)).toContain('nesting-flattened');
    // The lines survive flattening: the outline and the task are still found.
    expect(doc.sections.map((s) => s.marker)).toEqual(['一、']);
    expect(doc.tasks).toHaveLength(1);
    expect(doc.tasks[0]!.deadlines).toHaveLength(1);
  });

  it('flattens only below the cap, keeping block ends as line breaks', () => {
    const $ = load(`${'<div>'.repeat(300)}<p>甲</p><script>x()</script><p>乙</p>${'</div>'.repeat(300)}`);
    const root = $.root()[0] as unknown as DomNode;
    expect(flattenDeepHtml(root)).toBe(1);
    expect(depthOf(root)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 1);
    const $2 = load('<div><p>甲</p></div>');
    const shallow = $2.root()[0] as unknown as DomNode;
    expect(flattenDeepHtml(shallow)).toBe(0);
  });

  it('100 000 unclosed <font>: the parser never sees more than its cap open, in linear time', () => {
    const started = performance.now();
    const doc = parse(`<html><body>${'<font>'.repeat(100_000)}${body.replace('\n', '<p>')}</body></html>`, { inputFormat: 'html' });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(doc.diagnostics.map((d) => d.code)).toContain('nesting-flattened');
    expect(doc.tasks).toHaveLength(1);
  });

  it.each([
    { name: 'a real page', html: `<html><body><div><p>甲</p><p>乙<br>丙</p></div></body></html>`.repeat(500), dropped: 0 },
    { name: 'deep fonts', html: `${'<font>'.repeat(MAX_PARSER_DEPTH + 10)}正文${'</font>'.repeat(MAX_PARSER_DEPTH + 10)}`, dropped: 20 },
    { name: 'deep blocks leave line breaks', html: `${'<div>'.repeat(MAX_PARSER_DEPTH)}<p>甲</p><p>乙</p>`, dropped: 4, kept: '<br>甲<br><br>乙<br>' },
  ])('capHtmlNesting: $name', ({ html, dropped, kept }) => {
    const capped = capHtmlNesting(html);
    expect(capped.dropped).toBe(dropped);
    if (!dropped) expect(capped.text).toBe(html);
    if (kept) expect(capped.text.endsWith(kept)).toBe(true);
  });

  it('a real page is untouched: no diagnostic', () => {
    const doc = parse(`<html><body><div><div><p>${body.replace('\n', '</p><p>')}</p></div></div></body></html>`, { inputFormat: 'html' });
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('nesting-flattened');
  });
});

describe('deep Markdown is capped before remark parses it', () => {
  it.each([
    { name: '> × 5 000', md: `${'>'.repeat(5_000)} ${body}` },
    { name: '> > × 3 000 with spaces', md: `${'> '.repeat(3_000)}${bodyAscii}` },
    { name: '- × 20 000 on one line', md: `${'- '.repeat(20_000)}${body}` },
    { name: '1. × 5 000 on one line', md: `${'1. '.repeat(5_000)}${body}` },
  ])('$name', ({ md }) => {
    const doc = parse(md, { inputFormat: 'markdown', includeText: true });
    expect(doc.diagnostics.map((d) => d.code)).toContain('nesting-flattened');
    expect(doc.source.text).toContain('6月底前由市卫生健康委牵头完成');
  });

  it('a staircase of 2 000 list items indented deeper each line does not throw', () => {
    const md = Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- 第${i}项`).join('\n');
    expect(() => parse(md, { inputFormat: 'markdown' })).not.toThrow();
  });

  it.each([
    { md: '> 引用\n> > 二层', lines: 0 },
    { md: '- 甲\n  - 乙\n    1. 丙', lines: 0 },
    { md: `${'>'.repeat(MAX_MARKDOWN_DEPTH)} 正好`, lines: 0 },
    { md: `${'>'.repeat(MAX_MARKDOWN_DEPTH + 1)} 过深`, lines: 1 },
    { md: `- ${'-'.repeat(200)}`, lines: 0 }, // a rule of dashes is no nesting
    { md: `${'1'.repeat(40)}. 不是列表`, lines: 0 },
  ])('capMarkdownNesting($md) changes $lines line(s)', ({ md, lines }) => {
    const capped = capMarkdownNesting(md);
    expect(capped.lines).toBe(lines);
    if (!lines) expect(capped.text).toBe(md);
    else expect(capped.text).toBe(`${'>'.repeat(MAX_MARKDOWN_DEPTH)}过深`);
  });
});

describe('a paragraph of more emphasis runs than any document loses them before remark pairs them', () => {
  it('**粗*斜 × 20 000: parsed in a bounded time, text kept, reported', () => {
    const started = performance.now();
    const doc = parse(`一、总体要求\n\n${'**粗*斜'.repeat(20_000)}\n\n（一）6月底前完成。`, { inputFormat: 'markdown', includeText: true });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(doc.diagnostics.map((d) => d.code)).toContain('nesting-flattened');
    expect(doc.source.text).toContain('粗斜粗斜');
    expect(doc.tasks).toHaveLength(1);
  });

  it('<!-- × 5 000 (unclosed comments): bounded time, text kept', () => {
    const started = performance.now();
    const doc = parse(`一、总体要求\n\n附件${'<!--'.repeat(5_000)}负责\n\n（一）6月底前完成。`, { inputFormat: 'markdown', includeText: true });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(doc.diagnostics.map((d) => d.code)).toContain('nesting-flattened');
    expect(doc.tasks).toHaveLength(1);
  });

  it.each([
    { md: `${'<br>'.repeat(MAX_EMPHASIS_RUNS * 2)}`, paragraphs: 0 },
    { md: '**重点**任务', paragraphs: 0 },
    { md: '*a'.repeat(MAX_EMPHASIS_RUNS), paragraphs: 0 },
    { md: `${'*a'.repeat(MAX_EMPHASIS_RUNS + 1)}\n\n**保留**`, paragraphs: 1 },
    { md: `* 列表项${'_b'.repeat(MAX_EMPHASIS_RUNS + 1)}`, paragraphs: 1 },
  ])('capInlineOpeners changes $paragraphs paragraph(s)', ({ md, paragraphs }) => {
    const capped = capInlineOpeners(md);
    expect(capped.paragraphs).toBe(paragraphs);
    if (!paragraphs) expect(capped.text).toBe(md);
    else {
      expect(capped.text).not.toMatch(/[a-z][*_]/);
      if (md.endsWith('**保留**')) expect(capped.text.endsWith('\n\n**保留**')).toBe(true);
      if (md.startsWith('* ')) expect(capped.text.startsWith('* 列表项b')).toBe(true);
    }
  });
});

describe('deepestNesting reads the tags as the tag pattern does', () => {
  // The pattern the dropping pass uses, counted the way the scan replaced it (the reference).
  const TAG = /<(?<close>\/)?(?<name>[a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]*>/g;
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
  function reference(html: string): number {
    let depth = 0, deepest = 0;
    for (const m of html.matchAll(TAG)) {
      if (m.groups!.close) depth = Math.max(0, depth - 1);
      else if (!VOID.has(m.groups!.name!.toLowerCase()) && !m[0].endsWith('/>')) deepest = Math.max(deepest, ++depth);
    }
    return deepest;
  }
  it.each([
    ['<div><p>正文</p></div>'], ['<DIV><Br><IMG src="a"><p/>'], ['</>< a><a<b>c>'], ['<a title="x<y">z</a>'],
    ['<' + 'x'.repeat(40) + '>'], ['<a-b-c>（一）</a-b-c>'], ['<div'], ['</div></div><div>'], ['<p>1<2</p>'], [''],
  ])('%j', (html) => {
    expect(deepestNesting(html)).toBe(reference(html));
  });
  it('on random tag soup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('<', '>', '/', 'a', 'B', 'br', 'img', '-', '1', ' ', '"', '正', 'div', 'p'), { maxLength: 80 }), (parts) => {
      const html = parts.join('');
      expect(deepestNesting(html)).toBe(reference(html));
    }), { seed: 19, numRuns: 2000 });
  });
});
