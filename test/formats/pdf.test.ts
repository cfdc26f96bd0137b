/**
 * PDFs as analysts download them, made here by printing text with Chromium (CJK fonts, a running
 * header, "— n —" page numbers, a task table that runs over two pages and repeats its header row).
 * Needs /usr/bin/chromium (.ci/setup-browser), like test/report/browser.test.ts; skipped only with
 * REFORM_PARSE_SKIP_BROWSER=1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse, parseAsync } from '../../src/parse.js';
import { readPdf } from '../../src/input/pdf.js';
import { ParseFile } from '../../src/file.js';
import { unifiedIdeograph } from '../../src/input/kangxi.js';
import { launchChromium } from '../../scripts/chromium.mjs';
import { printPdf } from '../../scripts/format-copies.mjs';
import { PLAN, essence } from './helpers.js';

const SKIP = process.env.REFORM_PARSE_SKIP_BROWSER === '1';
let browser: Browser;
beforeAll(async () => { if (!SKIP) browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const UNITS = ['市发展改革委', '市财政局', '市生态环境局', '市住房城乡建设局', '市交通运输局', '市农业农村局'];
/** The plan with a task table long enough to run over a page. */
const LONG_TABLE = `${PLAN}\n${Array.from({ length: 36 }, (_, i) => `${i + 4}\t推进第${i + 4}项生态环境改革任务\t${UNITS[i % 6]}\t${UNITS[(i + 1) % 6]}、${UNITS[(i + 2) % 6]}\t2025年${(i % 12) + 1}月底前`).join('\n')}`;

describe.skipIf(SKIP)('PDF printed by Chromium', () => {
  it('parses to the same outline, tasks, units, deadlines and targets as its text original', async () => {
    const pdf = await printPdf(browser, LONG_TABLE);
    const doc = await parseAsync(pdf, { path: 'plan.pdf', includeText: true });
    expect(doc.source.format).toBe('pdf');
    expect(essence(doc)).toEqual(essence(parse(LONG_TABLE, { path: 'plan.txt' })));
  });

  it('drops the running header and page numbers as boilerplate, keeps a table over two pages as one, its repeated header row dropped', async () => {
    const pdf = await printPdf(browser, LONG_TABLE, { header: '某某市人民政府办公室文件' });
    const read = await readPdf(pdf, new ParseFile('plan.pdf'));
    expect(read.pages!.length).toBeGreaterThanOrEqual(2);
    const notes = read.layout!.drops.map((d) => `${d.note}:${fold(read.text.slice(...d.range))}`);
    expect(notes).toContain('running header:某某市人民政府办公室文件');
    expect(notes).toContain('page number:— 1 —');
    expect(notes).toContain('page number:— 2 —');
    const repeated = notes.filter((n) => n.startsWith('repeated table header:'));
    expect(repeated.length).toBeGreaterThanOrEqual(1);
    // Every task row is one line of five tab-separated cells, in order, and nothing else came in between.
    const rows = fold(read.text).split('\n').filter((l) => l.includes('\t'));
    const tasks = rows.filter((l) => /^\d+\t/.test(l));
    expect(tasks.map((l) => Number(l.split('\t')[0]))).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    for (const l of tasks) expect(l.split('\t')).toHaveLength(5);
    expect(rows[0]).toBe('序号\t工作任务\t牵头单位\t配合单位\t完成时限');
    // The repeated header rows are dropped, not table rows.
    expect(read.layout!.tableRows.length).toBe(rows.length - repeated.length);
    const doc = await parseAsync(pdf, { path: 'plan.pdf' });
    expect(doc.copies.filter((c) => c.kind === 'boilerplate').length).toBeGreaterThanOrEqual(2 * read.pages!.length);
    expect(doc.source.pages).toHaveLength(read.pages!.length);
  });

  it('folds the Kangxi radicals of Chromium\'s text layer, and spans still point into the extracted text', async () => {
    const doc = await parseAsync(await printPdf(browser, PLAN), { path: 'plan.pdf', includeText: true });
    const text = [...doc.source.text!];
    expect(doc.source.text).toMatch(/[\u2e80-\u2fdf]/u); // Chromium writes ⽣ for 生, ⼯ for 工…
    for (const t of doc.tasks) {
      expect(t.text).not.toMatch(/[\u2e80-\u2fdf]/u);
      for (const d of t.deadlines) expect(fold(text.slice(...d.span).join('')).replace(/\s/g, '')).toBe(d.text.replace(/\s/g, ''));
    }
    const unit = doc.tasks.flatMap((t) => t.units).find((u) => u.name === '市市场监管局')!;
    expect(fold(text.slice(...unit.span).join(''))).toBe('市市场监管局');
  });

  it('reads a paragraph wrapped over lines as one line', async () => {
    const long = `一、总体要求\n${'坚持以人民为中心的发展思想，'.repeat(12)}持续优化营商环境。\n二、重点任务`;
    const read = await readPdf(await printPdf(browser, long), new ParseFile('a.pdf'));
    expect(fold(read.text)).toContain(`\n一、总体要求\n${'坚持以人民为中心的发展思想，'.repeat(12)}持续优化营商环境。\n二、重点任务\n`);
  });
});

/** The text with Chromium's radicals folded, as the pipeline folds them. */
function fold(s: string): string {
  return [...s].map((c) => unifiedIdeograph(c) ?? c).join('');
}
