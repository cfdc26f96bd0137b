#!/usr/bin/env node
// PDF and DOCX throughput (issue 16), run by `npm run bench` (bench/run.mjs adds its section to
// BENCHMARKS.md) or alone: `node bench/formats.mjs` prints the section. The set is generated: every
// seed document printed to PDF by Chromium (CJK fonts, running header, page numbers) and written as
// a DOCX with automatic numbering (scripts/format-copies.mjs); then one long PDF of about 200 pages
// and its first tenth, parsed by the CLI in a process of its own for wall time and peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (s) => process.stderr.write(`${s}\n`);

/** Parses each file in this process (best of two passes) and returns seconds, bytes and pages. */
async function throughput(files, parseAsync) {
  const pass = async () => {
    const t = performance.now();
    let bytes = 0, pages = 0;
    for (const [name, data] of files) {
      const doc = await parseAsync(data, { path: name });
      bytes += data.length;
      pages += doc.source.pages?.length ?? 1;
    }
    return { seconds: (performance.now() - t) / 1000, bytes, pages };
  };
  await pass(); // warm-up: pdf.js and the pipeline's first compilation
  const [a, b] = [await pass(), await pass()];
  return a.seconds < b.seconds ? a : b;
}

/** The CLI on one file in a fresh process: wall seconds, peak RSS (MB), pages. */
function cliOnce(path) {
  const dir = mkdtempSync(join(tmpdir(), 'reform-parse-bench-formats-'));
  const rssFile = join(dir, 'rss.json');
  const t = performance.now();
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(root, 'bench/rss-hook.mjs')).href, join(root, 'dist/bin/reform-parse.js'), path], {
    env: { ...process.env, REFORM_PARSE_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t) / 1000;
  if (run.status !== 0) throw new Error(`reform-parse ${path} exited with ${run.status}: ${run.stderr}`);
  const { maxRss } = JSON.parse(readFileSync(rssFile, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return { seconds, rssMb: maxRss / 1024, pages: JSON.parse(run.stdout).source.pages.length };
}

/** Measures and returns the Markdown section of BENCHMARKS.md. */
export async function benchFormats() {
  const { launchChromium } = await import(join(root, 'scripts/chromium.mjs'));
  const { printPdf, writeDocx } = await import(join(root, 'scripts/format-copies.mjs'));
  const { parseAsync } = await import(join(root, 'dist/src/index.js'));
  const seedsDir = join(root, '..', 'shared', 'seeds');
  const seeds = readdirSync(seedsDir).sort().map((name) => [name, readFileSync(join(seedsDir, name), 'utf8')]);
  const dir = mkdtempSync(join(tmpdir(), 'reform-parse-bench-formats-'));
  const browser = await launchChromium();
  let pdfs, docxs, longPath, shortPath;
  try {
    pdfs = [];
    for (const [name, text] of seeds) pdfs.push([`${name}.pdf`, await printPdf(browser, text)]);
    docxs = [];
    for (const [name, text] of seeds) docxs.push([`${name}.docx`, await writeDocx(text)]);
    // About 200 pages: the seeds one after another, as often as it takes; and its first tenth.
    const all = seeds.map(([, text]) => text).join('\n');
    const long = Array.from({ length: 7 }, () => all).join('\n');
    longPath = join(dir, 'long.pdf');
    shortPath = join(dir, 'short.pdf');
    log('printing the long PDF…');
    writeFileSync(longPath, await printPdf(browser, long));
    writeFileSync(shortPath, await printPdf(browser, long.slice(0, Math.round(long.length / 10))));
  } finally {
    await browser.close();
  }
  const pdf = await throughput(pdfs, parseAsync);
  const docx = await throughput(docxs, parseAsync);
  log(`PDF: ${(pdf.bytes / 1e6 / pdf.seconds).toFixed(2)} MB/s, ${(pdf.pages / pdf.seconds).toFixed(1)} pages/s; DOCX: ${(docx.bytes / 1e6 / docx.seconds).toFixed(2)} MB/s`);
  const short = [cliOnce(shortPath), cliOnce(shortPath)].sort((a, b) => a.seconds - b.seconds)[0];
  const longRun = [cliOnce(longPath), cliOnce(longPath)].sort((a, b) => a.seconds - b.seconds)[0];
  rmSync(dir, { recursive: true, force: true });
  const perPage = (r) => r.seconds / r.pages;
  const growth = perPage(longRun) / perPage(short);
  log(`${longRun.pages} pages: ${longRun.seconds.toFixed(2)} s, ${longRun.rssMb.toFixed(0)} MB; ${short.pages} pages: ${short.seconds.toFixed(2)} s`);
  const mbps = (r) => (r.bytes / 1e6 / r.seconds).toFixed(2);
  return `
## PDF and DOCX (issue 16)
\`node bench/formats.mjs\` (also run by \`npm run bench\`): the ${seeds.length} seed documents printed to PDF by Chromium and written
as DOCX with automatic numbering (scripts/format-copies.mjs), parsed in this process with \`parseAsync()\` (best of two warm passes).

| input | files | MB | pages | seconds | MB/s | pages/s |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| PDF | ${pdfs.length} | ${(pdf.bytes / 1e6).toFixed(2)} | ${pdf.pages} | ${pdf.seconds.toFixed(2)} | ${mbps(pdf)} | ${(pdf.pages / pdf.seconds).toFixed(1)} |
| DOCX | ${docxs.length} | ${(docx.bytes / 1e6).toFixed(2)} | ${docx.pages} | ${docx.seconds.toFixed(2)} | ${mbps(docx)} | ${(docx.pages / docx.seconds).toFixed(1)} |

One long PDF through the CLI in a process of its own (start-up included, best of two): ${longRun.pages} pages in ${longRun.seconds.toFixed(2)} s,
peak RSS ${longRun.rssMb.toFixed(0)} MB; its first tenth (${short.pages} pages) in ${short.seconds.toFixed(2)} s, peak RSS ${short.rssMb.toFixed(0)} MB.
Time per page grows ${growth.toFixed(2)}× from the short to the long one (1.0 is linear; process start-up weighs more on the short one).
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(await benchFormats());
