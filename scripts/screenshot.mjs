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
  // Show a jump as an analyst would see it: the first task's first deadline marked in the source.
  const first = doc.tasks.findIndex((t) => t.deadlines.length);
  if (first >= 0) {
    await page.locator(`#task-table [data-go="t${first}d0"]`).click();
    await page.locator('#tasks').scrollIntoViewIfNeeded();
    await page.waitForTimeout(1600); // let the flash animation end
  }
  await page.screenshot({ path: output });
  console.log(`wrote ${output} (${doc.tasks.length} tasks, ${doc.sections.length} top-level sections)`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
