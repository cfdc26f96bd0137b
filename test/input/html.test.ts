import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { htmlToText } from '../../src/input/html.js';
import { parse } from '../../src/parse.js';

describe('htmlToText: the article text', () => {
  it.each([
    { name: 'inline markup never splits a marker', html: '<p><strong>2</strong><strong>.不断优化</strong>服务</p>', text: '2.不断优化服务' },
    { name: 'spans and links are inline', html: '<p><span>一、</span><a href="x.html">总体</a><em>要求</em></p>', text: '一、总体要求' },
    { name: 'blocks are lines', html: '<div>一、总体要求</div><p>(一)第一项</p><p>(二)第二项</p>', text: '一、总体要求\n(一)第一项\n(二)第二项' },
    { name: '<br> is a line break', html: '<p>第一行<br>第二行<br/>第三行</p>', text: '第一行\n第二行\n第三行' },
    { name: 'list items are lines', html: '<ul><li>甲</li><li>乙</li></ul>', text: '甲\n乙' },
    { name: 'source line breaks and indentation collapse', html: '<p>\n  一、总体\n  要求  </p>\n\n<p>  二、  </p>', text: '一、总体 要求\n二、' },
    { name: 'no blank lines between blocks', html: '<div><div><p>甲</p></div></div><div></div><p>乙</p>', text: '甲\n乙' },
    { name: 'entities are decoded', html: '<p>A&amp;B&lt;C&gt;&#20320;</p>', text: 'A&B<C>你' },
    { name: 'images are dropped', html: '<p>前<img src="a.png" alt="图">后</p>', text: '前后' },
  ])('$name', ({ html, text }) => {
    expect(htmlToText(html).text).toBe(text);
  });
});

describe('htmlToText: what is dropped', () => {
  it.each([
    { name: 'display:none', html: '<div style="display:none">隐藏的全文</div><div>正文</div>' },
    { name: 'display: none after other styles', html: '<div style="color:red; DISPLAY: NONE">隐藏的全文</div><div>正文</div>' },
    { name: 'visibility:hidden', html: '<div style="visibility:hidden">隐藏的全文</div><div>正文</div>' },
    { name: 'the hidden attribute', html: '<div hidden>隐藏的全文</div><div>正文</div>' },
    { name: 'aria-hidden="true"', html: '<div aria-hidden="true">隐藏的全文</div><div>正文</div>' },
    { name: 'a hidden table row', html: '<table><tr style="display:none"><td>隐藏的全文</td></tr><tr><td>正文</td></tr></table>' },
    { name: 'a hidden table cell', html: '<table><tr><td hidden>隐藏的全文</td><td>正文</td></tr></table>' },
    { name: 'script and style', html: '<script>var a = "隐藏的全文";</script><style>p { color: red }</style><p>正文</p>' },
    { name: 'nav, header and footer', html: '<header>网站首页</header><nav>首页 > 政策</nav><p>正文</p><footer>版权所有</footer>' },
    { name: 'forms and their controls', html: '<form>搜索<input value="x"><select><option>选项</option></select><button>提交</button></form><p>正文</p>' },
    { name: 'comments', html: '<!-- 隐藏的全文 --><p>正文</p>' },
  ])('$name', ({ html }) => {
    expect(htmlToText(html).text).toBe('正文');
  });

  it('keeps elements whose hiding is switched off', () => {
    expect(htmlToText('<p aria-hidden="false">正文</p><p style="display:block">续</p>').text).toBe('正文\n续');
  });

  it.each([
    { name: 'single quotes, ASCII', html: "<html><body style='visibility: hidden'><p>一、总体要求</p><p>(一)6月底前完成。</p></body></html>", text: '一、总体要求\n(一)6月底前完成。' },
    { name: 'double quotes, full-width text', html: '<html><body style="visibility:hidden;"><p>一、总体要求</p><p>（一）6月底前完成。</p></body></html>', text: '一、总体要求\n（一）6月底前完成。' },
  ])('a <body> hidden until scripts run keeps its text ($name)', ({ html, text }) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('gov pages repeat the article in a hidden block: the text appears once', () => {
    const article = '<p>一、总体要求</p><p>(一)6月底前完成。</p>';
    const text = htmlToText(`<div id="print" style="display:none">${article}</div><div class="content">${article}</div>`).text;
    expect(text).toBe('一、总体要求\n(一)6月底前完成。');
  });
});

describe('htmlToText: tables', () => {
  it.each([
    { name: 'rows as lines, cells separated by a tab', html: '<table><tr><th>序号</th><th>任务</th><th>责任单位</th></tr><tr><td>1</td><td>推进医共体建设</td><td>县卫健局</td></tr></table>', text: '序号\t任务\t责任单位\n1\t推进医共体建设\t县卫健局' },
    { name: 'a line break inside a cell keeps the row on one line', html: '<table><tr><td><p>甲</p><p>乙</p></td><td>丙<br>丁</td></tr></table>', text: '甲 乙\t丙 丁' },
    { name: 'an empty cell keeps its tab', html: '<table><tr><td>1</td><td></td><td>3</td></tr></table>', text: '1\t\t3' },
    { name: 'text before and after the table', html: '<p>前言</p><table><tr><td>1</td><td>2</td></tr></table><p>结语</p>', text: '前言\n1\t2\n结语' },
    { name: 'thead, tbody and tfoot', html: '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody><tfoot><tr><td>c</td></tr></tfoot></table>', text: 'a\nb\nc' },
  ])('$name', ({ html, text }) => {
    expect(htmlToText(html).text).toBe(text);
  });
});

describe('htmlToText: fragments', () => {
  it.each([
    { name: 'a bare <tbody>', html: '<tbody><tr><td>1</td><td>推进医共体建设</td></tr><tr><td>2</td><td>完善分级诊疗</td></tr></tbody>', text: '1\t推进医共体建设\n2\t完善分级诊疗' },
    { name: 'bare <tr> rows', html: '<tr><td>1</td><td>甲</td></tr><tr><td>2</td><td>乙</td></tr>', text: '1\t甲\n2\t乙' },
    { name: 'a bare <div>', html: '<div class="article"><p>一、总体要求</p><p>(一)第一项</p></div>', text: '一、总体要求\n(一)第一项' },
    { name: 'text with a few inline tags', html: '一、<b>总体</b>要求', text: '一、总体要求' },
  ])('$name', ({ html, text }) => {
    expect(htmlToText(html).text).toBe(text);
  });
});

describe('htmlToText: metadata', () => {
  const metaTable = `
    <table class="xxgk">
      <tr><td>索 引 号：</td><td>152900000000017/2021-01664</td><td>主题分类：</td><td>卫生</td></tr>
      <tr><td>发布机构：</td><td>阿拉善盟卫生健康委员会</td><td>成文日期：</td><td>2021年06月21日</td></tr>
      <tr><td>标　　题：</td><td>关于开展活动的通知</td></tr>
      <tr><td>发文字号：</td><td>阿卫健法规字〔2021〕162号</td><td>发布日期：</td><td>2021年06月23日</td></tr>
    </table>`;

  it('reads the gov metadata table: 发布机构, 发文字号, 成文日期, 标题', () => {
    expect(htmlToText(metaTable).meta).toEqual({
      issuer: '阿拉善盟卫生健康委员会',
      docNumber: '阿卫健法规字〔2021〕162号',
      date: '2021-06-21',
      title: '关于开展活动的通知',
    });
  });

  it.each([
    { name: 'label and value in one cell', html: '<table><tr><td>发文机关:国务院办公厅</td><td>成文日期：2021-6-1</td></tr></table>', meta: { issuer: '国务院办公厅', date: '2021-06-01' } },
    { name: 'th labels without a colon', html: '<table><tr><th>发文机关</th><td>国务院办公厅</td></tr><tr><th>发文字号</th><td>国办发〔2021〕20号</td></tr></table>', meta: { issuer: '国务院办公厅', docNumber: '国办发〔2021〕20号' } },
    { name: 'an empty value is skipped', html: '<table><tr><td>发文字号：</td><td></td></tr></table>', meta: {} },
    { name: 'a header row of labels is no metadata', html: '<table><tr><th>发文字号</th><th>成文日期</th></tr><tr><td>甲</td><td>乙</td></tr></table>', meta: {} },
    { name: 'a plain column header 名称 is no title', html: '<table><tr><th>序号</th><th>名称</th><th>责任单位</th></tr></table>', meta: {} },
    { name: 'a date that is no date is skipped', html: '<table><tr><td>成文日期：</td><td>待定</td></tr></table>', meta: {} },
    { name: 'a month or day out of range is skipped', html: '<table><tr><td>成文日期：2021年13月45日</td></tr></table>', meta: {} },
    { name: 'a date with spaces', html: '<table><tr><td>成文日期：</td><td>2021 年 6 月 1 日</td></tr></table>', meta: { date: '2021-06-01' } },
  ])('$name', ({ html, meta }) => {
    expect(htmlToText(html).meta).toEqual(meta);
  });

  it('reads <title>, and <meta name="ArticleTitle"> before it', () => {
    expect(htmlToText('<html><head><title>  关于\n开展活动的通知 </title></head><body><p>正文</p></body></html>').meta)
      .toEqual({ title: '关于 开展活动的通知' });
    expect(htmlToText('<html><head><title>网站</title><meta name="ArticleTitle" content="关于开展活动的通知"></head><body></body></html>').meta.title)
      .toBe('关于开展活动的通知');
  });

  it('a <meta> PubDate out of range is skipped, and the document stays valid', () => {
    const html = '<html><head><meta name="PubDate" content="2021-00-10"></head><body><p>正文</p></body></html>';
    expect(htmlToText(html).meta).toEqual({});
    expect(parse(html, { path: 'a.html' }).meta).toEqual({});
  });

  it('reads <meta> ContentSource and PubDate', () => {
    const html = '<html><head><meta name="ContentSource" content="市卫健委"><meta name="PubDate" content="2021-06-23 10:00"></head><body><p>正文</p></body></html>';
    expect(htmlToText(html).meta).toEqual({ issuer: '市卫健委', date: '2021-06-23' });
  });

  it('the <title> is metadata, not article text', () => {
    expect(htmlToText('<html><head><title>标题</title></head><body><p>正文</p></body></html>').text).toBe('正文');
  });
});

describe('HTML through parse()', () => {
  const page = '<!DOCTYPE html><html><head><meta charset="gbk"><title>关于开展活动的通知</title></head>'
    + '<body><nav>首页</nav><table><tr><td>发文字号：</td><td>阿卫健法规字〔2021〕162号</td></tr></table>'
    + '<div style="display:none"><p>一、总体要求</p></div><div><p>一、总体要求</p><p><strong>2</strong><strong>.不断优化</strong></p></div></body></html>';

  it('a GBK page declaring <meta charset=gbk> decodes, and its metadata reaches the document', () => {
    const doc = parse(new Uint8Array(iconv.encode(page, 'gbk')), { path: 'page.html', includeText: true });
    expect(doc.source).toMatchObject({ format: 'html', encoding: 'gb18030' });
    expect(doc.source.text).toBe('发文字号：\t阿卫健法规字〔2021〕162号\n一、总体要求\n2.不断优化');
    expect(doc.meta).toMatchObject({ title: '关于开展活动的通知', docNumber: '阿卫健法规字〔2021〕162号' });
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('encoding-guessed');
  });

  it('is detected by content when the name says nothing', () => {
    expect(parse(page, { path: '-' }).source.format).toBe('html');
  });

  it('gives the same document from the GBK bytes and the UTF-8 string', () => {
    const fromGbk = parse(new Uint8Array(iconv.encode(page, 'gbk')), { path: 'page.html' });
    const fromUtf8 = parse(page, { path: 'page.html' });
    expect({ ...fromGbk, source: null, diagnostics: null }).toEqual({ ...fromUtf8, source: null, diagnostics: null });
  });
});
