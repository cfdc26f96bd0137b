#!/usr/bin/env node
// Whether this build's parse() gives byte-identical JSON to another build's, over the benchmark
// corpus, the development corpus, the seeds, the holdout and every fixture input: issue 19's
// "output identical before and after" for speed work. Prints the files that differ; exit 1 if any.
//
// Usage: npm run build && node bench/identity.mjs --base /path/to/other/built/checkout [--docs 400]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const base = option('--base');
if (!base) { console.error('usage: node bench/identity.mjs --base DIR [--docs 400]'); process.exit(2); }
const corpus = resolve(option('--corpus', join(root, 'bench', `corpus-${option('--docs', '400')}`)));

const load = async (dir) => (await import(join(resolve(dir), 'dist', 'src', 'index.js'))).parse;
const [before, after] = [await load(base), await load(root)];
const listed = (dir) => (existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).sort().map((n) => join(dir, n)).filter((f) => statSync(f).isFile()) : []);
const fixtures = readdirSync(join(root, 'fixtures')).flatMap((d) => listed(join(root, 'fixtures', d)).filter((f) => /\/input[^/]*$/.test(f)));
const files = [
  ...listed(corpus), ...listed(join(root, '..', 'shared', 'eval', 'dev', 'raw')), ...listed(join(root, '..', 'shared', 'seeds')),
  ...listed(join(root, 'eval', 'holdout', 'raw')), ...fixtures,
];
const run = (parse, bytes, path) => { try { return JSON.stringify(parse(bytes, { path })); } catch (e) { return `error: ${e.message}`; } };
let differ = 0;
for (const f of files) {
  const bytes = new Uint8Array(readFileSync(f));
  if (run(before, bytes, f) !== run(after, bytes, f)) { differ++; console.log(`differs: ${f}`); }
}
console.log(`${files.length} files, ${differ} differ`);
process.exit(differ ? 1 : 0);
