/**
 * Times buildOutline on growing random documents and on adversarial ones; the time per character
 * should stay flat. Run: npx vite-node test/outline/bench-linear.ts
 */
import { ParseFile } from '../../src/file.js';
import { MappedText } from '../../src/clean/mapped-text.js';
import { buildOutline } from '../../src/outline/index.js';
import { cn } from './helpers.js';
import { bigDocument } from './random-text.js';

const cases: Array<[string, (size: number) => string]> = [
  ['random markers and text', (size) => bigDocument(size)],
  ['garbled ?、 headings, one a line', (size) => '?、标题内容\n'.repeat(Math.ceil(size / 7))],
  ['one line of (X) headings', (size) => Array.from({ length: Math.ceil(size / 12) }, (_, i) => `(${cn((i % 99) + 1)})内容任务推进改革。`).join('')],
  ['one repeated 一、 heading', (size) => '一、总体要求\n'.repeat(Math.ceil(size / 7))],
];

for (const [name, make] of cases) {
  for (const size of [250_000, 500_000, 1_000_000, 2_000_000]) {
    const text = make(size);
    const t = performance.now();
    const { nodes } = buildOutline(MappedText.identity(text), new ParseFile('bench.txt'));
    const ms = performance.now() - t;
    console.log(`${name.padEnd(32)} ${String(text.length).padStart(8)} chars ${ms.toFixed(0).padStart(6)} ms ${(1000 * ms / text.length).toFixed(2).padStart(6)} µs/char ${nodes.length} headings`);
  }
}
