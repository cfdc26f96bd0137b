#!/usr/bin/env node
// Makes PDF and DOCX copies of plain-text documents, as a government site or an analyst's Word
// would: the PDF printed by Chromium (CJK fonts, a running header, "— n —" page numbers, tables
// whose header row repeats on each page); the DOCX written with the `docx` package, its outline
// markers (一、 （一） 1. （1）) turned into Word's automatic numbering wherever the counters
// agree, so the markers exist only in numbering.xml. Used by the format tests, the scorer
// comparison (`node scripts/format-copies.mjs --score`) and the benchmark.
//   node scripts/format-copies.mjs SRC_DIR OUT_DIR          writes OUT_DIR/pdf/<name> and OUT_DIR/docx/<name>
//   node scripts/format-copies.mjs --score                  the seeds: text vs PDF vs DOCX copy, each scored
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CELL = /\t/;

/** Lines → blocks: runs of tab-separated lines are tables, other non-blank lines paragraphs. */
export function blocksOf(text) {
  const blocks = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (CELL.test(raw.trim())) {
      const cells = raw.trim().split('\t').map((c) => c.trim());
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
    } else blocks.push({ kind: 'p', text: line });
  }
  return blocks;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML Chromium prints: paragraphs with a first-line indent, tables with a repeating header row. */
export function printableHtml(text, { title = '' } = {}) {
  const body = blocksOf(text).map((b) => {
    if (b.kind === 'p') return `<p>${esc(b.text)}</p>`;
    const width = Math.max(...b.rows.map((r) => r.length));
    const row = (r, tag) => `<tr>${Array.from({ length: width }, (_, i) => `<${tag}>${esc(r[i] ?? '')}</${tag}>`).join('')}</tr>`;
    return `<table><thead>${row(b.rows[0], 'th')}</thead><tbody>${b.rows.slice(1).map((r) => row(r, 'td')).join('')}</tbody></table>`;
  }).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><style>
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 12pt; line-height: 1.5; }
p { margin: 0 0 4pt 0; text-indent: 2em; text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 10.5pt; line-height: 1.3; }
th, td { border: 1px solid #000; padding: 5pt 4pt; vertical-align: middle; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
</style></head><body>${body}</body></html>`;
}

/** Prints text as a PDF with a running header and page numbers ("— 3 —"). `browser`: a playwright Browser. */
export async function printPdf(browser, text, { header = '某某市人民政府办公室文件' } = {}) {
  const page = await browser.newPage();
  try {
    await page.setContent(printableHtml(text), { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4', displayHeaderFooter: true, printBackground: false,
      headerTemplate: `<div style="font-family:'Noto Sans CJK SC';font-size:9pt;width:100%;text-align:center;">${esc(header)}</div>`,
      footerTemplate: `<div style="font-family:'Noto Sans CJK SC';font-size:10pt;width:100%;text-align:center;">— <span class="pageNumber"></span> —</div>`,
      margin: { top: '28mm', bottom: '25mm', left: '26mm', right: '24mm' },
    });
  } finally {
    await page.close();
  }
}

const CN = '一二三四五六七八九十';
const cnValue = (s) => {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1) return CN.indexOf(s) + 1 || null;
  if (s[0] === '十') return 10 + (CN.indexOf(s[1]) + 1);
  if (s.length === 2 && s[1] === '十') return (CN.indexOf(s[0]) + 1) * 10;
  if (s.length === 3 && s[1] === '十') return (CN.indexOf(s[0]) + 1) * 10 + CN.indexOf(s[2]) + 1;
  return null;
};
/** The outline markers a numbered list stands for: level, value, and the text after the marker. */
const MARKERS = [
  { level: 0, re: /^(?<n>[一二三四五六七八九十]{1,3})、\s*(?<rest>.*)$/ },
  { level: 1, re: /^[(（](?<n>[一二三四五六七八九十]{1,3})[)）]\s*(?<rest>.*)$/ },
  { level: 2, re: /^(?<n>\d{1,2})[.．](?!\d)\s*(?<rest>.*)$/ },
  { level: 3, re: /^[(（](?<n>\d{1,2})[)）]\s*(?<rest>.*)$/ },
];

/** A paragraph's automatic number, when Word's counters would show exactly its marker. */
function numbered(text, counts) {
  for (const { level, re } of MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    const value = cnValue(m.groups.n);
    if (value !== (counts[level] ?? 0) + 1 || !m.groups.rest) return null;
    counts[level] = value;
    for (let k = level + 1; k < 4; k++) counts[k] = 0;
    return { level, rest: m.groups.rest };
  }
  return null;
}

/** Writes text as a DOCX with automatic multi-level numbering and tables; resolves to its bytes. */
export async function writeDocx(text, { header = '某某市人民政府办公室文件' } = {}) {
  const d = await import('docx');
  const counts = [0, 0, 0, 0];
  const children = blocksOf(text).map((b) => {
    if (b.kind === 'p') {
      const n = numbered(b.text, counts);
      return n ? new d.Paragraph({ text: n.rest, numbering: { reference: 'outline', level: n.level } }) : new d.Paragraph({ text: b.text });
    }
    const width = Math.max(...b.rows.map((r) => r.length));
    return new d.Table({
      rows: b.rows.map((r, i) => new d.TableRow({
        tableHeader: i === 0,
        children: Array.from({ length: width }, (_, k) => new d.TableCell({ children: [new d.Paragraph({ text: r[k] ?? '' })] })),
      })),
    });
  });
  const level = (n, format, lvlText) => ({ level: n, format, text: lvlText, alignment: d.AlignmentType.LEFT, suffix: d.LevelSuffix.NOTHING });
  const doc = new d.Document({
    numbering: { config: [{ reference: 'outline', levels: [
      level(0, d.LevelFormat.CHINESE_COUNTING, '%1、'), level(1, d.LevelFormat.CHINESE_COUNTING, '（%2）'),
      level(2, d.LevelFormat.DECIMAL, '%3.'), level(3, d.LevelFormat.DECIMAL, '（%4）'),
    ] }] },
    sections: [{ headers: { default: new d.Header({ children: [new d.Paragraph({ text: header })] }) }, children }],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}

async function main() {
  const args = process.argv.slice(2);
  const score = args[0] === '--score';
  const here = fileURLToPath(new URL('..', import.meta.url));
  const src = score ? join(here, '..', 'shared', 'seeds') : args[0];
  const out = score ? join(process.env.TMPDIR ?? '/tmp', 'reform-parse-format-copies') : args[1];
  if (!src || !out) { console.error('usage: format-copies.mjs SRC_DIR OUT_DIR | --score'); process.exit(2); }
  const { launchChromium } = await import('./chromium.mjs');
  const browser = await launchChromium();
  for (const kind of ['pdf', 'docx']) mkdirSync(join(out, kind), { recursive: true });
  try {
    for (const name of readdirSync(src).sort()) {
      const text = readFileSync(join(src, name), 'utf8');
      writeFileSync(join(out, 'pdf', name), await printPdf(browser, text));
      writeFileSync(join(out, 'docx', name), await writeDocx(text));
    }
  } finally {
    await browser.close();
  }
  if (!score) return;
  const cli = `node ${join(here, 'dist/bin/reform-parse.js')}`;
  const scorer = join(here, '..', 'shared', 'eval', 'score.mjs');
  const overall = (docs) => {
    const r = spawnSync('node', [scorer, '--cli', cli, ...(docs ? ['--docs', docs] : [])], { encoding: 'utf8' });
    process.stdout.write(r.stdout);
    return Number(/overall F1:\s*([\d.]+)/.exec(r.stdout)?.[1]);
  };
  const text = overall(null);
  const pdf = overall(join(out, 'pdf'));
  const docx = overall(join(out, 'docx'));
  console.log(`seeds overall F1: text ${text}, PDF copy ${pdf} (${(pdf - text).toFixed(1)}), DOCX copy ${docx} (${(docx - text).toFixed(1)})`);
  if (!(text - pdf <= 2 && text - docx <= 2)) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
