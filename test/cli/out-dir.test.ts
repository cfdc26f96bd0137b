/**
 * The output folder is checked once before any work (issue 17): an unusable --out is one error
 * line and exit 1 — not one line per input blaming each input, and never a spin (/proc refuses
 * mkdir with ENOENT, on which Node's recursive mkdir loops forever).
 */
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const inputs = ['fixtures/seed-000/input.txt', 'fixtures/seed-001/input.txt', 'fixtures/seed-002/input.txt'];
const isRoot = process.getuid?.() === 0;

describe('--out checked once, before any work', () => {
  it.each([
    { name: 'a folder /proc cannot hold', out: () => '/proc/reform-parse-x', problem: 'cannot make the directory' },
    { name: 'a file', out: () => { const f = join(mkdtempSync(join(tmpdir(), 'rp-out-')), 'file'); writeFileSync(f, ''); return f; }, problem: 'not a directory' },
    { name: 'a folder below a file', out: () => { const f = join(mkdtempSync(join(tmpdir(), 'rp-out-')), 'file'); writeFileSync(f, ''); return join(f, 'sub'); }, problem: 'not a directory' },
    ...(isRoot ? [] : [{ name: 'a folder without write permission', out: () => { const d = mkdtempSync(join(tmpdir(), 'rp-out-')); chmodSync(d, 0o555); return join(d, 'sub'); }, problem: 'permission denied' }]),
  ])('$name: one error line, exit 1', async ({ out, problem }) => {
    const dir = out();
    const started = performance.now();
    const result = await runCli([...inputs, '--out', dir]);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result.code).toBe(1);
    expect(result.errLines).toHaveLength(1);
    expect(result.errLines[0]).toMatch(new RegExp(`^reform-parse: --out ${dir}: .*${problem}`));
    expect(result.stdout).toBe('');
  });

  it('a folder that does not exist yet is made, levels and all', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rp-out-')), 'a', 'b');
    const result = await runCli([...inputs, '--out', dir, '-q']);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'fixtures', 'seed-000', 'input.json'))).toBe(true);
  });
});
