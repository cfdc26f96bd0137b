// `npm run screenshot`: renders the report of fixtures/seed-002 and photographs it at 1440 px for
// the README (docs/report-002.png). Run after `npm run build`; re-run when extraction changes.
// Needs Debian's Chromium and Noto CJK: .ci/setup-browser installs both.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFile } from '../dist/src/parse.js';
import { renderReport } from '../dist/src/output/report/index.js';
import { launchChromium } from './chromium.mjs';

const input = process.argv[2] ?? 'fixtures/seed-002/input.txt';
const output = process.argv[3] ?? 'docs/report-002.png';

const dir = mkdtempSync(join(tmpdir(), 'reform-parse-screenshot-'));
const browser = await launchChromium();
try {
  const doc = await parseFile(input, { includeText: true });
  const html = join(dir, 'report.html');
  writeFileSync(html, renderReport(doc));
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(pathToFileURL(html).href);
  // Show a jump as an analyst would see it: the first deadline (else unit, else target) marked in the source.
  const chip = page.locator('#task-table [data-kind="deadline"], #task-table [data-kind="unit"], #task-table [data-kind="target"]');
  const kinds = await chip.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  const pick = ['deadline', 'unit', 'target'].map((k) => kinds.indexOf(k)).find((i) => i >= 0);
  if (pick !== undefined) {
    await chip.nth(pick).click();
    await page.evaluate(() => document.getElementById('tasks').scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(1600); // let the flash animation end
  }
  await page.screenshot({ path: output });
  console.log(`wrote ${output} (${doc.tasks.length} tasks, ${doc.sections.length} top-level sections)`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
