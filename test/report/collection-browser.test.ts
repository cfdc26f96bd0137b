/**
 * The cross-document report in a real browser (Debian's Chromium through playwright-core, pages
 * from file:// URLs as an analyst opens them): a directory of 10 documents — nine fixtures and a
 * note with no task in it — written by the CLI with `--out DIR --as-of 2022-12-15`.
 * Without /usr/bin/chromium these tests fail saying how to install it, unless
 * REFORM_PARSE_SKIP_BROWSER=1 is set (as in browser.test.ts).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../dist/src/cli/program.js';
import { renderCollection } from '../../src/output/report/collection.js';
import type { CollectionData } from '../../src/output/report/collection-data.js';
import { parseFile } from '../../src/parse.js';
import { launchChromium } from '../../scripts/chromium.mjs';
import { bufferIo } from './io.js';

const SKIP = process.env.REFORM_PARSE_SKIP_BROWSER === '1';
const AS_OF = '2022-12-15';
const dir = mkdtempSync(join(tmpdir(), 'reform-parse-collection-'));
const inputs = join(dir, 'notices');
const out = join(dir, 'review');
const FIXTURES = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'national-division', 'division-table-labels', 'plan-boxes', 'fullwidth-notice'];
const NO_TASKS = 'zz-会议纪要.txt';

function prepare(): CollectionData {
  mkdirSync(inputs);
  for (const name of FIXTURES) {
    const file = readdirSync(join('fixtures', name)).find((f) => f.startsWith('input.'))!;
    copyFileSync(join('fixtures', name, file), join(inputs, `${name}${file.slice('input'.length)}`));
  }
  writeFileSync(join(inputs, NO_TASKS), '会议纪要\n\n本次会议听取了有关情况的汇报。\n');
  return undefined as unknown as CollectionData;
}

const dataOf = (html: string): CollectionData => JSON.parse(/<script type="application\/json" id="collection-data">([^<]*)<\/script>/.exec(html)![1]!);

describe.skipIf(SKIP)('the cross-document report in Chromium', () => {
  let browser: Browser;
  let launchError: unknown;
  let data: CollectionData;
  let indexUrl: string;

  beforeAll(async () => {
    prepare();
    const io = bufferIo();
    const code = await run(['report', inputs, '--out', out, '--as-of', AS_OF, '-q'], io);
    if (code !== 0) throw new Error(`report exited ${code}: ${io.err()}`);
    indexUrl = pathToFileURL(join(out, 'index.html')).href;
    data = dataOf(readFileSync(join(out, 'index.html'), 'utf8'));
    try { browser = await launchChromium(); } catch (err) { launchError = err; }
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(url: string, width = 1440, height = 900) {
    if (launchError) throw launchError;
    const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`); });
    // Nothing but the page itself, and the CSV the page makes (a blob: URL), may be requested.
    page.on('request', (r) => { if (r.url() !== url && !r.url().startsWith('blob:')) problems.push(`request: ${r.url()}`); });
    await page.goto(url);
    return { page, problems };
  }

  /** The data indexes of the task rows drawn, and the count the page says the filters leave. */
  async function tableState(page: Page) {
    const rows = await page.locator('#x-table tbody tr').evaluateAll((trs) => trs.map((r) => Number(r.getAttribute('data-i'))));
    const said = Number(/筛选出 (\d+)/.exec((await page.textContent('#x-shown'))!)![1]);
    return { rows, said };
  }

  const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  it('the index: a row per document with its title, issuer, date and counts; the 0-task document flagged and warned about', async () => {
    const { page, problems } = await open(indexUrl);
    const rows = await page.locator('#doc-index tbody tr').evaluateAll((trs) => trs.map((r) => ({
      title: r.querySelector('td.title a')!.textContent, href: r.querySelector('td.title a')!.getAttribute('href'),
      tasks: Number(r.querySelector('[data-count="tasks"]')!.textContent), alert: r.classList.contains('alert'),
      flags: [...r.querySelectorAll('[data-flag]')].map((f) => f.getAttribute('data-flag')),
    })));
    expect(rows).toHaveLength(10);
    const files = readdirSync(inputs).sort();
    for (const [i, file] of files.entries()) {
      const doc = await parseFile(join(inputs, file));
      expect(rows[i]!.tasks, file).toBe(doc.tasks.length);
      if (doc.meta.title) expect(rows[i]!.title).toBe(doc.meta.title);
    }
    const empty = rows.find((r) => r.tasks === 0)!;
    expect(empty.title).toBe('会议纪要'); // the first line, not the path
    expect(empty.alert).toBe(true);
    expect(empty.flags).toContain('no-tasks');
    const warning = page.locator('#warning');
    expect(await warning.isVisible()).toBe(true);
    expect((await warning.boundingBox())!.y).toBeLessThan(250);
    const colour = await page.locator('tr.alert [data-flag="no-tasks"]').evaluate((e) => getComputedStyle(e).color);
    expect(colour).not.toBe(await page.locator('#doc-index tbody tr:not(.alert) td').first().evaluate((e) => getComputedStyle(e).color));
    // Its own page warns too, at the top.
    const own = await open(new URL(empty.href!, indexUrl).href);
    expect(await own.page.locator('#warning').isVisible()).toBe(true);
    expect((await own.page.locator('#warning').boundingBox())!.y).toBeLessThan(300);
    expect(own.problems).toEqual([]);
    await own.page.close();
    expect(await overflows(page)).toBe(false);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await overflows(page)).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the cross-document table: every task of every document, filtered by a unit and by its role', async () => {
    const { page, problems } = await open(indexUrl);
    expect((await tableState(page)).said).toBe(data.tasks.length);
    expect((await tableState(page)).rows.length).toBe(Math.min(200, data.tasks.length)); // drawn a page at a time
    // The unit named in most documents.
    const name = data.matrix.units.map((u, i) => ({ name: u.name, docs: Object.keys(data.matrix.cells[i]!).length }))
      .sort((a, b) => b.docs - a.docs)[0]!.name;
    const naming = data.tasks.flatMap((t, i) => ([...t.lead, ...t.support, ...t.responsible].includes(name) ? [i] : []));
    expect(new Set(naming.map((i) => data.tasks[i]!.doc)).size).toBeGreaterThan(1);
    await page.selectOption('#x-unit', name);
    expect(await tableState(page)).toEqual({ rows: naming, said: naming.length });
    const role = (['lead', 'support', 'responsible'] as const).find((r) => naming.some((i) => data.tasks[i]![r].includes(name)))!;
    await page.selectOption('#x-role', role);
    const inRole = naming.filter((i) => data.tasks[i]![role].includes(name));
    expect(await tableState(page)).toEqual({ rows: inRole, said: inRole.length });
    expect(await page.textContent('#x-summary')).toContain(`单位：${name}`);
    // Text and document filters narrow further; sorting by deadline orders the dated rows.
    await page.click('#x-reset');
    await page.selectOption('#x-doc', '2');
    const ofDoc = data.tasks.flatMap((t, i) => (t.doc === 2 ? [i] : []));
    expect((await tableState(page)).said).toBe(ofDoc.length);
    await page.fill('#x-q', '医保');
    const withText = ofDoc.filter((i) => JSON.stringify(data.tasks[i]).includes('医保'));
    expect((await tableState(page)).said).toBe(withText.length);
    await page.click('#x-reset');
    await page.selectOption('#x-sort', 'asc');
    const dues = await page.locator('#x-table tbody tr').evaluateAll((trs) => trs.map((r) => r.getAttribute('data-due')!).filter(Boolean));
    expect(dues).toEqual([...dues].sort());
    expect(dues[0]).toBe(data.tasks.map((t) => t.due).filter(Boolean).sort()[0]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a matrix cell filters the table to its unit in its document, and scrolls the table into view', async () => {
    const { page, problems } = await open(indexUrl);
    const cell = page.locator('#matrix-table button.cell').nth(3);
    const u = Number(await cell.getAttribute('data-u'));
    const c = Number(await cell.getAttribute('data-c'));
    const name = data.matrix.units[u]!.name;
    const counts = data.matrix.cells[u]![c]!;
    expect(await cell.textContent()).toMatch(/^(牵|配|责)\d/);
    await page.fill('#x-q', 'something that hides everything');
    await cell.click();
    const want = data.tasks.flatMap((t, i) => (t.doc === c && [...t.lead, ...t.support, ...t.responsible].includes(name) ? [i] : []));
    expect(await tableState(page)).toEqual({ rows: want, said: want.length });
    expect(want.length).toBeGreaterThanOrEqual(Math.max(...counts));
    expect(await page.inputValue('#x-unit')).toBe(name);
    expect(await page.inputValue('#x-doc')).toBe(String(c));
    expect(await page.inputValue('#x-q')).toBe('');
    const top = await page.locator('#tasks').evaluate((e) => e.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);
    // "Show all units" draws every row of the matrix.
    await page.click('#matrix-more');
    expect(await page.locator('#matrix-table tbody tr').count()).toBe(data.matrix.units.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it(`as of ${AS_OF}: passed, due within 30 days and later deadlines each have a colour and a text label, and filter`, async () => {
    const { page, problems } = await open(indexUrl);
    expect(await page.textContent('#as-of')).toBe(AS_OF);
    const seen: Record<string, { label: string; background: string; color: string }> = {};
    for (const status of ['overdue', 'soon', 'later'] as const) {
      await page.selectOption('#x-status', status);
      const want = data.tasks.flatMap((t, i) => (t.status === status ? [i] : []));
      expect(want.length, status).toBeGreaterThan(0);
      const { rows, said } = await tableState(page);
      expect(said).toBe(want.length);
      expect(rows).toEqual(want.slice(0, 200));
      for (const i of rows) {
        const due = data.tasks[i]!.due!;
        if (status === 'overdue') expect(due < AS_OF).toBe(true);
        if (status === 'soon') expect(due >= AS_OF && due <= '2023-01-14').toBe(true);
        if (status === 'later') expect(due > '2023-01-14').toBe(true);
      }
      seen[status] = await page.locator('#x-table tbody tr td.status .st').first().evaluate((e) => ({
        label: e.textContent!, background: getComputedStyle(e).backgroundColor, color: getComputedStyle(e).color,
      }));
    }
    expect(Object.values(seen).map((s) => s.label)).toEqual(['期限已过', '30天内到期', '30天后到期']);
    expect(new Set(Object.values(seen).map((s) => s.background)).size).toBe(3);
    expect(new Set(Object.values(seen).map((s) => s.color)).size).toBe(3);
    // A window of due dates.
    await page.click('#x-reset');
    await page.fill('#x-from', '2022-01-01');
    await page.fill('#x-to', '2022-12-31');
    const inWindow = data.tasks.flatMap((t, i) => (t.due && t.due >= '2022-01-01' && t.due <= '2022-12-31' ? [i] : []));
    expect((await tableState(page)).said).toBe(inWindow.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('downloads the filtered table as CSV (UTF-8 with BOM), with no network', async () => {
    const { page, problems } = await open(indexUrl);
    const name = data.matrix.units[0]!.name;
    await page.selectOption('#x-unit', name);
    const want = data.tasks.filter((t) => [...t.lead, ...t.support, ...t.responsible].includes(name));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#x-csv')]);
    expect(download.suggestedFilename()).toBe(`reform-parse-tasks-${AS_OF}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    const rows = parseCsv(text, { relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(['文件', '路径', '任务', '最早期限', '期限', `状态（截至 ${AS_OF}）`, '牵头单位', '配合单位', '责任单位', '目标']);
    expect(rows.slice(1)).toHaveLength(want.length);
    expect(rows.slice(1).map((r) => r[2])).toEqual(want.map((t) => t.text.replace(/^[=+\-@\t\r]/, "'$&")));
    for (const r of rows.slice(1)) expect([r[6], r[7], r[8]].join('; ').split('; ')).toContain(name);
    expect(rows[1]![0]).toBe(data.docs[want[0]!.doc]!.path);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints on A4 with no clipped column: every row drawn, every cell inside the page', async () => {
    // A4 landscape at 96 dpi less the 10 mm margins: about 1047 px of line.
    const { page, problems } = await open(indexUrl, 1047, 740);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('#x-table tbody tr').count()).toBe(data.tasks.length);
    const clipped = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const bad: string[] = [];
      for (const table of document.querySelectorAll<HTMLTableElement>('#x-table, #doc-index')) {
        if (table.scrollWidth > table.clientWidth + 1) bad.push(`${table.id} scrolls`);
        for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
          const r = cell.getBoundingClientRect();
          if (r.width > 0 && (r.right > width + 1 || r.left < -1)) bad.push(`${table.id}: ${cell.textContent!.slice(0, 20)} at ${Math.round(r.left)}–${Math.round(r.right)}`);
          if (cell.scrollWidth > cell.clientWidth + 2) bad.push(`${table.id}: ${cell.textContent!.slice(0, 20)} overflows its cell`);
        }
      }
      return bad.slice(0, 5);
    });
    expect(clipped).toEqual([]);
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('#x-summary').isVisible()).toBe(true); // paper says what was filtered
    expect(await overflows(page)).toBe(false);
    // And a real PDF comes out of it.
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a document page prints with no clipped task column and no source unless asked', async () => {
    const href = data.docs.find((d) => d.path.endsWith('seed-002.txt'))!.href!;
    const { page } = await open(new URL(href, indexUrl).href, 1047, 740);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => {
      const table = document.getElementById('task-table')!;
      const width = document.documentElement.clientWidth;
      const bad = [...table.querySelectorAll('th, td')].filter((c) => c.getBoundingClientRect().right > width + 1).length;
      return { bad, scrolls: table.scrollWidth > table.clientWidth + 1, source: getComputedStyle(document.getElementById('source-pane')!).display };
    });
    expect(state).toEqual({ bad: 0, scrolls: false, source: 'none' });
    await page.emulateMedia({ media: 'screen' });
    await page.check('#print-source');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#source-pane').evaluate((e) => getComputedStyle(e).display)).toBe('block');
    await page.close();
  });

  for (const width of [1200, 1400, 1440]) {
    it(`a document page at ${width} px: the task table's last column is not clipped`, async () => {
      const href = data.docs.find((d) => d.path.endsWith('national-division.txt'))!.href!;
      const { page, problems } = await open(new URL(href, indexUrl).href, width, 900);
      const over = await page.evaluate(() => {
        const section = document.getElementById('tasks')!.getBoundingClientRect();
        const cells = [...document.querySelectorAll('#task-table tr:first-child > *, #task-table thead th')];
        return cells.filter((c) => c.getBoundingClientRect().right > section.right + 1).length;
      });
      expect(over).toBe(0);
      expect(await overflows(page)).toBe(false);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('a document page: its unit × heading matrix filters its table, and rows carry their status as of the day', async () => {
    const href = data.docs.find((d) => d.path.endsWith('national-division.txt'))!.href!;
    const { page, problems } = await open(new URL(href, indexUrl).href);
    expect(await page.textContent('#as-of')).toBe(AS_OF);
    const cell = page.locator('#matrix-table button.cell').first();
    const unit = (await cell.getAttribute('data-unit'))!;
    const section = (await cell.getAttribute('data-section'))!;
    await cell.click();
    const visible = await page.locator('#task-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((r) => ({
      section: r.getAttribute('data-section'), units: [...r.querySelectorAll('[data-unit]')].map((u) => u.getAttribute('data-unit')),
    })));
    expect(visible.length).toBeGreaterThan(0);
    for (const row of visible) {
      expect(row.section).toBe(section);
      expect(row.units).toContain(unit);
    }
    const statuses = await page.locator('#task-table tbody tr').evaluateAll((trs) => trs.map((r) => r.getAttribute('data-status')));
    expect(statuses.every((s) => ['overdue', 'soon', 'later', 'undated', 'none'].includes(s!))).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#task-csv')]);
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')) as string[][];
    expect(rows.length - 1).toBe(visible.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stays usable with 400 documents: the page holds JSON, draws 200 rows, and filters in well under a second', async () => {
    const docs = await Promise.all(FIXTURES.slice(0, 5).map((f) => parseFile(join('fixtures', f, 'input.txt'))));
    const many = Array.from({ length: 400 }, (_, i) => {
      const doc = docs[i % docs.length]!;
      return { doc: { ...doc, source: { ...doc.source, path: `archive/${i}/${doc.source.path}` } } };
    });
    const file = join(dir, 'many.html');
    writeFileSync(file, renderCollection(many, { asOf: AS_OF }));
    const url = pathToFileURL(file).href;
    const started = Date.now();
    const { page, problems } = await open(url);
    const loaded = Date.now() - started;
    const total = many.reduce((n, e) => n + e.doc.tasks.length, 0);
    expect((await tableState(page)).said).toBe(total);
    expect(await page.locator('#x-table tbody tr').count()).toBe(200);
    expect(loaded).toBeLessThan(10_000);
    const took = await page.evaluate(() => {
      const unit = document.getElementById('x-unit') as HTMLSelectElement;
      const t = performance.now();
      unit.value = unit.options[1]!.value;
      unit.dispatchEvent(new Event('change'));
      return performance.now() - t;
    });
    expect(took).toBeLessThan(1000);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
