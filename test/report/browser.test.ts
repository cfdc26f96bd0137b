/**
 * The report in a real browser: Debian's Chromium driven by playwright-core, pages loaded from
 * file:// URLs exactly as an analyst opens them. `npm test` installs the browser where it may
 * (scripts/ensure-browser.mjs); without /usr/bin/chromium these tests are skipped with a loud
 * notice, or with REFORM_PARSE_REQUIRE_BROWSER=1 (CI) FAIL with a message saying how to install it.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse.js';
import { renderReport } from '../../src/output/report/index.js';
import type { Document } from '../../src/schema/document.js';
import { browserTestPlan, launchChromium } from '../../scripts/chromium.mjs';
import { syntheticDocument } from './synthetic.js';

const plan = browserTestPlan();
const SKIP = plan.skip;
if (SKIP) console.warn(`\n!!! SKIPPING the report's browser tests: ${plan.why}. Run .ci/setup-browser to install Chromium. !!!\n`);
const dir = mkdtempSync(join(tmpdir(), 'reform-parse-browser-'));
const fixtures = readdirSync('fixtures').filter((d) => /^seed-\d+$/.test(d)).sort();

function writeReport(name: string, doc: Document): string {
  const path = join(dir, `${name}.html`);
  writeFileSync(path, renderReport(doc));
  return pathToFileURL(path).href;
}

const totals = (doc: Document) => ({
  tasks: doc.tasks.length,
  deadlines: doc.tasks.reduce((n, t) => n + t.deadlines.length, 0),
  units: doc.tasks.reduce((n, t) => n + t.units.length, 0),
  targets: doc.tasks.reduce((n, t) => n + t.targets.length, 0),
});

/** What the page shows: its stated totals, the table's rows and chips, and the marks in the source. */
function shown(page: Page) {
  return page.evaluate(() => {
    const count = (k: string) => Number(document.querySelector(`[data-count="${k}"]`)!.textContent);
    const ids = new Set<string>();
    document.querySelectorAll('#source [data-m]').forEach((el) => el.getAttribute('data-m')!.split(' ').forEach((id) => ids.add(id)));
    const marks = (re: RegExp) => [...ids].filter((id) => re.test(id)).length;
    const chips = (kind: string) => document.querySelectorAll(`#task-table [data-kind="${kind}"]`).length;
    return {
      stated: { tasks: count('tasks'), deadlines: count('deadlines'), units: count('units'), targets: count('targets') },
      table: { tasks: document.querySelectorAll('#task-table tbody tr').length, deadlines: chips('deadline'), units: chips('unit'), targets: chips('target') },
      source: { tasks: marks(/^t\d+$/), deadlines: marks(/^t\d+d\d+$/), units: marks(/^t\d+u\d+$/), targets: marks(/^t\d+g\d+$/) },
    };
  });
}

/** Is the first run of a mark inside the viewport, and inside every scrolling box around it? */
function inView(page: Page, id: string) {
  return page.evaluate((markId) => {
    const el = document.querySelector(`#source [data-m~="${markId}"]`)!;
    const r = el.getBoundingClientRect();
    const pane = document.getElementById('source')!.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth
      && r.top >= pane.top && r.bottom <= pane.bottom;
  }, id);
}

const hasHorizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth || document.body.scrollWidth > window.innerWidth);

describe.skipIf(SKIP)('the report in Chromium', () => {
  let browser: Browser;
  let launchError: unknown;
  // A missing browser fails every test with the fix (rather than vitest's quiet "skipped" for a failed hook).
  beforeAll(async () => { try { browser = await launchChromium(); } catch (err) { launchError = err; } });
  function ready(): void { if (launchError) throw launchError; }
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page and records every problem it has: script errors, console errors, any load but itself. */
  async function open(url: string, width: number, height: number) {
    ready();
    const page = await browser.newPage({ viewport: { width, height } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`); });
    page.on('request', (r) => { if (r.url() !== url) problems.push(`request: ${r.url()}`); });
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    await page.goto(url);
    return { page, problems };
  }

  /** Distinct colours in a PNG, counted by the browser itself (no image library needed). */
  async function colours(png: Buffer): Promise<{ distinct: number; nonBackground: number }> {
    const page = await browser.newPage();
    try {
      return await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width; canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = new Uint32Array(ctx.getImageData(0, 0, img.width, img.height).data.buffer);
        const seen = new Map<number, number>();
        for (const p of px) seen.set(p, (seen.get(p) ?? 0) + 1);
        const background = Math.max(...seen.values());
        return { distinct: seen.size, nonBackground: (px.length - background) / px.length };
      }, png.toString('base64'));
    } finally {
      await page.close();
    }
  }

  describe('a synthetic document (nested sections, every kind of figure, overlaps, hostile text)', () => {
    const doc = syntheticDocument();
    const url = writeReport('synthetic', doc);
    const want = totals(doc);

    it('shows as many tasks, deadlines, units and targets as the JSON has, in the totals, the table and the source', async () => {
      const { page, problems } = await open(url, 1440, 900);
      expect(await shown(page)).toEqual({ stated: want, table: want, source: want });
      expect(problems).toEqual([]);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      await page.close();
    });

    it('highlights each figure on exactly its span of the text, with a label', async () => {
      const { page } = await open(url, 1440, 900);
      const runs = await page.evaluate(() => {
        const out: Record<string, { text: string; label: string | null }> = {};
        document.querySelectorAll('#source [data-m]').forEach((el) => {
          for (const id of el.getAttribute('data-m')!.split(' ')) {
            const o = (out[id] ??= { text: '', label: null });
            if (o.text === '' && o.label === null) o.label = el.getAttribute('data-l');
            o.text += el.textContent;
          }
        });
        return out;
      });
      doc.tasks.forEach((t, i) => {
        t.deadlines.forEach((d, k) => expect(runs[`t${i}d${k}`]!.text).toBe(d.text));
        t.units.forEach((u, k) => {
          expect(runs[`t${i}u${k}`]!.text).toBe(u.name);
          expect(runs[`t${i}u${k}`]!.label).toMatch(/单位/);
        });
        t.targets.forEach((g, k) => expect(runs[`t${i}g${k}`]!.text).toBe(g.text));
      });
      await page.close();
    });

    for (const [width, height] of [[1440, 600], [375, 700]] as const) {
      it(`at ${width} px, clicking a task's deadline scrolls its span into view and marks it`, async () => {
        const { page, problems } = await open(url, width, height);
        const last = doc.tasks.length - 1 - [...doc.tasks].reverse().findIndex((t) => t.deadlines.length);
        const id = `t${last}d${doc.tasks[last]!.deadlines.length - 1}`;
        expect(await inView(page, id)).toBe(false); // else the test would prove nothing
        await page.locator(`#task-table [data-go="${id}"]`).click();
        expect(await inView(page, id)).toBe(true);
        const marked = page.locator(`#source [data-m~="${id}"]`);
        expect(await marked.count()).toBeGreaterThan(0);
        for (const el of await marked.all()) expect(await el.getAttribute('class')).toMatch(/\bhit\b/);
        expect(await page.locator('#source .hit').evaluateAll((els, m) => els.every((e) => e.getAttribute('data-m')!.split(' ').includes(m)), id)).toBe(true);
        expect(problems).toEqual([]);
        await page.close();
      });
    }

    it('filtering by a unit leaves exactly the tasks naming it; the text filter and both together too', async () => {
      const { page } = await open(url, 1440, 900);
      const visible = () => page.locator('#task-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-i'))).sort((a, b) => a - b));
      const withUnit = (name: string) => doc.tasks.flatMap((t, i) => (t.units.some((u) => u.name === name) ? [i] : []));
      const names = [...new Set(doc.tasks.flatMap((t) => t.units.map((u) => u.name)))];
      for (const name of names) {
        await page.selectOption('#task-unit', name);
        expect(await visible(), name).toEqual(withUnit(name));
        await expect.poll(() => page.textContent('#task-shown')).toContain(`显示 ${withUnit(name).length} / ${doc.tasks.length}`);
      }
      await page.selectOption('#task-unit', '');
      expect(await visible()).toHaveLength(doc.tasks.length);
      await page.fill('#task-q', '网信办');
      expect(await visible()).toEqual(doc.tasks.flatMap((t, i) => (t.text.includes('网信办') ? [i] : [])));
      await page.selectOption('#task-unit', '市卫生健康委');
      expect(await visible()).toEqual([]);
      await page.close();
    });

    it('sorts by earliest deadline, undated tasks last, and back to document order', async () => {
      const { page } = await open(url, 1440, 900);
      const order = () => page.locator('#task-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-due')!));
      await page.selectOption('#task-sort', 'asc');
      const asc = await order();
      const dated = asc.filter(Boolean);
      expect(dated).toEqual([...dated].sort());
      expect(asc.slice(dated.length).every((d) => d === '')).toBe(true);
      await page.click('#sort-deadline'); // asc → desc
      expect((await order()).filter(Boolean)).toEqual([...dated].reverse());
      await page.click('#sort-deadline'); // desc → document order
      expect(await page.locator('#task-table tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-i'))))).toEqual(doc.tasks.map((_, i) => i));
      await page.close();
    });

    it('clamps a long task text in the table and opens it on request', async () => {
      const long = { ...doc, tasks: doc.tasks.map((t, i) => (i === 0 ? { ...t, text: t.text.repeat(6) } : t)) };
      const { page, problems } = await open(writeReport('long-task', long), 1440, 900);
      const cell = page.locator('#task-table tr[data-i="0"] td.text');
      const height = () => cell.locator('.tasktext').evaluate((e) => e.getBoundingClientRect().height);
      const clamped = await height();
      await cell.locator('[data-more]').click();
      expect(await cell.getAttribute('class')).toMatch(/\bopen\b/);
      expect(await height()).toBeGreaterThan(clamped);
      expect(await page.locator('#task-table tr[data-i="1"] [data-more]').count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('has no horizontal overflow at 375 px, and a screenshot that is not blank', async () => {
      const { page } = await open(url, 375, 800);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      const shot = await page.screenshot({ fullPage: true, path: join(dir, 'synthetic-375.png') });
      const { distinct, nonBackground } = await colours(shot);
      expect(distinct).toBeGreaterThan(50);
      expect(nonBackground).toBeGreaterThan(0.05);
      await page.close();
    });
  });

  describe('the fixtures as parsed', () => {
    for (const name of fixtures) {
      it(`${name}: totals equal the JSON's, deadlines jump into view, no overflow at 375 or 1440 px`, async () => {
        const doc = await parseFile(join('fixtures', name, 'input.txt'), { includeText: true });
        const url = writeReport(name, doc);
        const want = totals(doc);
        const { page, problems } = await open(url, 1440, 900);
        expect(await shown(page)).toEqual({ stated: want, table: want, source: want });
        expect(await hasHorizontalOverflow(page)).toBe(false);
        const first = doc.tasks.findIndex((t) => t.deadlines.length);
        if (first >= 0) {
          await page.locator(`#task-table [data-go="t${first}d0"]`).click();
          expect(await inView(page, `t${first}d0`)).toBe(true);
        }
        if (name === 'seed-002') {
          const { distinct } = await colours(await page.screenshot({ path: join(dir, `${name}.png`) }));
          expect(distinct).toBeGreaterThan(50);
        }
        await page.setViewportSize({ width: 375, height: 800 });
        expect(await hasHorizontalOverflow(page)).toBe(false);
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  });
});
