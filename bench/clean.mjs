#!/usr/bin/env node
// Records how the cleaning stage's cost grows with the input: the time per MB for 1, 2 and 4 MB
// of each kind of input in bench/inputs.mjs. Linear cost shows as a flat time per MB.
// Usage: npm run build && node bench/clean.mjs [kind …]
import { clean } from '../dist/src/clean/index.js';
import { ParseFile } from '../dist/src/file.js';
import { largeInputs } from './inputs.mjs';

const MB = 1024 * 1024;
const kinds = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(largeInputs);
console.log(`${'input'.padEnd(20)}${[1, 2, 4].map((n) => `${n} MB`.padStart(14)).join('')}   (seconds per MB)`);
for (const kind of kinds) {
  const make = largeInputs[kind];
  if (!make) { console.error(`unknown input '${kind}'; one of: ${Object.keys(largeInputs).join(', ')}`); process.exit(2); }
  clean(make(MB / 8), new ParseFile('warm-up'));
  const cells = [];
  for (const n of [1, 2, 4]) {
    const text = make(n * MB);
    const start = performance.now();
    clean(text, new ParseFile(`${kind}.txt`));
    cells.push(((performance.now() - start) / 1000 / n).toFixed(3).padStart(14));
  }
  console.log(`${kind.padEnd(20)}${cells.join('')}`);
}
