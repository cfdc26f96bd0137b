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

/**
 * The text the extractors get from a page: the extracted text without the blocks the layout marks
 * as no text of the document (hidden chrome and copies, metadata tables), which the cleaner drops.
 */
function shown(html: string): string {
  const { text, layout } = htmlToText(html);
  let out = '', at = 0;
  for (const d of [...layout.drops].sort((a, b) => a.range[0] - b.range[0])) { out += text.slice(at, Math.max(at, d.range[0])); at = Math.max(at, d.range[1]); }
  return (out + text.slice(at)).split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
}

/** A page's visible text, longer than the hidden chrome beside it. */
const BODY = '各单位要高度重视，加强组织领导，确保各项任务落到实处。';

describe('htmlToText: what is dropped', () => {
  it.each([
    { name: 'display:none', html: `<div style="display:none">隐藏的全文</div><div>${BODY}</div>` },
    { name: 'display: none after other styles', html: `<div style="color:red; DISPLAY: NONE">隐藏的全文</div><div>${BODY}</div>` },
    { name: 'visibility:hidden', html: `<div style="visibility:hidden">隐藏的全文</div><div>${BODY}</div>` },
    { name: 'the hidden attribute', html: `<div hidden>隐藏的全文</div><div>${BODY}</div>` },
    { name: 'aria-hidden="true"', html: `<div aria-hidden="true">隐藏的全文</div><div>${BODY}</div>` },
    { name: 'a hidden table row', html: `<table><tr style="display:none"><td>隐藏的全文</td></tr><tr><td>${BODY}</td></tr></table>` },
    { name: 'a hidden table cell', html: `<table><tr><td hidden>隐藏的全文</td><td>${BODY}</td></tr></table>` },
  ])('$name: marked as no text of the document, reported as boilerplate', ({ html }) => {
    expect(shown(html)).toBe(BODY);
    const { text, layout } = htmlToText(html);
    for (const d of layout.drops) expect(d.kind).toBe('boilerplate');
    // What is marked stays in the extracted text, so that its report has a span.
    expect(layout.drops.every((d) => text.slice(...d.range).includes('隐藏的全文')) || !text.includes('隐藏的全文')).toBe(true);
  });

  it.each([
    { name: 'script and style', html: '<script>var a = "隐藏的全文";</script><style>p { color: red }</style><p>正文</p>' },
    { name: 'nav, header and footer', html: '<header>网站首页</header><nav>首页 > 政策</nav><p>正文</p><footer>版权所有</footer>' },
    { name: 'forms and their controls', html: '<form>搜索<input value="x"><select><option>选项</option></select><button>提交</button></form><p>正文</p>' },
    { name: 'comments', html: '<!-- 隐藏的全文 --><p>正文</p>' },
  ])('$name: not extracted at all', ({ html }) => {
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
    expect(htmlToText(html).layout.drops).toEqual([]);
  });

  it('gov pages repeat the article in a hidden block: the text appears once, the hidden one a page-copy of it', () => {
    const article = '<p>一、总体要求</p><p>(一)各单位要高度重视，加强组织领导，6月底前完成全部工作任务。</p><p>(二)各单位要按时报送工作进展情况，确保各项任务落到实处，取得实效。</p>'
      + '<p>二、保障措施</p><p>(一)加强督促检查，对工作推进不力的单位进行通报，确保按期完成。</p>';
    const { text, layout } = htmlToText(`<div id="print" style="display:none">${article}</div><div class="content">${article}</div>`);
    expect(shown(`<div id="print" style="display:none">${article}</div><div class="content">${article}</div>`)).toBe(text.slice(layout.drops[0]!.range[1]));
    expect(layout.drops).toHaveLength(1);
    const [copy] = layout.drops;
    expect(copy).toMatchObject({ kind: 'page-copy' });
    expect(text.slice(...copy!.of!)).toBe(text.slice(copy!.range[0], copy!.range[1]).trim());
  });
});

describe('htmlToText: tables', () => {
  it.each([
    { name: 'rows as lines, cells separated by a tab', html: '<table><tr><th>序号</th><th>任务</th><th>责任单位</th></tr><tr><td>1</td><td>推进医共体建设</td><td>县卫健局</td></tr></table>', text: '序号\t任务\t责任单位\n1\t推进医共体建设\t县卫健局' },
    { name: 'a line break inside a cell keeps the row on one line', html: '<table><tr><td><p>甲</p><p>乙</p></td><td>丙<br>丁</td></tr></table>', text: '甲 乙\t丙 丁' },
    { name: 'a row of one cell is a block: its paragraphs stay lines', html: '<table><tr><td><p>一、总体要求</p><p>（一）指导思想。</p></td></tr></table>', text: '一、总体要求\n（一）指导思想。' },
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
    // The hidden block stays in the source text, so that its report has a span; the cleaner drops it.
    expect(doc.source.text).toBe('发文字号：\t阿卫健法规字〔2021〕162号\n一、总体要求\n一、总体要求\n2.不断优化');
    expect(doc.copies.map((c) => [c.kind, c.note, doc.source.text!.slice(...c.span)])).toEqual([
      ['boilerplate', 'metadata table', '发文字号：\t阿卫健法规字〔2021〕162号\n'],
      ['boilerplate', 'hidden block', '一、总体要求\n'],
    ]);
    expect(doc.sections.map((s) => s.marker)).toEqual(['一、']);
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

describe('htmlToText: articles laid out in tables', () => {
  const lines = ['一、总体要求', '（一）指导思想。以新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，建立健全基本医疗卫生制度，加强和完善公立医院管理。',
    '（二）基本原则。坚持公益性导向，提高医疗服务效率。以满足人民群众健康需求为出发点和立足点，服务深化医药卫生体制改革全局。',
    '二、主要任务', '（一）提高病案首页质量。三级公立医院要加强以电子病历为核心的医院信息化建设，按照国家统一规定规范填写病案首页。',
    '（二）统一编码和术语集。2019年3月底前，国家卫生健康委推行全国统一的疾病分类编码、手术操作编码和医学名词术语集。',
    '（三）完善满意度调查平台。国家建立公立医院满意度管理制度，根据满意度调查结果，不断完善公立医院建设、发展和管理工作。',
    '（四）建立考核信息系统。各省份建立省级绩效考核信息系统，与全国三级公立医院绩效考核信息系统互联互通，以数据信息考核为主，必要现场复核为辅。',
    '三、组织实施', '（一）切实加强组织领导。各地要充分认识做好三级公立医院绩效考核工作的重要意义，充分发挥绩效考核“指挥棒”作用。'];
  const article = lines.map((l) => `<p>${l}</p>`).join('');

  it.each([
    { name: 'the whole article in the one cell of a row', html: `<table><tr><td>${article}</td></tr></table>` },
    { name: 'the article cell beside a sidebar cell', html: `<table><tr><td>${article}</td><td><p>相关文件</p></td></tr></table>` },
    { name: 'the article in a table nested in a layout table', html: `<table><tr><td><table><tr><td id="UCAP-CONTENT">${article}</td></tr></table></td><td>侧栏</td></tr></table>` },
    { name: 'the article as lines broken by <br> beside a sidebar', html: `<table><tr><td>${lines.join('<br>')}</td><td><p>相关文件</p></td></tr></table>` },
    { name: 'the article beside empty spacer cells', html: `<table><tr><td width="20"></td><td>${article}</td><td width="20">&nbsp;</td></tr></table>` },
    { name: 'the article deep in divs of a layout cell, beside a sidebar', html: `<table><tr><td><div><div><div><div>${article}</div></div></div></div></td><td>侧栏</td></tr></table>` },
  ])('$name: its paragraphs stay lines', ({ html }) => {
    const text = htmlToText(html).text;
    for (const line of lines) expect(text.split('\n')).toContain(line);
  });

  it('a row of short cells stays one tab-separated line, and is noted as a table row', () => {
    const { text, layout } = htmlToText('<table><tr><td>1</td><td>（一）推进医共体建设</td><td>县卫健局</td></tr><tr><td>2</td><td>（二）完善分级诊疗</td><td>县医保局</td></tr></table>');
    expect(text).toBe('1\t（一）推进医共体建设\t县卫健局\n2\t（二）完善分级诊疗\t县医保局');
    expect(layout.tableRows.map((r) => text.slice(...r))).toEqual(['1\t（一）推进医共体建设\t县卫健局', '2\t（二）完善分级诊疗\t县医保局']);
  });

  it('a data cell holding one paragraph each is no layout: the row stays a line', () => {
    const html = '<table><tr><td><p>1.重点人群签约服务覆盖率</p></td><td><p>到2023年达到80%。</p></td></tr></table>';
    expect(htmlToText(html).text).toBe('1.重点人群签约服务覆盖率\t到2023年达到80%。');
  });
});

describe('htmlToText: the metadata table is marked as no text of the document', () => {
  const meta = '<table><tr><td><b>索 引 号：</b></td><td>000014349/2019-00004</td><td><b>主题分类：</b></td><td>卫生、体育</td></tr>'
    + '<tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2019年01月16日</td></tr>'
    + '<tr><td><b>标　　题：</b></td><td colspan="3">国务院办公厅关于加强绩效考核工作的意见</td></tr></table>';

  it('as a layout table holds it above the article: its values are metadata, its text one boilerplate block', () => {
    const html = `<table><tr><td>${meta}<table><tr><td><b>主 题 词：</b></td><td></td></tr></table></td></tr></table><div><p>一、总体要求</p></div>`;
    const { text, meta: m, layout } = htmlToText(html);
    expect(m).toMatchObject({ issuer: '国务院办公厅', date: '2019-01-16', title: '国务院办公厅关于加强绩效考核工作的意见' });
    expect(layout.drops.map((d) => [d.note, text.slice(...d.range).split('\n')[0]])).toEqual([['metadata table', '索 引 号：\t000014349/2019-00004\t主题分类：\t卫生、体育']]);
    expect(shown(html)).toBe('一、总体要求');
  });

  it('its dates are no deadlines: parse() finds none', () => {
    const doc = parse(`${meta}<div><p>一、总体要求</p><p>（一）各地要加强质量控制。</p></div>`, { path: 'a.html' });
    expect(doc.tasks.flatMap((t) => t.deadlines)).toEqual([]);
  });
});

describe('htmlToText: headings the markup sets', () => {
  const headings = (html: string) => { const { text, layout } = htmlToText(html); return layout.headings.map((h) => [text.slice(...h.range), h.rank]); };
  it.each([
    { name: '<h2>…<h6> in the article', html: '<h1>关于印发工作方案的通知</h1><h2>工作目标</h2><p>正文。</p><h3>重点任务</h3><p>正文。</p>', expect: [['工作目标', 2], ['重点任务', 3]] },
    { name: 'a wholly bold paragraph', html: '<p><strong>参保待遇</strong></p><p>正文。</p>', expect: [['参保待遇', 20]] },
    { name: 'bold by style', html: '<p><span style="font-weight: bold">参保待遇</span></p><p>正文。</p>', expect: [['参保待遇', 20]] },
    { name: 'bold lines in a row: the first heads the second', html: '<p><b>参保待遇</b></p><p><b>医保家庭共济范围扩大</b></p><p>正文。</p>', expect: [['参保待遇', 19], ['医保家庭共济范围扩大', 20]] },
    { name: 'a centred bold line is a title, not a heading', html: '<p style="text-align:center"><strong>某市工作方案</strong></p><p>正文。</p>', expect: [] },
    { name: 'a bold line in a centred block is a title', html: '<div align="center"><p><b>某市工作方案</b></p></div><p>正文。</p>', expect: [] },
    { name: 'a bold signature set right is no heading', html: '<p>正文。</p><p style="text-align: right"><b>某市卫生健康局</b></p><p align="right"><b>某市财政局</b></p>', expect: [] },
    { name: 'a paragraph partly bold is no heading', html: '<p><strong>（一）加强领导。</strong>各单位要高度重视。</p>', expect: [] },
    { name: 'a bold sentence is emphasis', html: '<p><strong>各单位要高度重视。</strong></p>', expect: [] },
    { name: 'a bold link is navigation', html: '<p><a href="/a"><strong>首页</strong></a></p>', expect: [] },
    { name: 'headings before the page title (<h1>) are the site\'s', html: '<h4>语言</h4><h4>手机端</h4><h1>关于印发工作方案的通知</h1><h2>工作目标</h2>', expect: [['工作目标', 2]] },
    { name: 'a bold cell of a table is no heading', html: '<table><tr><td><b>一级指标</b></td><td><b>二级指标</b></td></tr></table>', expect: [] },
    { name: 'the page title repeated in bold is no heading', html: '<h1>关于印发工作方案的通知</h1><p><b>关于印发工作方案的通知</b></p>', expect: [] },
    { name: 'a <p> around a centred bold <p> (nesting pages write) is the title\'s too', html: '<p>正文。</p><p><span><p style="TEXT-ALIGN: center"><strong>某市门诊特定病种准入标准</strong></p></span></p><p>正文。</p>', expect: [] },
    { name: 'every heading after the title, however many', html: '<h1>关于印发工作方案的通知</h1><p><b>参保待遇</b></p><p>正文。</p><p><b>医保药品</b></p><p>正文。</p><h3>异地就医</h3><p>正文。</p>', expect: [['参保待遇', 20], ['医保药品', 20], ['异地就医', 3]] },
  ])('$name', ({ html, expect: want }) => {
    expect(headings(html)).toEqual(want);
  });

  it.each([
    { width: 'ascii', html: '<h2>一、总体要求</h2><p><b>(一)工作目标</b></p>' },
    { width: 'full-width', html: '<h2>一、总体要求</h2><p><b>（一）工作目标</b></p>' },
  ])('a numbered heading set in <h2> or bold stays numbered through parse() ($width)', ({ html }) => {
    const doc = parse(html, { path: 'a.html' });
    expect(doc.sections.map((s) => [s.marker, s.style, s.children.map((c) => c.style)])).toEqual([['一、', 'cn-dun', ['cn-paren']]]);
  });
});
