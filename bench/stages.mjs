#!/usr/bin/env node
// Where parse() spends its time, stage by stage, on the benchmark corpus: CPU milliseconds of
// source (read + decode + HTML/Markdown), clean, outline, extract, and the rest of parse()
// (offset mapping, schema validation), then JSON serialization. Best of --runs runs after a
// warm-up run, so JIT warm-up is left out. For finding what to speed up; `npm run bench` is the
// benchmark of record.
//
// Usage: npm run build && node bench/stages.mjs [--docs 400] [--corpus DIR] [--runs 3]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { benchCorpus, option, root } from './corpus.mjs';

const runs = Number(option('--runs', '3'));
const corpus = benchCorpus();

const dist = join(root, 'dist', 'src');
const { ParseFile } = await import(join(dist, 'file.js'));
const { toSource } = await import(join(dist, 'input', 'source.js'));
const { clean } = await import(join(dist, 'clean', 'index.js'));
const { buildOutline } = await import(join(dist, 'outline', 'index.js'));
const { extract } = await import(join(dist, 'extract', 'index.js'));
const { parse } = await import(join(dist, 'index.js'));

const files = readdirSync(corpus).sort().map((n) => join(corpus, n));
const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
const total = bytes.reduce((a, b) => a + b.length, 0);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function once() {
  const t = { source: 0, clean: 0, outline: 0, extract: 0, parse: 0, stringify: 0 };
  for (let i = 0; i < files.length; i++) {
    const file = new ParseFile(files[i]);
    let c = cpu();
    const lap = (k) => { const n = cpu(); t[k] += n - c; c = n; };
    const source = toSource(bytes[i], file, {}); lap('source');
    const cleaned = clean(source.text, file, source.meta); lap('clean');
    const outline = buildOutline(cleaned.text, file); lap('outline');
    extract(cleaned, outline, {}); lap('extract');
    const doc = parse(bytes[i], { path: files[i] }); lap('parse');
    JSON.stringify(doc); lap('stringify');
  }
  t.rest = t.parse - t.source - t.clean - t.outline - t.extract;
  return t;
}
once();
const all = Array.from({ length: runs }, once);
const best = Object.fromEntries(Object.keys(all[0]).map((k) => [k, Math.min(...all.map((r) => r[k]))]));
const mb = total / 1e6;
// The reference of issue 6's goal: chrono-node's date-only pass over the same (decoded) texts.
const chrono = await import('chrono-node');
const texts = files.map((f, i) => toSource(bytes[i], new ParseFile(f), {}).text);
const reference = new Date('2022-01-01T00:00:00Z');
const chronoMs = Math.min(...Array.from({ length: runs }, () => { const c = cpu(); for (const t of texts) chrono.zh.hans.parse(t, reference); return cpu() - c; }));
console.log(`${files.length} documents, ${mb.toFixed(1)} MB (${corpus}); CPU ms, best of ${runs}`);
for (const k of ['source', 'clean', 'outline', 'extract', 'rest', 'parse', 'stringify']) {
  console.log(`${k.padEnd(10)} ${best[k].toFixed(0).padStart(6)} ms ${(mb / (best[k] / 1000)).toFixed(1).padStart(7)} MB/s`);
}
console.log(`${'chrono'.padEnd(10)} ${chronoMs.toFixed(0).padStart(6)} ms ${(mb / (chronoMs / 1000)).toFixed(1).padStart(7)} MB/s  (goal: parse + stringify within this)`);
