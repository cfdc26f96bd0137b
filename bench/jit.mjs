#!/usr/bin/env node
// What a fresh process spends warming up: one pass of parse() + JSON over the benchmark corpus in a
// child process with V8's optimizing compiler made synchronous (--no-concurrent-recompilation), so
// that every TurboFan compile is traced with its time on one thread, and every deoptimization with
// the place in the source where it happened. Every batch worker pays this warm-up again (issue 19:
// "warm-up per worker cut"); on the benchmark corpus it was about 4 CPU-s of compiling per process.
// Counts are stable from run to run where times are not: a deoptimization throws away the code of
// the whole optimized function it sits in (with all it inlined), which V8 then compiles again.
//
// Usage: npm run build && node bench/jit.mjs [--docs 400] [--corpus DIR] [--top 25]
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchCorpus, option, root } from './corpus.mjs';

const top = Number(option('--top', '25'));
const corpus = benchCorpus();

// The child: one pass, each file read as the CLI reads it.
const child = join(tmpdir(), `reform-parse-jit-${process.pid}.mjs`);
writeFileSync(child, `
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const { parse } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href)});
const dir = ${JSON.stringify(corpus)};
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  JSON.stringify(parse(new Uint8Array(readFileSync(path)), { path }));
}
`);
const run = spawnSync(process.execPath, ['--no-concurrent-recompilation', '--trace-opt', '--trace-deopt-verbose', '--trace-file-names', child], {
  cwd: root, encoding: 'utf8', maxBuffer: 1 << 30,
});
if (run.status !== 0) throw new Error(`the traced pass failed: ${run.stderr}`);

const src = pathToFileURL(join(root, 'dist', 'src')).href + '/';
const short = (where) => where.replace(src, '').replace(pathToFileURL(join(root, 'node_modules')).href + '/', '');
const compiles = new Map(); // function → [count, ms]
let compileMs = 0, recompileMs = 0, compileCount = 0;
const deopts = new Map(); // site → count
let deoptCount = 0, reason = '', fn = '';
for (const line of run.stdout.split('\n')) {
  let m = /^\[completed compiling \S+ <JSFunction (.*?) \(sfi = .*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
  if (m) {
    const ms = Number(m[2]) + Number(m[3]) + Number(m[4]);
    const entry = compiles.get(short(m[1])) ?? [0, 0];
    if (entry[0] > 0) recompileMs += ms;
    entry[0]++; entry[1] += ms;
    compiles.set(short(m[1]), entry);
    compileMs += ms; compileCount++;
    continue;
  }
  m = /^\[bailout \(kind: [^,]*, reason: (.*?)\): begin\. deoptimizing \S+ <JSFunction (.*?) \(sfi/.exec(line);
  if (m) { reason = m[1]; fn = short(m[2]); deoptCount++; continue; }
  m = /;;; deoptimize at <(.*?)>/.exec(line);
  if (m && fn) {
    const site = `${fn} · ${reason} · ${short(m[1])}`;
    deopts.set(site, (deopts.get(site) ?? 0) + 1);
    fn = '';
  }
}
const files = readdirSync(corpus).length;
console.log(`${files} documents (${corpus}), one pass in a fresh process, TurboFan synchronous`);
console.log(`TurboFan compiles: ${compileCount}, ${compileMs.toFixed(0)} ms (of it compiling a function again: ${recompileMs.toFixed(0)} ms)`);
console.log(`deoptimizations: ${deoptCount} at ${deopts.size} sites`);
console.log(`\nCompile time by function (times compiled, ms):`);
for (const [name, [n, ms]] of [...compiles].sort((a, b) => b[1][1] - a[1][1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(7)} ms ${String(n).padStart(4)}×  ${name}`);
console.log(`\nDeoptimization sites (times):`);
for (const [site, n] of [...deopts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(5)}  ${site}`);
