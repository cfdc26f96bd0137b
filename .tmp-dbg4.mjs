import { readFileSync } from 'node:fs';
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const { linesOf } = await import('./dist/src/input/page-layout.js');
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0 }).promise;
for (const n of process.argv.slice(3).map(Number)) {
  const page = await doc.getPage(n);
  const [x0, y0, x1, y1] = page.view;
  const tc = await page.getTextContent();
  const items = tc.items.filter(i => i.str !== undefined && Math.abs(i.transform[1]) < 1e-3).map(it => ({ str: it.str, x: it.transform[4]-x0, y: y1 - it.transform[5], w: it.width, size: it.transform[3] }));
  console.log('page', n, x1-x0, y1-y0);
  const ls = linesOf(items);
  for (const l of ls) console.log(l.y.toFixed(1), l.size.toFixed(1), l.x0.toFixed(1), l.x1.toFixed(1), l.segments.length, JSON.stringify(l.text.slice(0, 40)));
}
