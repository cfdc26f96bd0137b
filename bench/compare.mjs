#!/usr/bin/env node
// parse() of this build against another build of the project, in one process and one run, so that
// "no more than 15% slower" is measured on the same machine under the same load. The two builds'
// passes alternate (base, this, base, this, …) and the best pass of each is kept, after one
// warm-up pass each. Also the development corpus (../shared/eval/dev/raw) and the seeds, which are
// the documents the accuracy work changes most.
//
// Usage: npm run build && node bench/compare.mjs --base /path/to/other/checkout [--docs 400] [--runs 5]
//   (the other checkout must be built: `npx tsc -p tsconfig.json` there; it may share node_modules)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchCorpus, option, root } from './corpus.mjs';

const base = option('--base');
if (!base) { console.error('usage: node bench/compare.mjs --base DIR [--docs 400] [--runs 5]'); process.exit(2); }
const runs = Number(option('--runs', '5'));
const corpus = benchCorpus();

const load = async (dir) => (await import(join(resolve(dir), 'dist', 'src', 'index.js'))).parse;
const builds = { base: await load(base), this: await load(root) };

const listed = (dir) => (existsSync(dir) ? readdirSync(dir).sort().map((n) => join(dir, n)) : []);
const sets = {
  'bench corpus': listed(corpus),
  'dev corpus + seeds': [...listed(join(root, '..', 'shared', 'eval', 'dev', 'raw')), ...listed(join(root, '..', 'shared', 'seeds'))],
};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

for (const [name, files] of Object.entries(sets)) {
  if (!files.length) continue;
  const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
  const mb = bytes.reduce((a, b) => a + b.length, 0) / 1e6;
  const pass = (parse) => { const c = cpu(); for (let i = 0; i < files.length; i++) parse(bytes[i], { path: files[i] }); return cpu() - c; };
  const best = { base: Infinity, this: Infinity };
  for (const k of Object.keys(builds)) pass(builds[k]); // warm-up
  for (let r = 0; r < runs; r++) for (const k of Object.keys(builds)) best[k] = Math.min(best[k], pass(builds[k]));
  const ratio = best.this / best.base;
  console.log(`${name}: ${files.length} documents, ${mb.toFixed(1)} MB; CPU ms, best of ${runs} alternating passes`);
  for (const k of Object.keys(builds)) console.log(`  ${k.padEnd(5)} ${best[k].toFixed(0).padStart(6)} ms ${(mb / (best[k] / 1000)).toFixed(2).padStart(7)} MB/s`);
  console.log(`  this/base ${ratio.toFixed(3)} (${ratio <= 1.15 ? 'within' : 'OVER'} the 15% allowance)`);
}
