// `npm run screenshot`: the pictures in the README and docs/report.md, taken at 1440 px in Chromium:
// - docs/report-002.png: the page of fixtures/seed-002, a deadline clicked and marked in the source;
// - docs/report-index.png: the cross-document page of nine fixtures and a note with no task (index, flags);
// - docs/report-tasks.png: the same page after a click in the matrix (tasks of one unit in one document).
// Run after `npm run build`; re-run when extraction or the report changes. Deadlines are judged as
// of a fixed day so the pictures do not change with the date. Needs Debian's Chromium and Noto CJK
// (.ci/setup-browser installs both).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, parseFile } from '../dist/src/parse.js';
import { renderCollection, renderReport } from '../dist/src/output/report/index.js';
import { launchChromium } from './chromium.mjs';

const AS_OF = '2022-12-15';
const FOLDER = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'national-division', 'division-table-labels', 'plan-boxes', 'fullwidth-notice'];

const dir = mkdtempSync(join(tmpdir(), 'reform-parse-screenshot-'));
const browser = await launchChromium();
try {
  const open = async (html) => {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(pathToFileURL(file).href);
    return page;
  };

  const doc = await parseFile('fixtures/seed-002/input.txt', { includeText: true });
  const page = await open(renderReport(doc, { asOf: AS_OF }));
  // Show a jump as an analyst would see it: the first deadline (else unit, else target) marked in the source.
  const chip = page.locator('#task-table [data-kind="deadline"], #task-table [data-kind="unit"], #task-table [data-kind="target"]');
  const kinds = await chip.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  const pick = ['deadline', 'unit', 'target'].map((k) => kinds.indexOf(k)).find((i) => i >= 0);
  if (pick !== undefined) {
    await chip.nth(pick).click();
    await page.evaluate(() => document.getElementById('tasks').scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(1600); // let the flash animation end
  }
  await page.screenshot({ path: 'docs/report-002.png' });

  const docs = [];
  for (const name of FOLDER) {
    const file = readdirSync(join('fixtures', name)).find((f) => f.startsWith('input.'));
    const d = await parseFile(join('fixtures', name, file), { includeText: true });
    docs.push({ doc: { ...d, source: { ...d.source, path: `notices/${name}${file.slice('input'.length)}` } }, href: `${name}.html` });
  }
  const note = parse('会议纪要\n\n本次会议听取了有关情况的汇报。\n', { path: 'notices/zz-会议纪要.txt', includeText: true });
  docs.push({ doc: note, href: 'zz-会议纪要.html' });
  const index = await open(renderCollection(docs, { asOf: AS_OF }));
  await index.setViewportSize({ width: 1440, height: 1300 });
  await index.screenshot({ path: 'docs/report-index.png' });
  // The cross-document view: every document's tasks due in a window around the as-of day, latest
  // first — passed, due soon and later deadlines side by side.
  await index.setViewportSize({ width: 1440, height: 1000 });
  await index.fill('#x-from', '2022-01-01');
  await index.fill('#x-to', '2023-12-31');
  await index.selectOption('#x-sort', 'desc');
  await index.evaluate(() => document.activeElement.blur());
  await index.evaluate(() => document.getElementById('tasks').scrollIntoView({ block: 'start' }));
  await index.screenshot({ path: 'docs/report-tasks.png' });
  console.log(`wrote docs/report-002.png (${doc.tasks.length} tasks), docs/report-index.png and docs/report-tasks.png (${docs.length} documents)`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
