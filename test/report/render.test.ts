import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonForScript, raw } from '../../src/output/report/html.js';
import { renderCollection, renderReport } from '../../src/output/report/index.js';
import { deadlinesByMonth, monthsBetween, renderTimeline } from '../../src/output/report/timeline.js';
import { showTarget, unitOptions } from '../../src/output/report/tasks-table.js';
import { HOSTILE, syntheticDocument } from './synthetic.js';

describe('escaping', () => {
  it.each([
    { text: '<script>alert("x")</script>', expect: '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;' },
    { text: "由'市卫健委' & 财政局", expect: '由&#39;市卫健委&#39; &#38; 财政局' },
    { text: '𠮷安县', expect: '𠮷安县' },
  ])('escapeHtml($text)', ({ text, expect: want }) => expect(escapeHtml(text)).toBe(want));

  it('html`` escapes interpolations, arrays included, but not SafeHtml', () => {
    expect(html`<p title="${'"x"'}">${['<a>', raw('<b>')]}</p>`.value).toBe('<p title="&#34;x&#34;">&#60;a&#62;<b></p>');
  });

  it('JSON for a script element cannot close it and parses back unchanged', () => {
    const value = { text: `a</script><!--b\u2028c\u2029d&e`, n: [1, 2] };
    const out = jsonForScript(value).value;
    expect(out).not.toMatch(/<\/?script|<!--|\u2028|\u2029/i);
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('renderReport (synthetic document)', () => {
  const doc = syntheticDocument();
  const page = renderReport(doc);

  it('shows hostile text only as text', () => {
    expect(page).not.toContain(HOSTILE);
    expect(page).not.toContain('<img');
    expect(page.match(/<script\b/g)).toHaveLength(3); // the inline JSON data, the status labels and our one script
    expect(page).toContain('<script type="application/json" id="report-data">');
    expect(page).toContain('&#60;/script&#62;&#60;script&#62;window.__pwned=1');
  });

  it('embeds the document as JSON that parses back to it', () => {
    const json = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(page)![1]!;
    expect(JSON.parse(json)).toEqual(doc);
  });

  it('is self-contained: a CSP that allows no loads, no URLs to fetch', () => {
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(page).not.toMatch(/@import|url\(/);
  });

  it('shows the totals of the JSON', () => {
    const count = (k: string) => Number(new RegExp(`data-count="${k}">(\\d+)<`).exec(page)![1]);
    expect(count('tasks')).toBe(doc.tasks.length);
    expect(count('deadlines')).toBe(doc.tasks.reduce((n, t) => n + t.deadlines.length, 0));
    expect(count('units')).toBe(doc.tasks.reduce((n, t) => n + t.units.length, 0));
    expect(count('targets')).toBe(doc.tasks.reduce((n, t) => n + t.targets.length, 0));
  });

  it('uses system CJK fonts only', () => {
    expect(page).toContain('"Noto Sans CJK SC"');
    expect(page).not.toMatch(/@font-face/);
  });

  it('with an as-of day: states it, and gives each task row its status and a text label', () => {
    const dated = renderReport(doc, { asOf: '2022-07-01' });
    expect(dated).toContain('期限状态截至 <b id="as-of">2022-07-01</b>');
    const statuses = [...dated.matchAll(/<tr data-i="(\d+)"[^>]*data-status="([a-z]+)"/g)].map((m) => m[2]);
    expect(statuses).toEqual(['overdue', 'later', 'later', 'later', 'later', 'none']); // t4 ends 09-30; t5's dated limit counts
    expect(dated).toContain('<span class="st st-overdue">期限已过</span>');
    expect(page).not.toContain('data-status='); // no day given, no status claimed
  });

  it('warns at the top about a document with no tasks, and titles it by its first line, not its path', () => {
    const empty = { ...doc, meta: {}, tasks: [] };
    const out = renderReport(empty);
    expect(out).toMatch(/<p class="warning" role="alert" id="warning">⚠ 请核对：未识别出任务/);
    expect(out).toContain('<title>𠮷安市卫生健康委员会关于印发《2022年县域医共体建设工作要点》的通知 · reform-parse</title>');
    expect(page).not.toContain('id="warning"');
  });

  it('needs the source text', () => {
    const { text: _text, ...source } = doc.source;
    expect(() => renderReport({ ...doc, source })).toThrow(/--include-text/);
  });

  it('is reproducible: the same document gives the same page', () => {
    expect(renderReport(doc)).toBe(page);
  });
});

describe('parts', () => {
  const doc = syntheticDocument();

  // Issue 18 changed this: empty months took rows of their own; now they are left out and the gap is said.
  it('deadlines by month: only months with deadlines, undated apart', () => {
    const { months, undated } = deadlinesByMonth(doc);
    expect(months.map((m) => `${m.month}:${m.deadlines}`)).toEqual(['2022-06:1', '2022-09:2', '2022-10:1', '2022-12:1']);
    expect(undated).toBe(1);
  });

  it('the timeline says how many empty months it skipped, and draws no empty row', () => {
    const svg = renderTimeline(doc).value;
    expect([...svg.matchAll(/data-gap="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([2, 1]);
    expect(svg).toContain('⋯ 2 个月没有期限');
    expect(svg).not.toContain('class="zero"');
  });

  it.each([
    { a: '2022-06', b: '2022-09', expect: 2 }, { a: '2022-12', b: '2023-01', expect: 0 }, { a: '2021-11', b: '2035-02', expect: 158 },
  ])('monthsBetween($a, $b) = $expect', ({ a, b, expect: want }) => expect(monthsBetween(a, b)).toBe(want));

  it('unit options: each name once, by number of tasks', () => {
    expect(unitOptions(doc.tasks)[0]).toEqual({ name: '市卫生健康委', tasks: 2 });
    expect(unitOptions(doc.tasks)).toHaveLength(new Set(doc.tasks.flatMap((t) => t.units.map((u) => u.name))).size);
  });

  it.each([
    { i: 0, expect: '县域内就诊率 ≥ 90%' },
    { i: 1, expect: '基层就诊率 提高 5个百分点' },
  ])('showTarget $expect', ({ i, expect: want }) => expect(showTarget(doc.tasks[2]!.targets[i]!)).toBe(want));

  it('the index links every page and escapes titles', () => {
    const page = renderCollection([{ href: 'a.html', doc }], { asOf: '2022-07-01', failed: [{ path: 'bad.txt', problem: 'no such file' }] });
    expect(page).toContain('<a href="a.html">');
    expect(page).toContain('&#60;b&#62;');
    expect(page).toContain('no such file');
  });

  it('the legend names the kinds without sample phrases', () => {
    const legend = /<ul class="legend" aria-label="图例">([\s\S]*?)<\/ul>/.exec(renderReport(doc))![1]!;
    expect(legend).not.toMatch(/6月底前|卫生健康委|财政局|90%/);
    for (const word of ['期限', '牵头单位', '配合单位', '责任单位', '目标']) expect(legend).toContain(word);
  });
});
