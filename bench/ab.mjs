#!/usr/bin/env node
// parse() + JSON of this build against another, each build in fresh processes that alternate: the
// before/after for a change of a few percent. compare.mjs loads both builds into one process,
// and there two copies of the same code measured 8–14% apart on this machine (docs/speed.md, "A/A
// bias": where each copy's code lands, and which copy's garbage the other collects); a process of
// its own gives each build its own heap and code space. Each child warms up (--warm passes), then
// times --passes passes of the corpus and keeps its best; the children run one at a time, base
// and this in turn (base first in even pairs, this first in odd ones), and each pair gives a ratio.
// The median ratio is the result, and the range of the middle half says how far to trust it. Give
// the same directory twice (--base .) for an A/A run: how far apart identical builds measure now.
//
// Usage: npm run build && node bench/ab.mjs --base /path/to/other/checkout [--pairs 10] [--passes 3] [--warm 3] [--docs 400]
//   (the other checkout must be built: `npx tsc -p tsconfig.json` there; it may share node_modules)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCorpus, option, root } from './corpus.mjs';

const passes = Number(option('--passes', '3'));
const warm = Number(option('--warm', '3'));

const child = option('--child');
if (child) {
  // One build, one process: warm up, then the best of the timed passes (CPU ms of the process).
  const { parse } = await import(join(resolve(child), 'dist', 'src', 'index.js'));
  const corpus = option('--corpus');
  const files = readdirSync(corpus).sort().map((n) => join(corpus, n));
  const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const pass = () => { const c = cpu(); for (let i = 0; i < files.length; i++) JSON.stringify(parse(bytes[i], { path: files[i] })); return cpu() - c; };
  for (let i = 0; i < warm; i++) pass();
  let best = Infinity;
  for (let i = 0; i < passes; i++) best = Math.min(best, pass());
  process.stdout.write(JSON.stringify({ best }));
  process.exit(0);
}

const base = option('--base');
if (!base) { console.error('usage: node bench/ab.mjs --base DIR [--pairs 10] [--passes 3] [--warm 3] [--docs 400]'); process.exit(2); }
const pairs = Number(option('--pairs', '10'));
const corpus = benchCorpus();
const builds = { base: resolve(base), this: root };
const self = fileURLToPath(import.meta.url);

function run(dir) {
  const r = spawnSync(process.execPath, [self, '--child', dir, '--corpus', corpus, '--passes', String(passes), '--warm', String(warm)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`child for ${dir} failed: ${r.stderr}`);
  return JSON.parse(r.stdout).best;
}

const times = { base: [], this: [] };
const ratios = [];
for (let p = 0; p < pairs; p++) {
  const order = p % 2 === 0 ? ['base', 'this'] : ['this', 'base'];
  const got = {};
  for (const k of order) times[k].push(got[k] = run(builds[k]));
  ratios.push(got.this / got.base);
  console.log(`pair ${String(p + 1).padStart(2)}: base ${got.base.toFixed(0).padStart(5)} ms, this ${got.this.toFixed(0).padStart(5)} ms, this/base ${(got.this / got.base).toFixed(3)}`);
}

/** The value at quantile q of sorted numbers (linear between neighbours). */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q, lo = Math.floor(at), hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
const sorted = [...ratios].sort((a, b) => a - b);
const median = (xs) => quantile([...xs].sort((a, b) => a - b), 0.5);
console.log(`${readdirSync(corpus).length} documents (${corpus}); ${pairs} pairs of fresh processes, each the best of ${passes} passes after ${warm} to warm up`);
console.log(`  base median ${median(times.base).toFixed(0)} ms, this median ${median(times.this).toFixed(0)} ms`);
console.log(`  this/base: median ${quantile(sorted, 0.5).toFixed(3)}, middle half ${quantile(sorted, 0.25).toFixed(3)}–${quantile(sorted, 0.75).toFixed(3)}, all ${sorted[0].toFixed(3)}–${sorted[sorted.length - 1].toFixed(3)}${builds.base === builds.this ? ' (A/A: the same build twice)' : ''}`);
