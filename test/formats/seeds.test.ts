/**
 * Every seed document as analysts get it as an attachment: printed to PDF by Chromium and written as
 * a DOCX with Word's automatic numbering (scripts/format-copies.mjs). Each copy must parse to the
 * same outline, tasks and units as the text original. (`node scripts/format-copies.mjs --score` runs
 * the scorer on the copies: within 2 points of the text.) The PDF half needs /usr/bin/chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse, parseAsync } from '../../src/parse.js';
import { launchChromium } from '../../scripts/chromium.mjs';
import { printPdf, writeDocx } from '../../scripts/format-copies.mjs';
import type { Document } from '../../src/schema/document.js';
import { essence } from './helpers.js';

const SKIP_BROWSER = process.env.REFORM_PARSE_SKIP_BROWSER === '1';
const ROOT = join(import.meta.dirname, '..', '..');
const seeds = readdirSync(join(ROOT, 'fixtures')).filter((d) => /^seed-\d+$/.test(d)).sort()
  .map((name) => ({ name, text: readFileSync(join(ROOT, 'fixtures', name, 'input.txt'), 'utf8') }));

/** How many of the original's units the copy found too (role and name), as a share. */
function unitRecall(original: Document, copy: Document): number {
  const left = copy.tasks.flatMap((t) => t.units.map((u) => `${u.role}:${u.name}`));
  const wanted = original.tasks.flatMap((t) => t.units.map((u) => `${u.role}:${u.name}`));
  let hit = 0;
  for (const u of wanted) { const i = left.indexOf(u); if (i >= 0) { hit++; left.splice(i, 1); } }
  return wanted.length ? hit / wanted.length : 1;
}

describe('seeds as DOCX', () => {
  for (const { name, text } of seeds) {
    it(`${name}: the same outline, tasks and units as the text`, async () => {
      const original = parse(text, { path: `${name}.txt` });
      const copy = await parseAsync(await writeDocx(text), { path: `${name}.docx` });
      expect(essence(copy).outline).toEqual(essence(original).outline);
      expect(copy.tasks.length).toBe(original.tasks.length);
      expect(unitRecall(original, copy)).toBe(1);
    });
  }
});

describe.skipIf(SKIP_BROWSER)('seeds as PDF printed by Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });
  for (const { name, text } of seeds) {
    it(`${name}: the same outline, tasks and units as the text`, async () => {
      const original = parse(text, { path: `${name}.txt` });
      const copy = await parseAsync(await printPdf(browser, text), { path: `${name}.pdf` });
      // The same headings, allowing one in twenty to differ: a space at a line's wrap point is not in
      // a PDF, so a heading run on into its text ("一、组织领导 为了…") may keep more of it as its title,
      // and a seed's page-chunk numbers ("16、") are told from list markers by the line breaks around them.
      const a = essence(original).outline;
      const b = essence(copy).outline;
      const found = a.filter((h) => b.some((x) => x.startsWith(h) || h.startsWith(x))).length;
      expect(found / a.length).toBeGreaterThanOrEqual(0.95);
      expect(Math.abs(b.length - a.length)).toBeLessThanOrEqual(Math.ceil(a.length / 20));
      expect(copy.tasks.length).toBe(original.tasks.length);
      expect(unitRecall(original, copy)).toBeGreaterThanOrEqual(0.95);
    });
  }
});
